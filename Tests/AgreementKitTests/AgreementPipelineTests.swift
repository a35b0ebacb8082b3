import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `AgreementPipeline`, through which `build`, `interview` and `batch` go from answers to files: a pair of languages
/// is assembled once in each and written as one parallel document with a model per language; a model the writers
/// refuse is an error at the input it came from.
@Suite("Pipeline: from answers to files")
struct AgreementPipelineTests {
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    static func healthCare() throws -> (ClauseLibrary, Answers) {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire)
        return (library, answers)
    }

    /// A diagnostic's text in English.
    static func english(_ diagnostic: Diagnostic) -> String {
        switch diagnostic.content {
        case .message(let message): return Language.en.words.text(message)
        case .untranslated(let text): return text
        }
    }

    @Test func aPairIsAssembledInEachLanguageAndWrittenAsOneDocument() throws {
        let (library, answers) = try Self.healthCare()
        let languages = try #require(AgreementLanguages(main: .sv, second: .en))
        let pipeline = AgreementPipeline(library: library, environment: Self.environment)
        let built = try pipeline.files(
            for: answers, options: AssemblyOptions(languages: languages), formats: [.docx, .odt], model: true,
            base: "hc")
        #expect(built.files.map(\.name) == ["hc.json", "hc.en.json", "hc.docx", "hc.odt"])
        // Each model is its language's own assembly; the second's plain text answers stay in the main language.
        let assembler = Assembler(library: library)
        let sv = try assembler.assemble(answers, options: AssemblyOptions(language: .sv)).agreement
        let en = try assembler.assemble(answers, options: AssemblyOptions(language: .en, mainLanguage: .sv)).agreement
        #expect(built.files[0].data == (try ModelJSON.encode(sv)))
        #expect(built.files[1].data == (try ModelJSON.encode(en)))
        #expect(sv.metadata.title != en.metadata.title)
        // The documents are the two models side by side; the summary is the main language's.
        let pair = try ParallelAgreement(main: sv, second: en)
        let alone = try AgreementPipeline.files(
            for: pair, formats: [.docx, .odt], model: false, base: "hc", file: "hc.yaml", environment: Self.environment)
        #expect(built.files.dropFirst(2).map(\.data) == alone.map(\.data))
        #expect(built.summary == AgreementSummary(sv, separateAnnexes: built.separateAnnexes))
        let document = try #require(try PackageContents(built.files[2].data).text("word/document.xml"))
        #expect(document.contains(sv.metadata.title) && document.contains(en.metadata.title))
        // A pair written on its own names the second model after its language.
        let models = try AgreementPipeline.files(
            for: pair, formats: [], model: true, base: "m", file: "hc.yaml", environment: Self.environment)
        #expect(models.map(\.name) == ["m.json", "m.en.json"])
    }

    /// A pair whose two texts differ in outline (a sub-clause in the Swedish text only) is refused before anything
    /// is written: one error at the answers file naming both languages, the place and what stands there in each.
    @Test func aPairWhoseOutlinesDifferIsAnErrorAtTheAnswers() throws {
        let root = try TestEnvironment.temporaryDirectory("pipeline-outlines-differ")
        defer { try? FileManager.default.removeItem(at: root) }
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let clause = copy.appendingPathComponent("purpose/mini-purpose.clause")
        let text = try String(contentsOf: clause, encoding: .utf8)
        try text.replacingOccurrences(
            of: "=== en\n", with: "## Tillägg {#purpose-extra}\nEndast på svenska.\n\n=== en\n"
        )
        .write(to: clause, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.load(directory: copy.path)
        let answers = try AnswersLoader.load(
            Data(MiniLibrary.complete.utf8), file: "mini.yaml", questionnaire: library.questionnaire)
        let pipeline = AgreementPipeline(library: library, environment: Self.environment)
        // Each language alone builds.
        for language in [Language.sv, .en] {
            let alone = try pipeline.files(
                for: answers, options: AssemblyOptions(language: language), formats: [.docx], model: false, base: "m")
            #expect(alone.files.map(\.name) == ["m.docx"])
        }
        for (main, second) in [(Language.sv, Language.en), (.en, .sv)] {
            let languages = try #require(AgreementLanguages(main: main, second: second))
            do {
                let built = try pipeline.files(
                    for: answers, options: AssemblyOptions(languages: languages), formats: [.docx], model: true,
                    base: "m")
                Issue.record("built \(built.files.map(\.name))")
            } catch {
                #expect(error.diagnostics.map(\.severity) == [.error])
                #expect(error.diagnostics.map(\.file) == ["mini.yaml"])
                let (left, right) =
                    main == .sv ? ("clause 'purpose-extra'", "nothing") : ("nothing", "clause 'purpose-extra'")
                #expect(
                    error.diagnostics.map(Self.english) == [
                        "the \(main.rawValue) and \(second.rawValue) texts have different outlines at blocks[2].body[2]: \(left) against "
                            + "\(right); a parallel document needs the same clauses in both"
                    ])
            }
        }
    }

    /// A model the writers cannot write (a column width no writer can lay out) is refused by the writers' own check,
    /// as errors located at the input the model came from, one per problem: for one language and for a pair, where
    /// each problem names its model's language.
    @Test func aModelTheWritersRefuseIsAnErrorAtItsInput() throws {
        var agreement = Samples.small()
        agreement.blocks.append(
            .table(Table(rows: [TableRow(cells: [[.text("a")], [.text("b")]])], widths: [Int.max - 1, 1])))
        // In a pair the table is in the second column only (a table is not part of the outline both must share).
        let main = Samples.small()
        var second = agreement
        second.metadata.language = .en
        let pair = try ParallelAgreement(main: main, second: second)
        func write(parallel: Bool) throws(DiagnosticError) -> [OutputFile] {
            parallel
                ? try AgreementPipeline.files(
                    for: pair, formats: [.odt], model: true, base: "m", file: "in.json", environment: Self.environment)
                : try AgreementPipeline.files(
                    for: agreement, formats: [.docx], model: true, base: "m", file: "in.json",
                    environment: Self.environment)
        }
        for parallel in [false, true] {
            do {
                let files = try write(parallel: parallel)
                Issue.record("written: \(files.map(\.name))")
            } catch {
                #expect(error.diagnostics.count == 1, "\(error.diagnostics)")
                let diagnostic = try #require(error.diagnostics.first)
                #expect(diagnostic.file == "in.json" && diagnostic.severity == .error)
                let text = Self.english(diagnostic)
                // In a pair the path is the second model's, and the message says so: the first has no blocks[4].
                let place = parallel ? "blocks[4].widths (English text): " : "blocks[4].widths: "
                #expect(text.hasPrefix("cannot write the documents: \(place)"), "\(text)")
                #expect(text.contains("at most 10000"), "\(text)")
            }
        }
    }

    @Test(arguments: [
        ("examples/health-care.yaml", "health-care"), ("/tmp/a.b.yml", "a.b"), ("answers", "answers"),
        ("dir.d/answers", "answers"),
    ])
    func theDocumentsAreNamedAfterTheAnswersFile(path: String, base: String) {
        #expect(AgreementPipeline.baseName(forAnswers: path) == base)
    }
}
