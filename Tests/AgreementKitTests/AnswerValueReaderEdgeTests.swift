import Foundation
import Testing

@testable import AgreementKit

/// One written value read against its question at the edges: a Swedish organisation number of the wrong shape, a
/// pattern that is not a regular expression, one option of a multiple choice, and the interview's position comments
/// that are not positions.
@Suite("Answer values at the edges of the reader")
struct AnswerValueReaderEdgeTests {
    static func question(_ type: QuestionType, options: [String] = []) -> Question {
        Question(
            id: "q", type: type, label: Localized([.en: "Q"]),
            options: options.map { ChoiceOption(value: $0, label: Localized([.en: $0])) },
            location: SourceLocation(file: "code", line: 1, column: 1))
    }

    @Test func aSwedishOrganisationNumberOfTheWrongShapeIsExplained() {
        let result = AnswerValueReader.parse("12345", for: Self.question(.organisationNumberSE))
        #expect(result == .failure(.organisationNumberFormat(text: "12345")))
        #expect(
            AnswerProblem.organisationNumberFormat(text: "12345").message(in: .en)
                == "'12345' is not a Swedish organisation number; write NNNNNN-NNNN")
    }

    /// A pattern that is not a regular expression (only a question built in code can have one: the questionnaire
    /// reader refuses it) matches no text.
    @Test func aPatternThatIsNotARegularExpressionMatchesNothing() {
        #expect(!AnswerValueReader.matchesWhole("(", pattern: "("))
        #expect(AnswerValueReader.matchesWhole("AB-12", pattern: "[A-Z]+-[0-9]+"))
    }

    /// One value of a multiple choice is read as the choice of that option alone, as in an answers file.
    @Test func oneOptionOfAMultipleChoice() {
        let question = Self.question(.multipleChoice, options: ["ai", "health"])
        #expect(AnswerValueReader.parse("ai", for: question) == .success(.choices(["ai"])))
        #expect(AnswerValueReader.parse("energy", for: question) == .failure(.notAnOption("energy", question)))
    }

    /// Thousands groups of three digits, also before a fraction; a number too large for the amounts is none.
    @Test func amountsWithGroupsAndBeyondTheLargest() {
        func minorUnits(_ text: String) -> Int64? { (try? AmountText.parse(text).get())?.minorUnits }
        #expect(minorUnits("250 000,50 SEK") == 25_000_050)
        #expect(minorUnits("250 00,50 SEK") == nil)
        #expect(minorUnits("99999999999999999999 SEK") == nil)
    }

    /// A record's name in a message is on one line and at most 40 characters.
    @Test func aLongRecordNameIsCutInMessages() {
        #expect(AnswerName.short("Kommunala\nbolaget") == "Kommunala bolaget")
        let long = String(repeating: "x", count: 45)
        #expect(AnswerName.short(long) == String(repeating: "x", count: 39) + "…")
    }

    /// A comment that starts like the interview's position in a list but says something else is no position.
    @Test func commentsThatAreNotAPosition() {
        #expect(ListPosition(comment: "# interview: partners another") == .another("partners"))
        #expect(ListPosition(comment: "# interview: partners new-record") == .newRecord("partners"))
        #expect(ListPosition(comment: "# interview: partners") == nil)
        #expect(ListPosition(comment: "# interview: partners another one") == nil)
        #expect(ListPosition(comment: "# interview: partners sideways") == nil)
    }
}

/// Answers read for a final agreement below a minimum of two, and a key that is not text.
@Suite("Answers files: minimums above one and keys that are not text")
struct AnswersCompletenessEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: Avsnitt, en: Section }
                questions:
                  - id: topics
                    type: multiple_choice
                    label: { sv: Områden, en: Topics }
                    min: 2
                    options:
                      - { value: ai, label: { sv: AI, en: AI } }
                      - { value: health, label: { sv: Hälsa, en: Health } }
                  - id: partners
                    type: list
                    label: { sv: Partner, en: Partners }
                    min: 2
                    fields:
                      - { id: org, type: text, label: { sv: Organisation, en: Organisation } }
            """.utf8), file: "q.yaml", languages: [.sv, .en])

    static func problems(_ yaml: String, final: Bool) -> [String] {
        do {
            _ = try AnswersLoader.load(
                Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire, requireComplete: final)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func aFinalAgreementNeedsTheMinimumOfRecordsAndOptionsAtTheAnswer() {
        let answers = "topics: [ai]\npartners:\n  - org: Acme\n"
        #expect(Self.problems(answers, final: false) == [])
        #expect(
            Self.problems(answers, final: true) == [
                "a.yaml:1:9: error: Topics (topics) needs at least 2 chosen options",
                "a.yaml:3:3: error: Partners (partners) needs at least 2 records",
            ])
    }

    @Test func aKeyThatIsNotTextIsAnErrorAtTheKey() {
        #expect(
            Self.problems("topics: [ai, health]\n[a]: 1\n", final: false) == [
                "a.yaml:2:1: error: expected a question id, found a list"
            ])
    }
}
