import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Clause files, terms, outlines and whole libraries: the fixture library loads completely, and every kind of
/// problem is reported at its line and column, all at once.
@Suite("Library loader")
struct LibraryLoaderTests {
    /// The fixture library used by these tests and the assembly tests.
    static let minilib = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/minilib").path

    typealias Location = AgreementKit.SourceLocation

    func at(_ file: String, _ line: Int, _ column: Int) -> Location {
        Location(file: file, line: line, column: column)
    }

    /// The diagnostics thrown while loading a clause file (none when it loads).
    func clauseProblems(_ text: String) -> [Diagnostic] {
        do {
            _ = try ClauseFileLoader.load(text, file: "c.clause")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func termProblems(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try TermsLoader.load(Data(yaml.utf8), file: "terms.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func outlineProblems(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try OutlineLoader.load(Data(yaml.utf8), file: "o.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let header = """
        ---
        id: results-open
        version: 1.0.0
        category: results-ownership
        title:
          sv: Resultat
          en: Results
        ---

        """

    // MARK: - The fixture library

    @Test func theFixtureLibraryLoads() throws {
        let library = try LibraryLoader.load(directory: Self.minilib)
        #expect(library.name == "Mini clause library (test fixture)")
        #expect(library.version.description == "0.1.0")
        #expect(library.languages == [.sv, .en])
        #expect(library.root == Self.minilib)
        #expect(library.questionnaire.question("suppliers")?.type == .list)
        #expect(library.questionnaire.question("results_model")?.options.map(\.value) == ["open", "shared"])
        #expect(
            library.clauses.map(\.id) == [
                "mini-contributions", "mini-publication", "mini-purpose", "mini-results-open", "mini-results-shared",
            ])
        #expect(library.slot("results").map(\.id) == ["mini-results-open", "mini-results-shared"])
        for clause in library.clauses {
            #expect(Set(clause.bodies.keys) == [.sv, .en], "\(clause.id)")
            #expect(clause.title.languages == [.sv, .en], "\(clause.id)")
        }
        #expect(Set(library.terms.keys) == ["party", "results", "background"])
        #expect(library.terms["results"]?.word[.sv] == "Resultat")
        #expect(library.outlines.keys.sorted() == ["mini"])

        let open = try #require(library.clause("mini-results-open"))
        let file = Self.minilib + "/results/mini-results-open.clause"
        #expect(open.file == file)
        #expect(open.version.description == "1.0.0")
        #expect(open.category == .resultsOwnership)
        #expect(open.slot == "results")
        #expect(open.when == (try ConditionParser.parse("results_model == \"open\"", at: at(file, 9, 7))))
        #expect(open.note?[.en] == "Open results are the safest choice with regard to state aid.")
        #expect(open.keyLocations["id"] == at(file, 2, 1))
        #expect(open.keyLocations["when"] == at(file, 9, 1))
        #expect(open.location == at(file, 2, 1))
        #expect(open.bodyLocations == [.sv: at(file, 14, 1), .en: at(file, 21, 1)])
        guard case .subclause(let owner) = open.bodies[.sv]?.first else {
            Issue.record("no sub-clause")
            return
        }
        #expect(owner.id == "results-owner")
        #expect(owner.location == at(file, 15, 1))
        #expect(
            owner.body.first.map { block in
                if case .paragraph(let inlines, _) = block {
                    return inlines.first == .term(id: "results", display: "Resultaten", location: at(file, 16, 1))
                }
                return false
            } == true)
    }

    @Test func theFixtureOutline() throws {
        let path = Self.minilib + "/agreements/mini.yaml"
        let outline = try OutlineLoader.load(try Data(contentsOf: URL(fileURLWithPath: path)), file: "mini.yaml")
        let f = "mini.yaml"
        #expect(outline.id == "mini")
        #expect(outline.title[.sv] == "Miniavtal om innovationssamverkan")
        #expect(
            outline.parties == [
                PartySource(list: "public_parties", role: .publicParty, location: at(f, 7, 5)),
                PartySource(list: "suppliers", role: .supplier, location: at(f, 9, 5)),
            ])
        #expect(
            outline.items == [
                .title, .parties,
                .clause(id: "mini-purpose", when: nil, location: at(f, 14, 13)),
                .definitions(
                    id: "definitions", title: Localized([.sv: "Definitioner", .en: "Definitions"]),
                    location: at(f, 15, 18)),
                .clause(id: "mini-contributions", when: nil, location: at(f, 16, 13)),
                .slot(id: "results", when: nil, location: at(f, 17, 11)),
                .clause(
                    id: "mini-publication", when: try ConditionParser.parse("publish", at: at(f, 19, 11)),
                    location: at(f, 18, 13)),
                .pageBreak, .signatures,
                .annexes([
                    OutlineAnnex(
                        id: "annex-plan", title: Localized([.sv: "Projektplan", .en: "Project plan"]), when: nil,
                        location: at(f, 23, 9)),
                    OutlineAnnex(
                        id: "annex-publication", title: Localized([.sv: "Publiceringsplan", .en: "Publication plan"]),
                        when: try ConditionParser.parse("publish", at: at(f, 27, 15)), location: at(f, 25, 9)),
                ]),
            ])
    }

