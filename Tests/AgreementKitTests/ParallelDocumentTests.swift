import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Parallel bilingual documents (`--lang sv+en`): the pair of languages, the outline check, the two-column layout
/// with the same number on both sides, bookmarks used once and references into each column's own bookmarks, every
/// form schema-valid and byte-identical from one build to the next.
@Suite("Parallel documents")
struct ParallelDocumentTests {
    // MARK: The pair of languages

    @Test(arguments: [
        ("sv", ["sv"]), ("en", ["en"]), ("sv+en", ["sv", "en"]), ("en+sv", ["en", "sv"]), (" sv + en ", ["sv", "en"]),
    ])
    func parsesALanguageOrAPair(text: String, codes: [String]) throws {
        let languages = try AgreementLanguages(parsing: text)
        #expect(languages.main.rawValue == codes[0])
        #expect(languages.second?.rawValue == codes.dropFirst().first)
        #expect(languages.all.map(\.rawValue) == codes)
        #expect(languages.isParallel == (codes.count == 2))
        #expect(languages.description == codes.joined(separator: "+"))
    }

    @Test(arguments: [
        ("sv+sv", "'sv+sv' names sv twice; a parallel document needs two different languages, such as sv+en"),
        ("sv+de", "'de' is not a language; the languages are sv, en"),
        ("de", "'de' is not a language; the languages are sv, en"),
        ("sv+en+da", "'sv+en+da' names 3 languages; an agreement has one language or two (sv+en)"),
        ("sv+", "'sv+' is not a language or a pair of languages such as sv+en"),
        ("", "'' is not a language or a pair of languages such as sv+en"),
    ])
    func refusesWhatIsNotALanguageOrAPair(text: String, message: String) {
        #expect(throws: AgreementLanguages.ParseError.self) { try AgreementLanguages(parsing: text) }
        do {
            _ = try AgreementLanguages(parsing: text, available: [.sv, .en])
        } catch {
            #expect(Language.en.words.text(error.message) == message)
        }
    }

    @Test func theInterviewRemembersThePair() throws {
        let settings = InterviewSettings(output: "/tmp/x", languages: try AgreementLanguages(parsing: "en+sv"))
        #expect(settings.commentLines.contains("#   lang: en+sv"))
        let read = try #require(InterviewSettings.read(settings.commentLines.joined(separator: "\n")))
        #expect(read.languages == AgreementLanguages(main: .en, second: .sv))
        #expect(read.language == .en)
    }

    @Test func aBatchConfigMayNameAPair() throws {
        let library = try MiniLibrary.load()
        let yaml = """
            language: sv+en
            type: mini
            defaults:
              project_title: Smart avfall
            agreements:
              - {}
              - language: en+sv
              - language: sv+sv
            """
        let plan = try BatchConfigLoader.load(Data(yaml.utf8), file: "batch.yaml", library: library, final: false)
        #expect(plan.agreements[0].options.languages == AgreementLanguages(main: .sv, second: .en))
        #expect(plan.agreements[1].options.languages == AgreementLanguages(main: .en, second: .sv))
        #expect(!plan.agreements[2].isValid)
        let problems = plan.agreements[2].diagnostics.map(Self.english)
        #expect(problems.contains { $0.contains("names sv twice") }, "\(problems)")
    }

    /// A diagnostic's text in English.
    static func english(_ diagnostic: Diagnostic) -> String {
        switch diagnostic.content {
        case .message(let message): return Language.en.words.text(message)
        case .untranslated(let text): return text
        }
    }

    // MARK: The outline

