import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Every answers file in `examples/` builds in `--final` with the bundled library, in both languages, and every
/// form validates against the official schemas.
@Suite("Examples build and validate", .enabled(if: TestEnvironment.runSchemaTests, "schemas missing"))
struct ExampleBuildTests {
    static let examples: [String] = {
        let dir = TestEnvironment.repositoryRoot.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("batch") }.sorted()
    }()

    static let library = Result {
        try LibraryLoader.load(directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
    }

    /// Each example in each language its free texts are written in: the Danish municipality's in Danish and
    /// Swedish, the cross-border example's in Swedish and English, the others' (plain texts, in whatever language
    /// they are built) in every language of the library.
    static let exampleLanguages: [(String, Language)] = examples.flatMap { example in
        let languages: [Language] =
            switch example {
            case "danish-municipality.yaml": [.da, .sv]
            case "cross-border.yaml": [.sv, .en]
            default: Language.allCases
            }
        return languages.map { (example, $0) }
    }

    @Test(arguments: exampleLanguages)
    func exampleBuildsAndValidates(example: String, language: Language) throws {
        let library = try Self.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(example)")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire, requireComplete: true)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: true))
        #expect(result.missing.isEmpty)
        let renderer = try DocumentRenderer(options: .reproducible(for: result.agreement, environment: [:]))
        let docx = try PackageContents(try renderer.render(result.agreement, as: .docx))
        var problems = try Schemas.problems(docxParts: docx.entries.map { ($0.name, $0.data) })
        problems += try Schemas.problems(
            docxParts: Samples.flatOPCParts(try renderer.render(result.agreement, as: .flatDocx)))
        let odt = try PackageContents(try renderer.render(result.agreement, as: .odt))
        for name in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            problems += try Schemas.odf.get().problems(in: try #require(odt[name]), name: name)
        }
        problems += try Schemas.odf.get().problems(in: try renderer.render(result.agreement, as: .fodt), name: "fodt")
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    }
}
