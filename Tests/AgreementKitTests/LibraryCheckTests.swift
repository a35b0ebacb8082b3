import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// One set of library checks and limits: every load lints, `build`, `batch` and `interview` refuse a library with
/// lint errors exactly as `clauses lint` reports them, and the list limit is the same for the parser, lint and the
/// model validator. Each broken library is the fixture library `Fixtures/minilib` with one defect.
@Suite("One set of library checks")
struct LibraryCheckTests {
    /// One defect seeded into a copy of the fixture library, and where lint must report it.
    struct Defect: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var old: String
        var new: String
        /// The line of `file` the error stands on, and words of its message.
        var line: Int
        var message: String

        var testDescription: String { name }
    }

    /// The holes of issue 8: each built with exit 0 before `build` linted the library.
    static let holes: [Defect] = [
        Defect(
            name: "unknown option in a condition", file: "publication/mini-publication.clause",
            old: "=== sv\n{{if results_model == \"open\"}}", new: "=== sv\n{{if results_model == \"opne\"}}",
            line: 11, message: "opne"),
        Defect(
            name: "unknown question in when", file: "publication/mini-publication.clause",
            old: "when: publish", new: "when: publsh", line: 8, message: "publsh"),
        Defect(
            name: "undefined term", file: "publication/mini-publication.clause",
            old: "[[results|Resultaten]] ska", new: "[[result|Resultaten]] ska", line: 12,
            message: "the term 'result' is used but not defined"),
        Defect(
            name: "missing en text", file: "publication/mini-publication.clause",
            old:
                "=== en\n{{if results_model == \"open\"}}\nThe [[results]] shall be published by {{publication_deadline | date}}, see {{ref results-owner}}.\n{{elif count(suppliers) > 1}}\nThe suppliers {{suppliers | names | join_or}} may publish their results.\n{{else}}\nThe supplier may publish its results.\n{{end}}\n\nPublication: {{publish | yes_no}}, under clause {{num purpose-aim}}.{{br}}Contact person: {{blank \"name and e-mail\"}}{{note \"Check with the project's lawyer.\"}}",
            new: "", line: 2, message: "no 'en' text (missing translation)"),
    ]

    /// Defects that lint did not report before it shared its limits and outline checks with the build.
    static let structural: [Defect] = [
        Defect(
            name: "list nested four levels deep", file: "purpose/mini-purpose.clause",
            old: "  - uppföljning,\n", new: "  - uppföljning,\n    - månadsvis,\n      - skriftligen,\n",
            line: 21, message: "lists are nested 4 levels deep; at most 3 are supported"),
        Defect(
            name: "clause listed twice in the outline", file: "agreements/mini.yaml",
            old: "  - clause: mini-contributions\n", new: "  - clause: mini-contributions\n  - clause: mini-purpose\n",
            line: 17, message: "the clause 'mini-purpose' is already in this outline at"),
        Defect(
            name: "slot holding a clause the outline lists", file: "agreements/mini.yaml",
            old: "  - slot: results\n", new: "  - slot: results\n  - clause: mini-results-open\n",
            line: 18, message: "the clause 'mini-results-open' is already in this outline at"),
        Defect(
            name: "reference to a clause that does not exist", file: "publication/mini-publication.clause",
            old: "se {{ref results-owner}}.", new: "se {{ref results-ownr}}.",
            line: 12, message: "unknown clause 'results-ownr' in a reference"),
    ]

    /// A copy of the fixture library with `edits` applied (each `old` must occur once), in a new temporary folder.
    static func library(_ edits: [Defect], label: String = "check") throws -> URL {
        let copy = try TestEnvironment.temporaryDirectory(label).appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        for edit in edits {
            let url = copy.appendingPathComponent(edit.file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.components(separatedBy: edit.old).count == 2, "\(edit.file) holds '\(edit.old)' once")
            try text.replacingOccurrences(of: edit.old, with: edit.new).write(
                to: url, atomically: true, encoding: .utf8)
        }
        return copy
    }

    func expectError(
        _ diagnostics: [Diagnostic], _ defect: Defect, in root: URL,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let path = root.appendingPathComponent(defect.file).path
        let found = diagnostics.contains {
            $0.severity == .error && $0.location?.file == path && $0.location?.line == defect.line
                && $0.message.contains(defect.message)
        }
        #expect(
            found,
            "expected '\(defect.message)' at \(defect.file):\(defect.line), got:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    /// A complete library from files in memory (as the bundled one is read) loads like the same folder on disk:
    /// the same clauses, outlines, questions and terms, each file named below the root given.
    @Test func aCompleteLibraryFromFilesInMemoryLoads() throws {
        let root = MiniLibrary.directory
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".clause")
        }.sorted()
        let files = try paths.map { LibraryFile(path: $0, data: try Data(contentsOf: root.appendingPathComponent($0))) }
        let memory = try LibraryLoader.load(files: files, root: "bundled:clauses")
        let disk = try MiniLibrary.load()
        #expect(memory.clauses.map(\.id).sorted() == disk.clauses.map(\.id).sorted())
        #expect(memory.outlines.keys.sorted() == ["mini"])
        #expect(memory.questionnaire.questions.map(\.id) == disk.questionnaire.questions.map(\.id))
        #expect(memory.terms.keys.sorted() == disk.terms.keys.sorted())
        #expect(memory.clauses.allSatisfy { $0.file.hasPrefix("bundled:clauses/") }, "\(memory.clauses.map(\.file))")
    }

    @Test(arguments: holes + structural)
    func loadRefusesWhatLintReports(_ defect: Defect) throws {
        let root = try Self.library([defect])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let check = LibraryLoader.check(directory: root.path)
        expectError(check.diagnostics, defect, in: root)
        do {
            _ = try LibraryLoader.load(directory: root.path)
            Issue.record("the library loaded despite: \(defect.name)")
        } catch {
            #expect(error.diagnostics == check.diagnostics, "load throws exactly what lint reports")
        }
    }

    @Test func warningsDoNotBlock() throws {
        let unused = Defect(
            name: "unused question", file: "questionnaire.yaml", old: "      - id: start_date\n",
            new:
                "      - id: never_used\n        type: text\n        label: { sv: Oanvänd, en: Unused }\n      - id: start_date\n",
            line: 0, message: "")
        let root = try Self.library([unused])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let check = LibraryLoader.check(directory: root.path)
        #expect(check.errors.isEmpty)
        #expect(
            check.warnings.map(\.message) == [
                "the question 'never_used' is not used by any clause, condition or outline"
            ])
        #expect(try LibraryLoader.load(directory: root.path).questionnaire.question("never_used") != nil)
    }

    @Test func referenceToAClauseNoAgreementWithThisClauseIncludes() throws {
        let extra = """
            ---
            id: mini-extra
            version: 1.0.0
            category: publication
            title:
              sv: Extra
              en: Extra
            ---
            === sv
            Extra.
            === en
            Extra.

            """
        let root = try Self.library([
            Defect(
                name: "", file: "publication/mini-publication.clause", old: "se {{ref results-owner}}.",
                new: "se {{ref mini-extra}}.", line: 0, message: ""),
            Defect(
                name: "", file: "publication/mini-publication.clause", old: "see {{ref results-owner}}.",
                new: "see {{ref mini-extra}}.", line: 0, message: ""),
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try extra.write(
            to: root.appendingPathComponent("publication/mini-extra.clause"), atomically: true, encoding: .utf8)
        let check = LibraryLoader.check(directory: root.path)
        let defect = Defect(
            name: "", file: "publication/mini-publication.clause", old: "", new: "", line: 12,
            message: "the reference names 'mini-extra', which no agreement outline with this clause includes")
        expectError(check.diagnostics, defect, in: root)
        #expect(
            check.warnings.contains { $0.message == "the clause 'mini-extra' is not used by any agreement outline" })
    }

    // MARK: One list limit

    func templateList(depth: Int, at location: AgreementKit.SourceLocation) -> TemplateList {
        let children = depth > 1 ? templateList(depth: depth - 1, at: location) : nil
        return TemplateList(
            kind: .bulleted, items: [TemplateList.Item(content: [.text("x")], children: children)], location: location)
    }

    func modelList(depth: Int) -> ListBlock {
        ListBlock(
            kind: .bulleted,
            items: [ListItem(content: [.text("x")], children: depth > 1 ? modelList(depth: depth - 1) : nil)])
    }

    func markupList(depth: Int) -> String {
        (0..<depth).map { String(repeating: "  ", count: $0) + "- x\n" }.joined()
    }

    /// The parser, lint and the validator accept lists `ListBlock.maximumDepth` deep and refuse one level more.
    @Test(arguments: [ListBlock.maximumDepth, ListBlock.maximumDepth + 1])
    func parserLintAndValidatorShareTheListLimit(depth: Int) throws {
        let allowed = depth <= ListBlock.maximumDepth
        let message = "lists are nested \(depth) levels deep; at most \(ListBlock.maximumDepth) are supported"

        let parsed = Result { () throws(DiagnosticError) in
            try TemplateParser.parseBlocks(markupList(depth: depth), file: "t.clause", firstLine: 1)
        }
        switch parsed {
        case .success: #expect(allowed)
        case .failure(let error):
            #expect(!allowed)
            #expect(
                error.diagnostics == [
                    Diagnostic(
                        .error, worded: message,
                        at: AgreementKit.SourceLocation(file: "t.clause", line: depth, column: 2 * depth - 1))
                ])
        }

        // A library built in code (no parser) with such a list in its first clause.
        var library = try MiniLibrary.load()
        let at = AgreementKit.SourceLocation(file: library.clauses[0].file, line: 99, column: 1)
        for language in library.languages {
            library.clauses[0].bodies[language, default: []].append(.list(templateList(depth: depth, at: at)))
        }
        let lint = LibraryLinter(library: library).lint()
        #expect(
            lint.filter { $0.message == message }
                == (allowed
                    ? [] : [Diagnostic(.error, worded: message, at: at), Diagnostic(.error, worded: message, at: at)]))

        let agreement = Agreement(
            metadata: AgreementMetadata(title: "x", language: .en), blocks: [.list(modelList(depth: depth))])
        #expect(ModelValidator().issues(in: agreement).map(\.message) == (allowed ? [] : [message]))
    }

    /// Lint refuses sub-clauses deeper than the validator's clause limit, for a library built in code (the parser
    /// refuses more than that many '#' itself).
    @Test(arguments: [ModelValidator.maxClauseDepth, ModelValidator.maxClauseDepth + 1])
    func lintSharesTheClauseDepthLimit(depth: Int) throws {
        var library = try MiniLibrary.load()
        let at = AgreementKit.SourceLocation(file: library.clauses[0].file, line: 99, column: 1)
        // Sub-clauses 1 ... depth - 1 levels below the file's clause: the deepest is `depth` levels deep in all.
        var chain = TemplateBlock.paragraph([.text("x")], location: at)
        for level in (1..<depth).reversed() {
            chain = .subclause(TemplateSubclause(id: nil, heading: nil, depth: level, body: [chain], location: at))
        }
        library.clauses[0].bodies[.sv, default: []].append(chain)
        let found = LibraryLinter(library: library).lint().filter { $0.message.contains("levels deep") }
        let message =
            "the sub-clause is nested \(depth) levels deep; at most \(ModelValidator.maxClauseDepth) are supported"
        #expect(found == (depth > ModelValidator.maxClauseDepth ? [Diagnostic(.error, worded: message, at: at)] : []))
    }
}

