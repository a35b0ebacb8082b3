import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Records at the edges of the interview: a new record begun by leaving its first field unanswered, a record with
/// no text to name it by, a list changed from the review that makes a later question asked, a risky choice whose
/// warning is one sentence, and the bounds of a multiple choice as typed.
@Suite("Interview: records and choices at the edges")
struct InterviewRecordsEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: Avsnitt, en: Section }
                questions:
                  - id: licence
                    type: choice
                    label: { sv: Licens, en: Licence }
                    options:
                      - { value: closed, label: { sv: Stängd, en: Closed } }
                      - value: open
                        label: { sv: Öppen, en: Open }
                        help: { sv: "Varning: alla får använda resultaten", en: "Warning: anyone may use the results" }
                  - id: partners
                    type: list
                    label: { sv: Partner, en: Partners }
                    min: 1
                    fields:
                      - { id: note, type: text, required: false, label: { sv: Anteckning, en: Note } }
                      - { id: org, type: text, label: { sv: Organisation, en: Organisation } }
                  - id: lead
                    type: text
                    ask_when: count(partners) > 1
                    label: { sv: Huvudpart, en: Lead partner }
                  - id: budget
                    type: list
                    label: { sv: Budget, en: Budget }
                    record_label: { sv: År, en: Year }
                    required: false
                    min: 0
                    fields:
                      - { id: year, type: integer, label: { sv: År, en: Year } }
                  - id: topics
                    type: multiple_choice
                    label: { sv: Områden, en: Topics }
                    min: 2
                    options:
                      - { value: ai, label: { sv: AI, en: AI } }
                      - { value: health, label: { sv: Hälsa, en: Health } }
                      - { value: energy, label: { sv: Energi, en: Energy } }
            """.utf8), file: "records.yaml", languages: [.sv, .en])
    static let harness = InterviewHarness(questionnaire: questionnaire, language: .en)

    static func completed(_ run: InterviewHarness.Run) -> Answers? {
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return nil
        }
        return answers
    }

    /// A list none of whose fields is asked (each asked only when another answer is yes, and it is no): no record
    /// is begun and the interview goes on to the next question.
    @Test func aListWithNoFieldAskedIsPassedBy() throws {
        let questionnaire = try QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: s
                    title: { sv: Avsnitt, en: Section }
                    questions:
                      - { id: publish, type: yes_no, label: { sv: Publicera, en: Publish } }
                      - id: contacts
                        type: list
                        label: { sv: Kontakter, en: Contacts }
                        min: 1
                        fields:
                          - { id: name, type: text, ask_when: publish, label: { sv: Namn, en: Contact name } }
                      - { id: title, type: text, label: { sv: Titel, en: Title } }
                """.utf8), file: "q.yaml", languages: [.sv, .en])
        let run = try InterviewHarness(questionnaire: questionnaire, language: .en).run(["n", "Pilot", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["publish"] == .boolean(false))
        #expect(answers["title"] == .text("Pilot"))
        #expect(answers["contacts"] == nil)
        #expect(!run.output.contains("Contact name"), "\(run.output)")
        #expect(run.output.contains("\nQuestion 1 of ~2 · Publish\n"), "\(run.output)")
        #expect(run.output.contains("\nQuestion 2 of ~2 · Title\n"), "\(run.output)")
        #expect(run.output.contains("\n  2. Contacts: (no answer)\n"), "the review still lists it: \(run.output)")
    }

    /// `-` at the optional first field of a new record begins the record with that field left unanswered.
    @Test func leavingTheFirstFieldOfANewRecordUnansweredBeginsTheRecord() throws {
        let run = try Self.harness.run(["1", "-", "Acme", "n", "n", "1,2", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["partners"] == .list([AnswerRecord(values: ["org": .text("Acme")])]))
        #expect(run.unanswered.contains(AnswerPath("partners").index(0).key("note")))
        #expect(run.saves.contains { $0.contains("partners:\n  - note:\n    org: Acme\n") })
    }

    /// A record without a text answer is named by its record label and number alone in the list menu.
    @Test func aRecordWithoutATextIsNamedByItsNumber() throws {
        let run = try Self.harness.run(["1", "", "Acme", "n", "y", "2026", "!list", "", "n", "1,2", ""])
        _ = try #require(Self.completed(run))
        #expect(run.output.contains("\n  1) Year 1\n       1.1 Year: 2026\n"))
    }

    /// A record added from the review can make a later question asked (`count(partners) > 1`): it is asked before
    /// the review comes back.
    @Test func aRecordAddedFromTheReviewAsksTheQuestionItMadeNecessary() throws {
        let run = try Self.harness.run(["1", "", "Acme", "n", "n", "1,2", "2", "+", "", "Beta", "", "Acme", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["lead"] == .text("Acme"))
        #expect(run.output.components(separatedBy: "Lead partner").count == 3, "asked once, then in the review")
        guard case .list(let partners)? = answers["partners"] else {
            Issue.record("no partners")
            return
        }
        #expect(partners.map { $0["org"] } == [.text("Acme"), .text("Beta")])
    }

    /// The input ending at the question a record added from the review made necessary ends the interview there.
    @Test func theInputEndingAtThatQuestionEndsTheInterview() throws {
        let run = try Self.harness.run(["1", "", "Acme", "n", "n", "1,2", "2", "+", "", "Beta", ""])
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("not ended:\n\(run.output)")
            return
        }
        #expect(run.output.hasSuffix("Lead partner\n  one line of text; ? help\n> \n"))
        #expect(answers["lead"] == nil)
    }

    /// Moving a record up takes the unanswered marks of the records it passes one place down; those of the records
    /// after it stay.
    @Test func movingARecordUpMovesTheMarksOfTheRecordsItPasses() throws {
        let run = try Self.harness.run([
            "1", "-", "Acme", "y", "Second", "Beta", "y", "-", "Gamma", "!list", "2>1", "", "n", "Acme", "n", "1,2", "",
        ])
        let answers = try #require(Self.completed(run))
        guard case .list(let partners)? = answers["partners"] else {
            Issue.record("no partners")
            return
        }
        #expect(partners.map { $0["org"] } == [.text("Beta"), .text("Acme"), .text("Gamma")])
        #expect(
            run.unanswered.filter { $0.root == "partners" }
                == Set([
                    AnswerPath("partners").index(1).key("note"), AnswerPath("partners").index(2).key("note"),
                ]))
    }

    /// A warning of one sentence is shown whole under its answer in the review.
    @Test func aOneSentenceWarningIsShownWholeInTheReview() throws {
        let run = try Self.harness.run(["2", "", "Acme", "n", "n", "1,2", ""])
        _ = try #require(Self.completed(run))
        #expect(run.output.contains("1. Licence: Open\n       Warning: anyone may use the results\n"))
    }

    /// The bounds of a multiple choice, as the interview explains them.
    @Test func tooFewOrTooManyOptionsAreExplained() {
        let input = InterviewInput(language: .en)
        var question = Self.questionnaire.question("topics")!
        #expect(input.parse("1", for: question) == .failure(.init(message: "Choose at least 2 options.")))
        question.minimum = nil
        question.maximum = 1
        #expect(input.parse("1,3", for: question) == .failure(.init(message: "Choose at most one option.")))
        #expect(input.parse("3", for: question) == .success(.choices(["energy"])))
    }
}
