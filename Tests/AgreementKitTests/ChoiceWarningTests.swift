import Foundation
import Testing

@testable import AgreementKit

/// A risky choice (an option whose help starts with the warning word) is shown when it is made, in the review, and
/// as a `warning:` from `build`; a choice without one is not.
@Suite("Warnings on choices")
struct ChoiceWarningTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: Resultat, en: Results }
                questions:
                  - id: model
                    type: choice
                    label: { sv: Vem äger resultaten?, en: Who owns the results? }
                    default: open
                    options:
                      - value: open
                        label: { sv: Öppna resultat, en: Open results }
                        help: { sv: Det vanliga valet., en: The usual choice. }
                      - value: supplier
                        label: { sv: Leverantören äger, en: The supplier owns }
                        help: { sv: Varning – risk för inlåsning. Läs mer., en: Warning – risk of lock-in. Read more. }
            """.utf8), file: "q.yaml", languages: [.sv, .en])

    @Test func theWarningIsShownRightAfterTheChoiceAndInTheReview() throws {
        let run = try InterviewHarness(questionnaire: Self.questionnaire).run(["2", ""])
        guard case .completed = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        // Right after the answer, in full, before anything else is asked.
        #expect(run.output.contains("> Varning – risk för inlåsning. Läs mer.\n"), "\(run.output)")
        // In the review, its first sentence under the answer.
        #expect(run.output.contains("Leverantören äger\n       Varning – risk för inlåsning.\n"), "\(run.output)")

        let plain = try InterviewHarness(questionnaire: Self.questionnaire).run(["1", ""])
        #expect(!plain.output.contains("Varning"), "\(plain.output)")
    }

    @Test func buildWarnsAtTheAnswer() throws {
        let answers = try AnswersLoader.load(
            Data("model: supplier\n".utf8), file: "a.yaml", questionnaire: Self.questionnaire)
        let warnings = Self.questionnaire.choiceWarningDiagnostics(answers)
        #expect(warnings.map(\.severity) == [.warning])
        #expect(warnings.first?.location == SourceLocation(file: "a.yaml", line: 1, column: 8))
        #expect(
            warnings.first.map { Language.sv.words.text($0.content) }
                == "Vem äger resultaten? (model) = Leverantören äger: Varning – risk för inlåsning. Läs mer.")
        #expect(
            warnings.first?.message
                == "Who owns the results? (model) = The supplier owns: Warning – risk of lock-in. Read more.")
        let open = try AnswersLoader.load(Data("model: open\n".utf8), file: "a.yaml", questionnaire: Self.questionnaire)
        #expect(Self.questionnaire.choiceWarningDiagnostics(open).isEmpty)
        // Answers made in code have no place: the warning names their file, or "answers".
        let made = Self.questionnaire.choiceWarningDiagnostics(Answers(values: ["model": .choice("supplier")]))
        #expect(made.map(\.description).first?.hasPrefix("answers: warning: ") == true, "\(made)")
        let named = Self.questionnaire.choiceWarningDiagnostics(
            Answers(values: ["model": .choice("supplier")], file: "mine.yaml"))
        #expect(named.map(\.description).first?.hasPrefix("mine.yaml: warning: ") == true, "\(named)")
    }
}
