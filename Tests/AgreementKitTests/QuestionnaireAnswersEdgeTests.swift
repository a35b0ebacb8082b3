import Foundation
import Testing

@testable import AgreementKit

/// The questionnaire's helpers on answers made in code (no file, no locations) and on texts without a language:
/// where problems are located, the order of a check's concerns, and the fallbacks of labels and texts.
@Suite("Questionnaire helpers on answers made in code")
struct QuestionnaireAnswersEdgeTests {
    static let here = AgreementKit.SourceLocation(file: "a.yaml", line: 1, column: 1)

    /// A record missing fields is located at the record when its place is known, else at the fallback; a list with
    /// too few records made in code is located at the fallback; unplaced diagnostics sort as at the start.
    @Test func completenessProblemsOfAnswersMadeInCode() throws {
        let questionnaire = try MiniLibrary.load().questionnaire
        let answers = Answers(values: [
            "public_parties": .list([]),
            "suppliers": .list([AnswerRecord(values: ["name": .text("Alfa AB")])]),
        ])
        let recordPlace = AgreementKit.SourceLocation(file: "a.yaml", line: 7, column: 5)
        let gaps = answers.missingItems(in: questionnaire).filter { $0.path.root != "project_title" }
        let unplaced = AnswerMapping.completenessProblems(
            answers, recordLocations: [:], questionnaire: questionnaire, fallback: Self.here, gaps: gaps)
        let placed = AnswerMapping.completenessProblems(
            answers, recordLocations: [AnswerPath("suppliers"): [recordPlace]], questionnaire: questionnaire,
            fallback: Self.here, gaps: gaps)
        func at(_ diagnostics: [Diagnostic], _ root: String) -> [AgreementKit.SourceLocation?] {
            zip(gaps, diagnostics).filter { $0.0.path.root == root }.map(\.1.location)
        }
        #expect(unplaced.count == gaps.count && placed.count == gaps.count)
        #expect(at(unplaced, "public_parties") == [Self.here])
        #expect(!at(unplaced, "suppliers").isEmpty && at(unplaced, "suppliers").allSatisfy { $0 == Self.here })
        #expect(at(placed, "suppliers").allSatisfy { $0 == recordPlace })
        #expect(unplaced.first { $0.message.contains("Public parties") } != nil, "\(unplaced.map(\.message))")

        let late = Diagnostic(
            .error, worded: "late", at: AgreementKit.SourceLocation(file: "a.yaml", line: 3, column: 1))
        let early = Diagnostic(.error, worded: "early", at: Self.here)
        let nowhere = Diagnostic(.error, worded: "nowhere")
        #expect(
            AnswerMapping.sorted([late, nowhere, early], start: Self.here).map(\.message) == [
                "nowhere", "early", "late",
            ])
    }

    /// A check's concerns, the latest in the questionnaire first, in the order written among equals.
    @Test func theLaterConcernsOfACheckComeFirst() throws {
        let questionnaire = QuestionnaireEdgeTests.questionnaire
        let same = try #require(questionnaire.checks.first { $0.id == "same" })
        #expect(questionnaire.laterConcerns(of: same) == [AnswerPath("second"), AnswerPath("first")])
        let late = try #require(questionnaire.checks.first { $0.id == "late" })
        #expect(questionnaire.laterConcerns(of: late) == [AnswerPath("second"), AnswerPath("first")])
        // Two answers of one question keep their order; an answer the questionnaire lacks comes last.
        var mixed = same
        mixed.concerns = [AnswerPath("nothing"), AnswerPath("first").key("a"), AnswerPath("first").key("b")]
        #expect(
            questionnaire.laterConcerns(of: mixed) == [
                AnswerPath("first").key("a"), AnswerPath("first").key("b"), AnswerPath("nothing"),
            ])
    }

    /// A party field made in code naming no party is an error at "answers"; a record without the field is skipped.
    @Test func aPartyFieldMadeInCodeNamingNoPartyIsUnplaced() {
        let answers = Answers(values: [
            "public_parties": .list([AnswerRecord(values: ["name": .text("Kommunen")])]),
            "tasks": .list([
                AnswerRecord(values: ["title": .text("A")]),
                AnswerRecord(values: ["title": .text("B"), "lead": .text("Regionen")]),
            ]),
        ])
        let found = QuestionnaireEdgeTests.questionnaire.partyDiagnostics(answers).map(\.description)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("answers: error: ") == true, "\(found)")
        #expect(found.first?.contains("Regionen") == true, "\(found)")
    }

    /// Texts without any language: an option is its value, a translated answer is empty, and no help is a warning.
    @Test func textsWithoutALanguage() {
        let bare = ChoiceOption(value: "x", label: Localized([:]))
        #expect(QuestionDescription(language: .en).label(bare) == "x")
        #expect(LanguageTexts([]).text(main: nil) == "")
        #expect(LanguageTexts([LanguageTexts.Entry(.en, "Hi")]).text(main: .sv) == "Hi")
        #expect(!ChoiceWarning.isWarning(nil))
        #expect(QuestionDescription(language: .en).display(.choices([]), ValueFilterTests.countries) == "(none chosen)")
    }

    /// A key that is not text (a list as a key) is skipped when reading which answers are left empty.
    @Test func aKeyThatIsNotTextIsSkippedForEmptyAnswers() {
        let paths = AnswersFile.emptyPaths(in: Data("? [a]\n: 1\nb:\n".utf8))
        #expect(paths == [AnswerPath("b")])
    }

    /// A field of every record of a list (`suppliers.organisation_number`) is the values of the records that have
    /// one; a record without the field (optional, no default) adds none.
    @Test func aFieldOfEveryRecordSkipsRecordsWithoutIt() throws {
        let suppliers = AnswerValue.list([
            AnswerRecord(values: ["name": .text("A"), "organisation_number": .text("556036-0793")]),
            AnswerRecord(values: ["name": .text("B")]),
        ])
        let evaluator = ConditionEvaluator(
            answers: Answers(values: ["suppliers": suppliers]), questionnaire: ConditionFixtures.questionnaire)
        let path = try #require(AnswerPath(dotted: "suppliers.organisation_number"))
        #expect(evaluator.resolve(path) == .choices(["556036-0793"]))
    }
}
