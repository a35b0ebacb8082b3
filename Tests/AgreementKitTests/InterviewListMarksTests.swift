import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A field left unanswered on purpose is marked in the answers file (`AnswersFile.emptyPaths`) by its record's
/// number; moving and deleting records in the list menu keeps each mark with its record, and a deleted record's
/// marks go with it.
@Suite("Interview: unanswered marks follow their records")
struct InterviewListMarksTests {
    /// The fixture's questionnaire with the suppliers' contribution optional, and its complete answers with Beta
    /// AB's contribution left unanswered on purpose (record 2, `suppliers[1].contribution`).
    static func setUp() throws -> (InterviewHarness, Answers, AnswerPath) {
        let library = try MiniLibrary.load()
        var questionnaire = library.questionnaire
        let suppliers = try #require(questionnaire.sections[0].questions.firstIndex { $0.id == "suppliers" })
        let contribution = try #require(
            questionnaire.sections[0].questions[suppliers].fields.firstIndex { $0.id == "contribution" })
        questionnaire.sections[0].questions[suppliers].fields[contribution].required = false
        var answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        guard case .list(var records)? = answers["suppliers"] else { throw Missing() }
        records[1].values["contribution"] = nil
        answers.values["suppliers"] = .list(records)
        return (
            InterviewHarness(questionnaire: questionnaire), answers,
            AnswerPath("suppliers").index(1).key("contribution")
        )
    }

    struct Missing: Error {}

    static func names(_ answers: Answers) -> [AnswerValue?] {
        guard case .list(let records)? = answers["suppliers"] else { return [] }
        return records.map { $0["name"] }
    }

    @Test func movingAndDeletingRecordsKeepsTheMarksWithTheirRecords() throws {
        let (harness, answers, mark) = try Self.setUp()
        // Resuming a complete file shows the review; its number of the suppliers opens their list menu.
        let probe = try harness.run([], answers: answers, unanswered: [mark])
        let number = try #require(InterviewTests.reviewNumber(of: "Leverantörer", in: probe.output), "\(probe.output)")
        let run = try harness.run(
            [
                "\(number)",
                "2>1",  // Beta AB first: its mark is now record 1's
                "-2", "kanske", "j",  // delete Alfa AB after an answer that is neither yes nor no
                "-1",  // the last supplier cannot be deleted (at least one)
                "", "",  // leave the menu, confirm the review
            ], answers: answers, unanswered: [mark])
        guard case .completed(let done) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(Self.names(done) == [.text("Beta AB")])
        #expect(run.unanswered == [AnswerPath("suppliers").index(0).key("contribution")], "\(run.unanswered)")
        let saved = try harness.reload(try #require(run.saves.last))
        #expect(saved.unanswered == run.unanswered)
        #expect(run.output.contains("Leverantör 1 (Beta AB) är nu nummer 1."))
        #expect(run.output.contains("Ta bort Leverantör 2 (Alfa AB)? [j/N] "))
        #expect(run.output.contains("Leverantör 2 (Alfa AB) är borttagen."))
        #expect(run.output.contains("Ogiltigt svar: skriv ja eller nej (j eller n)."))
        #expect(run.output.contains("Leverantörer måste ha minst en post; lägg till en innan du tar bort en."))

        // Deleting the marked record takes its mark away; the record after it moves up.
        let deleted = try harness.run(["\(number)", "-2", "j", "", ""], answers: answers, unanswered: [mark])
        #expect(Self.names(deleted.outcome.answers) == [.text("Alfa AB")])
        #expect(deleted.unanswered.isEmpty, "\(deleted.unanswered)")
    }
}
