import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `explain` for lawyers: each example explained in both languages, compared with golden files (re-record with
/// `OPI_RECORD_GOLDENS=1 swift test`).
@Suite("Explain")
struct ExplainTests {
    static func explanation(_ name: String, _ language: Language) throws -> AgreementExplanation {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(name).yaml")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: "examples/\(name).yaml", questionnaire: library.questionnaire)
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: language))
        return AgreementExplanation(library: library, answers: answers, result: result, language: language)
    }

    @Test(arguments: Examples.names, [Language.sv, .en])
    func exampleExplanation(name: String, language: Language) throws {
        try Golden.checkText(try Self.explanation(name, language).text, as: "explain/\(name)-\(language.rawValue).txt")
    }

    /// Every clause in the document has its line, numbered as the document numbers it; the alternatives not chosen
    /// and the clauses left out say why in the answers' words.
    @Test func linesFollowTheDocumentsNumbers() throws {
        let text = try Self.explanation("cross-border", .en).text
        #expect(text.contains("\nclause 1 Background and purpose: included (always part of the agreement)\n"))
        #expect(
            text.contains(
                "\nclause 10 Results and intellectual property: included because Who shall own the results? "
                    + "(results_model) = The supplier owns, with a licence to the public party\n"))
        #expect(text.contains("\n– Personal data: left out because Will personal data be processed in the project? "))
        #expect(text.contains(": not reached\n"))
        // The risky choice (an option whose help is a warning) is among the warnings.
        #expect(text.contains("\n- Who shall own the results? (results_model) = The supplier owns, with a licence"))
    }
}