/// `build`, `batch` and `interview` run as users run them, with `--library` naming a broken copy of the fixture
/// library: each refuses it with the located errors `clauses lint` prints, and writes nothing. The agreements are
/// English, so these commands report in English, as `clauses lint` does under the tests' `LC_ALL=C.UTF-8`.
extension LibraryCheckTests {
    static let commands = ["build", "batch", "interview", "clauses lint"]

    func run(_ command: String, library: URL, in dir: URL) throws -> ProcessResult {
        let out = dir.appendingPathComponent("out").path
        switch command {
        case "build":
            let answers = dir.appendingPathComponent("answers.yaml")
            try MiniLibrary.complete.write(to: answers, atomically: true, encoding: .utf8)
            return try OPIBinary.run(
                ["build", answers.path, "--library", library.path, "-o", out, "--lang", "en"], input: nil)
        case "batch":
            let config = dir.appendingPathComponent("batch.yaml")
            let answers = MiniLibrary.complete.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
            try "language: en\noutput: { name: \"{project_title}\" }\nagreements:\n  - answers:\n\(answers)\n".write(
                to: config, atomically: true, encoding: .utf8)
            return try OPIBinary.run(["batch", config.path, "--library", library.path, "-o", out], input: nil)
        case "interview":
            return try OPIBinary.run(["interview", "--library", library.path, "-o", out, "--lang", "en"], input: "")
        default:
            return try OPIBinary.run(
                command.split(separator: " ").map(String.init) + ["--library", library.path], input: nil)
        }
    }

