import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The questionnaire's checks during the interview when an answer not kept is given again or removed, and the
/// review when answers are still missing or only a default stands.
@Suite("Interview: checks and the review at the edges")
struct InterviewChecksEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: Avsnitt, en: Section }
                questions:
                  - { id: note, type: text, required: false, label: { sv: Notering, en: Note } }
                  - id: team
                    type: list
                    label: { sv: Team, en: Team }
                    min: 1
                    fields:
                      - { id: name, type: text, label: { sv: Namn, en: Name } }
                      - { id: role, type: text, label: { sv: Roll, en: Role } }
            checks:
              - id: no_note
                when: not answered(note)
                level: warning
                sv: Utan notering blir avtalet otydligt.
                en: Without a note the agreement is unclear.
              - id: boss
                when: any(team, m, m.role == "Chef")
                level: warning
                sv: En chef i teamet måste godkännas.
                en: A boss in the team must be approved.
            """.utf8), file: "checks.yaml", languages: [.sv, .en])
    static let harness = InterviewHarness(questionnaire: questionnaire)

    static func completed(_ run: InterviewHarness.Run) -> Answers? {
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return nil
        }
        return answers
    }

    @Test func enterAfterAWarningWasNotKeptShowsTheWarningAgain() throws {
        // "Chef" fires the warning; not kept, the prompt offers it in brackets; Enter gives it again, and the warning
        // is shown again; not kept either, "Ledare" is given instead.
        let run = try Self.harness.run(["Viktigt", "Anna", "Chef", "n", "", "n", "Ledare", "n", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["team"] == .list([AnswerRecord(values: ["name": .text("Anna"), "role": .text("Ledare")])]))
        let record = try #require(run.output.range(of: "Fråga 3 av ~3 · Roll"))
        let after = run.output[record.upperBound...]
        #expect(
            after.hasPrefix(
                "\n  text på en rad; ? hjälp\n> ! En chef i teamet måste godkännas.\nBehålla svaret ändå? [j/N] [Chef] > "
                    + "! En chef i teamet måste godkännas.\nBehålla svaret ändå? [j/N] [Chef] > \n"))
        let review = try #require(run.output.components(separatedBy: "Granska svaren").last)
        #expect(review.contains("       1) Namn: Anna; Roll: Ledare\n"))
        #expect(!review.contains("! En chef"), "the warning no longer applies")
    }

    @Test func removingAnAnswerThatAWarningCheckNeedsAsksWhetherToKeepIt() throws {
        // At the review the note is removed with -: the warning fires; "n" asks again, where Enter leaves it
        // unanswered after all: asked again, and then "j" keeps that.
        let run = try Self.harness.run(["Viktigt", "Anna", "Ledare", "n", "1", "-", "n", "", "n", "", "j", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["note"] == nil)
        #expect(run.unanswered.contains(AnswerPath("note")))
        let change = try #require(run.output.components(separatedBy: "Granska svaren").dropFirst().first)
        #expect(change.components(separatedBy: "! Utan notering blir avtalet otydligt.").count == 4, "\(change)")
        #expect(change.contains("Behålla svaret ändå? [j/N] "))
        #expect(change.contains("  text på en rad; - tar bort svaret; ? hjälp\n[Viktigt] > "))
        #expect(change.contains("[Viktigt] > ! Utan notering"))
        // Asked again without the removed answer in brackets.
        #expect(change.contains("Behålla svaret ändå? [j/N] > ! Utan notering"))
        let review = try #require(run.output.components(separatedBy: "Granska svaren").last)
        #expect(review.contains("  1. Notering: (inget svar)\n"))
        #expect(review.contains("! Utan notering blir avtalet otydligt."))
    }

    @Test func theInputEndingAtAChecksQuestionKeepsTheAnswerGiven() throws {
        // Ending at "keep the answer?", after Enter gave the answer not kept before: it stays saved, as every answer.
        let run = try Self.harness.run(["Viktigt", "Anna", "Chef", "n", ""])
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        #expect(answers["team"] == .list([AnswerRecord(values: ["name": .text("Anna"), "role": .text("Chef")])]))
        let saved = try Self.harness.reload(try #require(run.saves.last)).answers
        #expect(AnswersWriterTests.values(saved) == AnswersWriterTests.values(answers))
        let removed = try Self.harness.run(["Viktigt", "Anna", "Ledare", "n", "1", "-"])
        guard case .inputEnded(let left) = removed.outcome else {
            Issue.record("the interview went on:\n\(removed.output)")
            return
        }
        #expect(left["note"] == nil)
        let cleared = try Self.harness.run(["Viktigt", "Anna", "Ledare", "n", "1", "-", "n", ""])
        #expect(cleared.outcome == .inputEnded(cleared.outcome.answers))
    }

    @Test func aQuestionThatBecameNecessaryBeforeTheLastOneIsAskedAtTheReview() throws {
        // `reason` is asked only when the later `kind` is "other": after kind, the review finds it missing.
        let harness = InterviewReviewChangeTests.backwards
        let run = try harness.run(["2", "", "Ny metod", ""])
        let answers = try #require(Self.completed(run))
        #expect(answers["reason"] == .text("Ny metod"))
        #expect(run.output.contains("Några svar som behövs saknas fortfarande; de frågas nu."))
        // The input ending there, or while asking what a changed answer made necessary, keeps the answers.
        let ended = try harness.run(["2", ""])
        #expect(ended.outcome == .inputEnded(ended.outcome.answers))
        #expect(ended.outcome.answers["kind"] == .choice("other"))
        let changed = try harness.run(["1", "1", "2"])
        #expect(changed.outcome == .inputEnded(changed.outcome.answers))
        #expect(changed.outcome.answers["kind"] == .choice("other"))
    }
}
