import Foundation
import Testing

@testable import AgreementKit

/// How questions and their answers are described to a person, for every type and bound, and the error for a
/// translation missing from answers made without a file.
@Suite("Question descriptions at the edges")
struct QuestionDescriptionEdgeTests {
    static func question(_ type: QuestionType, min: Int? = nil, max: Int? = nil, currency: String? = nil) -> Question {
        var q = Question(
            id: "q", type: type, label: Localized([.sv: "Q", .en: "Q"]),
            location: SourceLocation(file: "q.yaml", line: 1, column: 1))
        q.minimum = min
        q.maximum = max
        q.currency = currency
        return q
    }

    @Test func theExpectedFormOfEveryKindWithItsBounds() {
        let en = QuestionDescription(language: .en)
        #expect(en.expectation(Self.question(.party)) == "one of the parties, by name or number")
        #expect(en.expectation(Self.question(.list, max: 3)) == "a list of entries, at most 3 entries")
        #expect(
            en.expectation(Self.question(.amount, min: 5)) == en.expectation(Self.question(.amount)) + ", at least 5")
        #expect(en.expectation(Self.question(.amount, max: 9, currency: "EUR")).hasSuffix(", at most 9 EUR"))
        #expect(en.bounds(Self.question(.multipleChoice, min: 1)) == "at least 1 option")
        #expect(en.bounds(Self.question(.list, min: 1, max: 1)) == "between 1 and 1 entry")
        #expect(en.optionalWord == "optional")
        #expect(QuestionDescription(language: .sv).optionalWord == "frivillig")
        #expect(en.display(.choices([]), Self.question(.multipleChoice)) == "(none chosen)")
    }

    @Test func aMissingMainLanguageTextOfAnswersWithoutAFileNamesTheAnswers() {
        let answers = Answers(values: ["need": .texts(LanguageTexts([LanguageTexts.Entry(.en, "Power")]))])
        let errors = answers.missingTranslationErrors(
            [MissingTranslation(path: AnswerPath("need"), language: .sv)], main: .sv,
            questionnaire: AnswerLanguagesTests.questionnaire)
        #expect(errors.map(\.description).count == 1)
        #expect(errors.first?.description.hasPrefix("answers: error: ") == true, "\(errors)")
        #expect(errors.first?.description.hasSuffix("for example { sv: … }") == true, "\(errors)")
    }
}