    @Test func theFixtureTermsAreParsedAtTheirTextsLocations() throws {
        let path = Self.minilib + "/terms.yaml"
        let terms = try TermsLoader.load(try Data(contentsOf: URL(fileURLWithPath: path)), file: "terms.yaml")
        let f = "terms.yaml"
        #expect(terms["party"]?.location == at(f, 1, 1))
        #expect(terms["party"]?.word == Localized([.sv: "Part", .en: "Party"]))
        #expect(
            terms["party"]?.definition[.en] == [.text("a public party or a supplier that has signed the agreement")])
        // Plain scalar: its first character.
        #expect(
            terms["results"]?.definition[.sv] == [
                .text("allt som en "), .term(id: "party", display: "Part", location: at(f, 7, 29)),
                .text(" tar fram inom projektet"),
            ])
        // Literal block scalar: the next line, with its lines joined.
        #expect(
            terms["background"]?.definition[.sv] == [
                .text("kunskap och rättigheter som en "), .term(id: "party", display: "Part", location: at(f, 15, 38)),
                .text(" har före projektets start"),
            ])
        #expect(
            terms["background"]?.definition[.en] == [
                .text("knowledge and rights that a "), .term(id: "party", display: nil, location: at(f, 20, 35)),
                .text(" holds before the project starts"),
            ])
    }

    // MARK: - Clause file headers

    @Test func aClauseFileNeedsItsFences() {
        #expect(clauseProblems("id: x\n").first?.location == at("c.clause", 1, 1))
        let unclosed = clauseProblems("---\nid: x\n=== sv\nText\n")
        #expect(unclosed.map(\.message) == ["the header is not closed by a '---' line"])
    }

    @Test func headerProblemsAreReportedAtTheirLines() {
        let text = """
            ---
            id: results open
            version: 1.0
            category: results
            titel: x
            title:
              sv: Resultat
              de: Ergebnisse
            when: results_model = "open"
            note: just text
            ---
            === sv
            Text.
            """
        let found = clauseProblems(text)
        let c = "c.clause"
        #expect(
            found.map(\.location) == [
                at(c, 5, 1), at(c, 2, 5), at(c, 3, 10), at(c, 4, 11), at(c, 8, 3), at(c, 9, 21), at(c, 10, 7),
            ])
        #expect(
            found[0].message
                == "unknown key 'titel' in the clause header; did you mean 'title'?; the keys are id, version, category, title, slot, when, note, survives"
        )
        #expect(found[1].message.contains("'results open' is not a valid clause id"))
        #expect(found[2].message == "'1.0' is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0)")
        #expect(found[3].message.hasPrefix("unknown category 'results'"))
        #expect(found[4].message == "unknown language 'de' in the title; the languages are sv, en, da")
        #expect(found[5].message == "use '==' to compare")
        #expect(found[6].message.contains("per language"))
    }

    @Test func missingAndDuplicateHeaderKeys() {
        let missing = clauseProblems("---\nid: a\n---\n=== sv\nText.\n")
        #expect(
            missing.map(\.message) == [
                "missing required key 'version' in the clause header",
                "missing required key 'category' in the clause header",
                "missing required key 'title' in the clause header",
            ])
        #expect(missing.first?.location == at("c.clause", 2, 1))
        let duplicate = clauseProblems("---\nid: a\nversion: 1.0.0\nid: b\n---\n=== sv\nText.\n")
        #expect(duplicate.map(\.location) == [at("c.clause", 4, 1)])
        #expect(duplicate.first?.message == "the key 'id' is given more than once in this mapping (first at line 2)")
        let syntax = clauseProblems("---\nid: a\ntitle: [unclosed\n---\n=== sv\nText.\n")
        #expect(syntax.first?.location?.line == 4)
        #expect(clauseProblems("---\n---\n=== sv\nText.\n").first?.location == at("c.clause", 1, 1))
    }

    @Test func aValidClauseFile() throws {
        let text = Self.header + "=== sv\nText på svenska.\n\n=== en\n## {#x}\nEnglish.\n"
        let clause = try ClauseFileLoader.load(text, file: "c.clause")
        #expect(clause.id == "results-open")
        #expect(clause.title == Localized([.sv: "Resultat", .en: "Results"]))
        #expect(clause.slot == nil && clause.when == nil && clause.note == nil)
        #expect(clause.bodies[.sv] == [.paragraph([.text("Text på svenska.")], location: at("c.clause", 10, 1))])
        #expect(
            clause.bodies[.en] == [
                .subclause(
                    TemplateSubclause(
                        id: "x", heading: nil, depth: 1,
                        body: [.paragraph([.text("English.")], location: at("c.clause", 14, 1))],
                        location: at("c.clause", 13, 1)))
            ])
        #expect(clause.bodyLocations == [.sv: at("c.clause", 9, 1), .en: at("c.clause", 12, 1)])
        #expect(clause.sources == [.sv: "Text på svenska.\n", .en: "## {#x}\nEnglish.\n"])
        #expect(Set(clause.keyLocations.keys) == ["id", "version", "category", "title"])
        #expect(clause.keyLocations["title"] == at("c.clause", 5, 1))
    }

    @Test func bodySectionProblems() {
        let c = "c.clause"
        let stray = clauseProblems(Self.header + "Stray text.\n=== sv\nText.\n")
        #expect(stray.map(\.location) == [at(c, 9, 1)])
        let languages = clauseProblems(Self.header + "=== de\nText.\n=== sv\nA.\n===  sv\nB.\n===\nC.\n")
        #expect(languages.map(\.location) == [at(c, 9, 5), at(c, 13, 6), at(c, 15, 4)])
        #expect(
            languages.map(\.message) == [
                "unknown language 'de'; the languages are sv, en, da",
                "a second 'sv' body (the first starts at line 11)",
                "expected a language after '===', such as '=== sv'",
            ])
        #expect(clauseProblems(Self.header).map(\.location) == [at(c, 8, 1)])
    }

    @Test func headerAndBodyProblemsAreReportedTogether() {
        let text =
            Self.header.replacingOccurrences(of: "version: 1.0.0", with: "version: one")
            + "=== sv\nText *open.\n=== en\nText.\n\n{{refs x}}\n"
        let found = clauseProblems(text)
        #expect(found.map(\.location) == [at("c.clause", 3, 10), at("c.clause", 10, 6), at("c.clause", 14, 3)])
    }

    // MARK: - Terms

    @Test func termDefinitionProblemsAreLocatedInTheirScalars() {
        let yaml = """
            plain:
              sv: { term: A, definition: text *open }
            double:
              sv: { term: A, definition: "text [[open" }
            single:
              sv:
                term: A
                definition: 'a {{refs x}}'
            literal:
              en:
                term: A
                definition: |
                  first line
                  second *open
            """
        let found = termProblems(yaml)
        let f = "terms.yaml"
        #expect(found.map(\.location) == [at(f, 2, 35), at(f, 4, 36), at(f, 8, 22), at(f, 14, 14)])
        #expect(
            found.map(\.message) == [
                "the '*' is not closed", "the '[[' is not closed by ']]'",
                "unknown directive 'refs'; did you mean 'ref'?",
                "the '*' is not closed",
            ])
    }

    @Test func termStructureProblems() {
        let yaml = """
            a:
              sv: { term: A }
              xx: { term: A, definition: d }
            b c:
              en: { term: B, definition: d, note: n }
            c: just text
            """
        let found = termProblems(yaml)
        let f = "terms.yaml"
        #expect(found.map(\.location) == [at(f, 2, 7), at(f, 3, 3), at(f, 4, 1), at(f, 6, 4)])
        #expect(found[0].message == "missing required key 'definition' in the 'sv' entry of the term 'a'")
        #expect(found[1].message == "unknown language 'xx'; the languages are sv, en, da")
        #expect(found[3].message.hasPrefix("expected the term per language"))
        #expect(termProblems("").isEmpty)
    }

    // MARK: - Outlines

    @Test func outlineProblems() {
        let yaml = """
            id: opi
            version: 1.0
            title: { sv: Avtal, en: Agreement }
            parties:
              - list: suppliers
                role: vendor
            outline:
              - title
              - signature
              - clause: a
                slot: b
              - definitions: { id: d, title: { sv: D, en: D } }
                when: x
              - clause: c
                when: x ==
              - annexes:
                  - id: annex-1
              - 42
            """
        let found = outlineProblems(yaml)
        let f = "o.yaml"
        #expect(
            found.map(\.location) == [
                at(f, 2, 10), at(f, 6, 11), at(f, 9, 5), at(f, 10, 5), at(f, 13, 5), at(f, 15, 15), at(f, 17, 9),
                at(f, 18, 5),
            ])
        #expect(
            found[1].message
                == "unknown role 'vendor'; the roles are publicParty, supplier, knowledgeInstitution, facilitator, other"
        )
        #expect(found[2].message.hasPrefix("unknown outline entry 'signature'; did you mean 'signatures'?"))
        #expect(found[3].message.hasPrefix("an outline entry has only one of"))
        #expect(found[4].message.hasPrefix("unknown key 'when'"))
        #expect(found[6].message == "missing required key 'title' in an annex")
    }

    @Test func outlineDateQuestion() throws {
        let yaml = "id: nda\nversion: 0.1.0\ntitle: { en: NDA }\ndate: signing_date\noutline: [title, signatures]\n"
        let outline = try OutlineLoader.load(Data(yaml.utf8), file: "o.yaml")
        #expect(outline.dateQuestion == "signing_date")
        #expect(outline.parties.isEmpty)
        #expect(outline.items == [.title, .signatures])
    }

    // MARK: - Whole libraries

    /// A copy of the fixture library to break.
    func copyOfMinilib() throws -> URL {
        let dir = try TestEnvironment.temporaryDirectory("library").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.minilib), to: dir)
        return dir
    }

    func write(_ text: String, to path: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func libraryProblems(_ directory: String) -> [Diagnostic] {
        do {
            _ = try LibraryLoader.load(directory: directory)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func duplicateClauseIdsAreReportedInBothPlaces() throws {
        let dir = try copyOfMinilib()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        let original = try String(
            contentsOf: dir.appendingPathComponent("purpose/mini-purpose.clause"), encoding: .utf8)
        try write(original, to: "zz/copy.clause", in: dir)
        let found = libraryProblems(dir.path + "/")
        let first = at(dir.path + "/purpose/mini-purpose.clause", 2, 1)
        let second = at(dir.path + "/zz/copy.clause", 2, 1)
        #expect(found.map(\.location) == [first, second])
        #expect(
            found.map(\.message) == [
                "the clause id 'mini-purpose' is also used at \(second)",
                "the clause id 'mini-purpose' is also used at \(first)",
            ])
    }

    @Test func theProblemsOfEveryFileAreReportedTogether() throws {
        let dir = try copyOfMinilib()
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent()) }
        try write("name: x\nversion: 1\nlanguages: [sv, fi]\n", to: "library.yaml", in: dir)
        try write("party:\n  sv: { term: Part }\n", to: "terms.yaml", in: dir)
        try write("id: mini\n", to: "agreements/mini.yaml", in: dir)
        try write("---\nid: broken\n---\n=== sv\n*x\n", to: "general/broken.clause", in: dir)
        try write("not a clause, ignored", to: "README.md", in: dir)
        try write("---\nid: hidden\n", to: ".git/hidden.clause", in: dir)
        let found = libraryProblems(dir.path)
        let files = found.map { $0.location?.file ?? $0.file ?? "" }.map { String($0.dropFirst(dir.path.count + 1)) }
        #expect(
            files == [
                "agreements/mini.yaml", "agreements/mini.yaml", "agreements/mini.yaml", "general/broken.clause",
                "general/broken.clause", "general/broken.clause", "general/broken.clause", "library.yaml",
                "library.yaml",
                "terms.yaml",
            ])
        #expect(
            found.contains { $0.description == "\(dir.path)/general/broken.clause:5:1: error: the '*' is not closed" })
        #expect(
            found.contains {
                $0.description
                    == "\(dir.path)/library.yaml:3:17: error: unknown language 'fi'; the languages are sv, en, da"
            })
    }

    @Test func missingFilesAndFolders() {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "opi-agreement-tests-empty-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(
            libraryProblems(dir.path).map(\.description) == [
                "\(dir.path)/library.yaml: error: the clause library has no library.yaml (name, version, languages)",
                "\(dir.path)/questionnaire.yaml: error: the clause library has no questionnaire.yaml",
            ])
        #expect(
            libraryProblems(dir.path + "/nowhere").map(\.description) == [
                "\(dir.path)/nowhere: error: no clause library folder here"
            ])
    }

    @Test func aLibraryFromFilesInMemory() throws {
        let paths = [
            "library.yaml", "questionnaire.yaml", "terms.yaml", "agreements/mini.yaml", "purpose/mini-purpose.clause",
        ]
        let files = try paths.map { path in
            LibraryFile(path: path, data: try Data(contentsOf: URL(fileURLWithPath: Self.minilib + "/" + path)))
        }
        let check = LibraryLoader.check(files: files, root: "bundled:clauses")
        let library = try #require(check.library)
        #expect(library.clauses.map(\.file) == ["bundled:clauses/purpose/mini-purpose.clause"])
        #expect(library.root == "bundled:clauses")
        #expect(library.outlines["mini"]?.file == "bundled:clauses/agreements/mini.yaml")
        // The outline names clauses these files leave out: lint errors, so loading the same files refuses them.
        #expect(
            check.errors.contains {
                $0.description
                    == "bundled:clauses/agreements/mini.yaml:16:13: error: the outline names clause 'mini-contributions', which does not exist"
            }, "\(check.errors)")
        #expect(throws: DiagnosticError(check.diagnostics)) {
            try LibraryLoader.load(files: files, root: "bundled:clauses")
        }
    }
}
