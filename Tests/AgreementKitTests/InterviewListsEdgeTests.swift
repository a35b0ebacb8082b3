import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The list menu at its bounds and with fields left unanswered, the input ending inside it, and resuming a list
/// with records still incomplete.
@Suite("Interview: lists at the edges")
struct InterviewListsEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: Avsnitt, en: Section }
                questions:
                  - { id: title, type: text, label: { sv: Titel, en: Title } }
                  - id: partners
                    type: list
                    label: { sv: Partner, en: Partners }
                    required: false
                    min: 0
                    max: 2
                    fields:
                      - { id: org, type: text, label: { sv: Organisation, en: Organisation } }
                      - { id: note, type: text, required: false, label: { sv: Anteckning, en: Note } }
                  - id: members
                    type: list
                    label: { sv: Medlemmar, en: Members }
                    record_label: { sv: Medlem, en: Member }
                    min: 2
                    fields:
                      - { id: name, type: text, label: { sv: Namn, en: Name } }
                      - { id: email, type: email, required: false, label: { sv: E-post, en: E-mail } }
            """.utf8), file: "lists.yaml", languages: [.sv, .en])
    static let harness = InterviewHarness(questionnaire: questionnaire)

    /// Title; partners Acme (note left unanswered) and Beta (the maximum: no "another one?"); members Anna and Bo.
    static let script = [
        "Projekt",
        "j", "Acme", "-", "j", "Beta", "Viktig",
        "Anna", "", "Bo", "", "n",
        "",
    ]

    static func completed(_ run: InterviewHarness.Run) -> Answers? {
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return nil
        }
        return answers
    }

    static func partners(_ answers: Answers) -> [[String: AnswerValue]] {
        guard case .list(let records)? = answers["partners"] else { return [] }
        return records.map(\.values)
    }

    /// The fields of the partners left unanswered on purpose (Enter at an optional member's e-mail marks it too).
    static func partnerMarks(_ run: InterviewHarness.Run) -> Set<AnswerPath> {
        run.unanswered.filter { $0.root == "partners" }
    }

    static func load(_ yaml: String) throws -> Answers {
        try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
    }

    @Test func aListMayStartEmptyAndStopsAtItsMaximum() throws {
        let run = try Self.harness.run(Self.script)
        let answers = try #require(Self.completed(run))
        #expect(Self.partners(answers) == [["org": .text("Acme")], ["org": .text("Beta"), "note": .text("Viktig")]])
        #expect(run.output.contains("Lägg till en post i Partner? [j/N] "))
        #expect(
            run.output.components(separatedBy: "Lägg till en post till i Partner?").count == 2, "none at the maximum")
        #expect(run.output.contains("Medlemmar: en post i taget (minst 2 poster)."))
        #expect(run.output.contains("\nMedlem 2\n"))
        #expect(Self.partnerMarks(run) == [AnswerPath("partners").index(0).key("note")])
    }

    @Test func movingAndDeletingRecordsKeepsTheUnansweredMarksWithTheirRecords() throws {
        let first = try Self.harness.run(Self.script)
        let number = try #require(InterviewTests.reviewNumber(of: "Partner", in: first.output))
        let run = try Self.harness.run(
            Self.script.dropLast() + [
                "\(number)",
                "+",  // full
                "2>1",  // Beta first: Acme's unanswered note moves with it to record 2
            ])
        guard case .inputEnded(let moved) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        #expect(run.output.contains("Partner kan ha högst 2 poster; ta bort en först."))
        #expect(run.output.contains("Partner, post 1 (Beta) är nu nummer 1."))
        #expect(Self.partners(moved).map { $0["org"] } == [.text("Beta"), .text("Acme")])
        #expect(Self.partnerMarks(run) == [AnswerPath("partners").index(1).key("note")])
        let reloaded = try Self.harness.reload(try #require(run.saves.last))
        #expect(reloaded.unanswered.filter { $0.root == "partners" } == [AnswerPath("partners").index(1).key("note")])

        let back = try Self.harness.run(Self.script.dropLast() + ["\(number)", "2>1", "1>2"])
        #expect(back.output.contains("Partner, post 2 (Beta) är nu nummer 2."))
        #expect(Self.partnerMarks(back) == [AnswerPath("partners").index(0).key("note")])

        let deleted = try Self.harness.run(
            Self.script.dropLast() + [
                "\(number)",
                "2>1",  // Beta, Acme (marked)
                "-1", "",  // Enter: not deleted
                "-1", "j",  // Beta gone; Acme's mark moves with it to record 1
                "-1", "ja",  // Acme gone, and its mark with it
                "", "",
            ])
        let answers = try #require(Self.completed(deleted))
        #expect(answers["partners"] == .list([]))
        #expect(deleted.output.contains("Inget är borttaget."))
        #expect(deleted.output.contains("Partner\n  (inga poster)\n"))
        #expect(Self.partnerMarks(deleted).isEmpty)
        let acmeAlone = try deleted.saves.map(Self.harness.reload).last { saved in
            Self.partners(saved.answers).count == 1
        }
        #expect(acmeAlone.map { Self.partners($0.answers) } == [["org": .text("Acme")]])
        #expect(acmeAlone?.unanswered.filter { $0.root == "partners" } == [AnswerPath("partners").index(0).key("note")])
        // The input ending at the question whether to delete deletes nothing.
        let cut = try Self.harness.run(Self.script.dropLast() + ["\(number)", "-1"])
        #expect(cut.outcome == .inputEnded(cut.outcome.answers))
        #expect(Self.partners(cut.outcome.answers).count == 2)
        #expect(try Self.harness.reload(try #require(deleted.saves.last)).answers["partners"] == .list([]))
    }

    @Test func aListAtItsMinimumRefusesADeletion() throws {
        let first = try Self.harness.run(Self.script)
        let number = try #require(InterviewTests.reviewNumber(of: "Medlemmar", in: first.output))
        let run = try Self.harness.run(Self.script.dropLast() + ["\(number)", "-1", "", ""])
        let answers = try #require(Self.completed(run))
        #expect(run.output.contains("Medlemmar måste ha minst 2 poster; lägg till en innan du tar bort en."))
        guard case .list(let members)? = answers["members"] else {
            Issue.record("no members")
            return
        }
        #expect(members.count == 2)
    }

    @Test(arguments: [
        ["+"], ["+", "Gamma"], ["-1"], ["1"], ["1", "Ny"], ["1.1"], ["1.2"],
    ])
    func theInputEndingInsideTheListMenuKeepsEveryAnswerGiven(_ typed: [String]) throws {
        let first = try Self.harness.run(Self.script)
        let number = try #require(InterviewTests.reviewNumber(of: "Medlemmar", in: first.output))
        let completeAnswers = try #require(Self.completed(first))
        let run = try Self.harness.run(Self.script.dropLast() + ["\(number)"] + typed)
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        #expect(answers["title"] == completeAnswers["title"])
        #expect(answers["partners"] == completeAnswers["partners"])
        guard case .list(let members)? = answers["members"] else {
            Issue.record("no members")
            return
        }
        #expect(members.count >= 2)
        #expect(members.prefix(2).map { $0["name"] } == [.text(typed == ["1", "Ny"] ? "Ny" : "Anna"), .text("Bo")])
        // The last save is what was given: reading it back gives the same answers.
        let saved = try Self.harness.reload(try #require(run.saves.last)).answers
        #expect(AnswersWriterTests.values(saved) == AnswersWriterTests.values(answers))
    }

    @Test func theInputEndingAtTheReviewOrWhileChangingAnAnswerKeepsTheAnswers() throws {
        for tail in [["1"], ["1", "<"]] {
            let run = try Self.harness.run(Self.script.dropLast() + tail)
            guard case .inputEnded(let answers) = run.outcome else {
                Issue.record("the interview went on:\n\(run.output)")
                continue
            }
            #expect(answers["title"] == .text("Projekt"))
            #expect(Self.partners(answers).count == 2)
        }
    }

    @Test func resumingAsksTheMissingFieldsOfEveryRecordAndTheRecordsBelowTheMinimum() throws {
        // Two members lack their names; the title was marked unanswered but is required: it is asked all the same.
        // The complete record between them is passed over.
        let given = try Self.load(
            """
            title:
            partners: []
            members:
              - email: anna@example.se
              - name: Cecilia
                email: cecilia@example.se
              - email: bo@example.se
            """)
        let run = try Self.harness.run(
            ["Projekt", "Anna", "Bo", "n", ""], answers: given, unanswered: [AnswerPath("title")])
        let answers = try #require(Self.completed(run))
        #expect(answers["title"] == .text("Projekt"))
        guard case .list(let records)? = answers["members"] else {
            Issue.record("no members")
            return
        }
        #expect(
            records.map(\.values) == [
                ["name": .text("Anna"), "email": .text("anna@example.se")],
                ["name": .text("Cecilia"), "email": .text("cecilia@example.se")],
                ["name": .text("Bo"), "email": .text("bo@example.se")],
            ])
        #expect(!run.output.contains("Lägg till en post i Partner?"), "an empty list given is not asked again")

        // One member where two are needed: resuming asks for the second.
        let one = try Self.load(
            """
            title: Projekt
            members:
              - name: Anna
                email: anna@example.se
            """)
        let more = try Self.harness.run(["Bo", "", "n", ""], answers: one, unanswered: [AnswerPath("partners")])
        let done = try #require(Self.completed(more))
        #expect(done["partners"] == nil, "a list left unanswered on purpose is not asked")
        guard case .list(let members)? = done["members"] else {
            Issue.record("no members")
            return
        }
        #expect(members.map { $0["name"] } == [.text("Anna"), .text("Bo")])
        #expect(more.output.contains("\nMedlem 2\n"))
    }

    @Test func theInputEndingInTheListMenuOpenedAtAnotherOneKeepsTheRecords() throws {
        // At "another member?" (after Bo), !lista opens the menu; the input ends there.
        let run = try Self.harness.run(Array(Self.script.prefix(11)) + ["!lista"])
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        guard case .list(let members)? = answers["members"] else {
            Issue.record("no members")
            return
        }
        #expect(members.map { $0["name"] } == [.text("Anna"), .text("Bo")])
        #expect(run.output.contains("Medlemmar\n  1) Medlem 1 (Anna)\n"))
    }
}