    @Test func outlinesThatDifferAreRefusedWithThePlace() throws {
        let a = Agreement(
            metadata: AgreementMetadata(title: "A", language: .sv),
            blocks: [.clause(Clause(id: "a", heading: [.text("A")])), .clause(Clause(id: "b", heading: [.text("B")]))])
        var b = a
        b.metadata.language = .en
        b.blocks[1] = .clause(Clause(id: "c", heading: [.text("C")]))
        #expect(throws: Never.self) { try ParallelAgreement(main: a, second: a) }
        do {
            _ = try ParallelAgreement(main: a, second: b)
            Issue.record("no mismatch found")
        } catch {
            #expect(error.place == "blocks[1]")
            let text = Language.en.words.text(error.message(AgreementLanguages(main: .sv, second: .en)!))
            #expect(
                text
                    == "the sv and en texts have different outlines at blocks[1]: clause 'b' against clause 'c'; a parallel document needs the same clauses in both"
            )
        }
    }

    @Test func aGeneratedSubClauseIdLeavesItsLineOut() {
        #expect(ParallelAgreement.outlineID("annex-body-l17-1") == "annex-body-l#-1")
        #expect(ParallelAgreement.outlineID("results-l203") == "results-l#")
        #expect(ParallelAgreement.outlineID("results-license") == "results-license")
    }

    // MARK: The health-care example in sv+en

    static func pair(_ main: Language, _ second: Language, final: Bool = false) throws -> ParallelAgreement {
        try ParallelAgreement(
            main: try Examples.agreement("health-care", main, final: final),
            second: try Examples.agreement("health-care", second, final: final))
    }

    /// Every paragraph of a list of blocks, lists and tables opened.
    static func paragraphs(_ blocks: [LaidOutBlock]) -> [LaidOutParagraph] {
        blocks.flatMap { block -> [LaidOutParagraph] in
            switch block {
            case .paragraph(let p): return [p]
            case .list(let list): return items(list)
            case .table(let table):
                return ((table.header.map { [$0] } ?? []) + table.rows).flatMap { $0.cells.flatMap { $0 } }
            case .columns(let columns): return columns.rows.flatMap { $0.cells.flatMap(paragraphs) }
            case .pageBreak: return []
            }
        }
    }

    static func items(_ list: LaidOutList) -> [LaidOutParagraph] {
        list.items.flatMap { [$0.paragraph] + ($0.children.map(items) ?? []) }
    }

    static func references(_ inlines: [LaidOutInline]) -> [LaidOutReference] {
        inlines.flatMap { inline -> [LaidOutReference] in
            switch inline {
            case .reference(let reference): return [reference]
            case .span(_, let inner): return references(inner)
            default: return []
            }
        }
    }

    @Test(arguments: [(Language.sv, Language.en), (.en, .sv)])
    func everyRowHasTheSameNumbersOnBothSides(main: Language, second: Language) throws {
        let document = ParallelLayoutBuilder.layOut(try Self.pair(main, second))
        let byBookmark = Dictionary(
            document.numbers.values.map { ($0.bookmark, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = 0
        var numbered = 0
        for case .columns(let columns) in document.body {
            for row in columns.rows {
                rows += 1
                #expect(row.cells.count == 2)
                let numbers = row.cells.map { cell in
                    Self.paragraphs(cell).compactMap { $0.bookmark.flatMap { byBookmark[$0] } }.filter {
                        $0.kind == .clause
                    }.map(\.numberText)
                }
                #expect(numbers[0] == numbers[1], "row \(rows): \(numbers[0]) against \(numbers[1])")
                #expect(numbers[0].count <= 1, "row \(rows) holds several clauses: \(numbers[0])")
                if !numbers[0].isEmpty { numbered += 1 }
            }
        }
        // One row per clause or sub-clause: the health-care agreement and its annexes have well over 200.
        #expect(numbered > 200, "\(numbered) numbered rows")
        // The right column numbers with lists of its own.
        let right = document.listInstances.filter { $0.column == 1 }
        #expect(right.contains { $0.list == .clauses } && right.contains { $0.list == .annexes })
        #expect(
            document.styles.list(.annexes, column: 1).levels[0].prefix.hasPrefix(second == .en ? "Annex" : "Bilaga"))
    }

    @Test func eachColumnRefersToItsOwnBookmarksAndNoBookmarkIsUsedTwice() throws {
        let document = ParallelLayoutBuilder.layOut(try Self.pair(.sv, .en))
        var bookmarks: [String: Int] = [:]
        var referencesPerColumn = [0, 0]
        var allBookmarks: [String] = []
        for case .columns(let columns) in document.body {
            for row in columns.rows {
                for (column, cell) in row.cells.enumerated() {
                    for paragraph in Self.paragraphs(cell) {
                        if let bookmark = paragraph.bookmark {
                            bookmarks[bookmark] = column
                            allBookmarks.append(bookmark)
                        }
                    }
                }
            }
        }
        #expect(Set(allBookmarks).count == allBookmarks.count, "a bookmark is used twice")
        #expect(allBookmarks.allSatisfy { $0.hasPrefix("_opi_sv_") || $0.hasPrefix("_opi_en_") })
        for case .columns(let columns) in document.body {
            for row in columns.rows {
                for (column, cell) in row.cells.enumerated() {
                    for paragraph in Self.paragraphs(cell) {
                        for reference in Self.references(paragraph.content) {
                            referencesPerColumn[column] += 1
                            #expect(
                                bookmarks[reference.bookmark] == column,
                                "\(paragraph.origin): '\(reference.bookmark)' is not a bookmark of column \(column + 1)"
                            )
                        }
                    }
                }
            }
        }
        #expect(referencesPerColumn[0] > 20 && referencesPerColumn[0] == referencesPerColumn[1])
    }

    /// The names of `element` in an XML text (`w:bookmarkStart`'s `w:name`, `text:bookmark-start`'s
    /// `text:name`).
    static func attributeValues(_ xml: String, element: String, attribute: String) -> [String] {
        var out: [String] = []
        var rest = xml[...]
        while let start = rest.range(of: "<\(element) ") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<end]
            if let a = tag.range(of: "\(attribute)=\"") {
                let value = tag[a.upperBound...].prefix { $0 != "\"" }
                out.append(String(value))
            }
        }
        return out
    }

    @Test func theWrittenDocumentsUseEveryBookmarkNameOnceAndResolveEveryReference() throws {
        let pair = try Self.pair(.sv, .en)
        let renderer = DocumentRenderer(options: Samples.options)
        let rendered = try renderer.render(pair, as: [.docx, .odt])
        let docx = try PackageContents(rendered[0].data)
        let document = String(decoding: try #require(docx["word/document.xml"]), as: UTF8.self)
        let names = Self.attributeValues(document, element: "w:bookmarkStart", attribute: "w:name")
        #expect(names.count > 400)
        #expect(Set(names).count == names.count, "a DOCX bookmark name is used twice")
        let numbering = String(decoding: try #require(docx["word/numbering.xml"]), as: UTF8.self)
        #expect(numbering.contains("OPI Clauses 2") && numbering.contains("OPI Annexes 2"))
        let odt = try PackageContents(rendered[1].data)
        let content = String(decoding: try #require(odt["content.xml"]), as: UTF8.self)
        let odfNames = Self.attributeValues(content, element: "text:bookmark-start", attribute: "text:name")
        #expect(Set(odfNames).count == odfNames.count, "an ODT bookmark name is used twice")
        #expect(Set(odfNames) == Set(names))
        let targets = Set(Self.attributeValues(content, element: "text:bookmark-ref", attribute: "text:ref-name"))
        #expect(!targets.isEmpty && targets.isSubset(of: Set(odfNames)), "\(targets.subtracting(odfNames))")
        #expect(targets.contains { $0.hasPrefix("_opi_sv_") } && targets.contains { $0.hasPrefix("_opi_en_") })
        // Two continued clause lists, one per column, with distinct ids.
        let ids = Self.attributeValues(content, element: "text:list", attribute: "xml:id")
        #expect(ids.contains("clauses") && Set(ids).count == ids.count, "\(ids)")
    }

    @Test func theSameAnswersGiveTheSameBytes() throws {
        let formats: [OutputFormat] = [.docx, .odt, .fodt, .flatDocx]
        let first = try DocumentRenderer(options: Samples.options).render(try Self.pair(.sv, .en), as: formats)
        let second = try DocumentRenderer(options: Samples.options).render(try Self.pair(.sv, .en), as: formats)
        for (a, b) in zip(first, second) { #expect(a.data == b.data, "\(a.format) differs") }
    }

    @Test func partiesAndSignaturesStandOnceWithLabelsInBothLanguages() throws {
        let pair = try Self.pair(.sv, .en)
        let document = ParallelLayoutBuilder.layOut(pair)
        let signatures = pair.main.blocks.compactMap { block -> Int? in
            if case .signatures(let s) = block { return s.signatures.count } else { return nil }
        }.reduce(0, +)
        let outside = document.body.filter { if case .columns = $0 { return false } else { return true } }
        let text = Self.paragraphs(outside).map { ColumnWidths.text($0.content) }
        #expect(text.contains { $0.hasPrefix("Ort och datum / Place and date: ") })
        #expect(text.contains { $0.contains("org.nr / reg. no. 232100-0180") })
        // One signature per signatory, written once (not once per column).
        #expect(signatures > 2)
        #expect(text.filter { $0.hasPrefix("För / For ") }.count == signatures)
    }

    // MARK: The prevailing language

    @Test func aPairWhoseAnswersSayOneLanguageWarnsInADraftAndFailsWhenFinal() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire)
        let pair = try #require(AgreementLanguages(main: .sv, second: .en))
        let draft = try Assembler(library: library).assemble(answers, options: AssemblyOptions(languages: pair))
        #expect(draft.warnings.contains { Self.english($0).contains("'language_versions'") && $0.severity == .warning })
        #expect(throws: DiagnosticError.self) {
            try Assembler(library: library).assemble(answers, options: AssemblyOptions(languages: pair, final: true))
        }
        var chosen = answers
        chosen.values["language_versions"] = .choice("both_en_prevails")
        let final = try Assembler(library: library).assemble(
            chosen, options: AssemblyOptions(languages: pair, final: true))
        #expect(!final.warnings.contains { Self.english($0).contains("'language_versions'") })
        let single = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        #expect(!single.warnings.contains { Self.english($0).contains("'language_versions'") })
        // Answers made in code (no file) have the warning at "answers".
        var made = answers
        made.file = nil
        made.locations = [:]
        let unplaced = try Assembler(library: library).assemble(made, options: AssemblyOptions(languages: pair))
        let warning = unplaced.warnings.first { Self.english($0).contains("'language_versions'") }
        #expect(warning?.location == nil && warning?.description.hasPrefix("answers: warning: ") == true)
    }
}

/// The parallel health-care agreement in all four forms validates against the official schemas.
@Suite(
    "Parallel documents: official schemas",
    .enabled(if: TestEnvironment.runSchemaTests, "schemas missing (../shared/schemas or OPI_SCHEMAS_DIR)"))
struct ParallelSchemaTests {
    @Test func everyFormValidates() throws {
        let pair = try ParallelDocumentTests.pair(.sv, .en)
        let rendered = try DocumentRenderer(options: Samples.options).render(pair, as: [.docx, .flatDocx, .odt, .fodt])
        let docx = try PackageContents(rendered[0].data)
        var problems = try Schemas.problems(docxParts: docx.entries.map { ($0.name, $0.data) })
        problems += try Schemas.problems(docxParts: Samples.flatOPCParts(rendered[1].data))
        let odt = try PackageContents(rendered[2].data)
        for name in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            problems += try Schemas.odf.get().problems(in: try #require(odt[name]), name: name)
        }
        problems += try Schemas.odf.get().problems(in: rendered[3].data, name: "parallel.fodt")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }
}
