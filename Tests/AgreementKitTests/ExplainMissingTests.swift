import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `explain` on incomplete answers: after the warnings it lists the answers the text needs and does not have, and
/// the translatable answers without a text in the agreement's language, each named as the interview asks it.
@Suite("Explain: missing answers and translations")
struct ExplainMissingTests {
    @Test func theMissingAnswersAndTranslationsAreListedByTheirQuestions() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        var answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: "examples/health-care.yaml", questionnaire: library.questionnaire)
        answers.values["project_title"] = nil
        answers.values["project_need"] = .texts(LanguageTexts([LanguageTexts.Entry(.en, "The need")]))
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        let text = AgreementExplanation(library: library, answers: answers, result: result, language: .sv).text
        #expect(text.hasPrefix("Varför avtalet ser ut som det gör (examples/health-care.yaml, på svenska)\n"))
        let missing = try #require(text.components(separatedBy: "\nSvar som saknas").last)
        #expect(
            missing.hasPrefix(
                " (luckor i ett utkast, fel med --final):\n- Projektets namn (project_title)\n"
                    + "- svensk text saknas: Behovet som projektet ska möta (project_need)\n\nSå läses förklaringen:\n"),
            "\(missing)")
        // Complete answers have no such section.
        let complete = try AnswersLoader.load(
            try Data(contentsOf: url), file: "examples/health-care.yaml", questionnaire: library.questionnaire)
        let full = try Assembler(library: library).assemble(complete, options: AssemblyOptions(language: .sv))
        #expect(
            !AgreementExplanation(library: library, answers: complete, result: full, language: .sv).text.contains(
                "Svar som saknas"))
    }
}