    @Test(arguments: commands, holes + structural)
    func everyCommandRefusesALibraryWithLintErrors(_ command: String, _ defect: Defect) throws {
        let root = try Self.library([defect], label: "cli-check")
        let dir = root.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(command, library: root, in: dir)
        #expect(result.status == 1, "\(result.stderr)")
        let located = "\(root.appendingPathComponent(defect.file).path):\(defect.line):"
        #expect(
            result.stderr.split(separator: "\n").contains {
                $0.hasPrefix(located) && $0.contains(": error: ") && $0.contains(defect.message)
            },
            "expected '\(located)... error: ...\(defect.message)', got:\n\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is written")
    }

    @Test func warningsArePrintedAndTheBuildGoesOn() throws {
        let unused = Defect(
            name: "unused question", file: "questionnaire.yaml", old: "      - id: start_date\n",
            new:
                "      - id: never_used\n        type: text\n        label: { sv: Oanvänd, en: Unused }\n      - id: start_date\n",
            line: 0, message: "")
        let root = try Self.library([unused], label: "cli-warning")
        let dir = root.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run("build", library: root, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("questionnaire.yaml:"))
        #expect(
            result.stderr.contains(
                ": warning: the question 'never_used' is not used by any clause, condition or outline"))
        #expect(result.stdout.split(separator: "\n").count == 2, "docx and odt written")
    }
}
