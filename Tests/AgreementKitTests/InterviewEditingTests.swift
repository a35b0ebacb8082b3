import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Nothing typed is lost or misplaced: the list menu, paragraphs in long texts, and resuming at every prompt.
@Suite("Interview: lists, paste and resuming")
struct InterviewEditingTests {
    static let mini = InterviewTests.mini
    static let script = InterviewTests.completeScript

    static func suppliers(_ answers: Answers) -> [[String: AnswerValue]] {
        guard case .list(let records)? = answers["suppliers"] else { return [] }
        return records.map(\.values)
    }

    static func sek(_ units: Int64) -> AnswerValue { .amount(Amount(minorUnits: units * 100, currency: "SEK")) }

    @Test func theListMenuChangesDeletesAddsAndMovesOneRecordAtATime() throws {
        let first = try Self.mini.run(Self.script)
        let number = try #require(InterviewTests.reviewNumber(of: "Leverantörer", in: first.output))
        let run = try Self.mini.run(
            Self.script.dropLast() + [
                "\(number)",
                "1", "", "", "",  // record 1 field by field, every answer kept
                "1.3", "150000",  // only the contribution of record 1
                "-2", "n",  // not deleted after all
                "2>1",  // Beta first
                "+", "Gamma AB", "556016-0680", "5000",  // a third record
                "-1", "j",  // delete Beta
                "9", "1.9",  // no such record or field
                "", "",  // leave the menu, confirm the review
            ])
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(
            Self.suppliers(answers) == [
                [
                    "name": .text("Alfa AB"), "organisation_number": .text("556036-0793"),
                    "contribution": Self.sek(150_000),
                ],
                [
                    "name": .text("Gamma AB"), "organisation_number": .text("556016-0680"),
                    "contribution": Self.sek(5000),
                ],
            ])
        let parts = run.output.components(separatedBy: "Granska svaren")
        try #require(parts.count == 3)
        let menu = parts[1]
        #expect(menu.contains("  1) Leverantör 1 (Alfa AB)\n       1.1 Namn: Alfa AB\n"))
        #expect(menu.contains("Ta bort Leverantör 2 (Beta AB)? [j/N] "))
        #expect(menu.contains("Inget är borttaget."))
        #expect(menu.contains("Leverantör 1 (Beta AB) är nu nummer 1."))
        #expect(menu.contains("Ta bort Leverantör 1 (Beta AB)? [j/N] "))
        #expect(menu.contains("Leverantör 1 (Beta AB) är borttagen."))
        #expect(menu.contains("Det är inget av kommandona"))
        #expect(menu.contains("Post 1 har inget fält 9"))
        // Changing the contribution of record 1 asks that field only; the names are asked only for record 1 (field
        // by field) and the new record.
        #expect(menu.components(separatedBy: "· Namn").count == 3, "\(menu)")
        #expect(menu.components(separatedBy: "· Bidrag").count == 4)
        for save in run.saves { #expect(!save.contains("{}")) }
    }

    @Test func answeringNoToAnotherOneNeverDeletesRecords() throws {
        // Back from the project title to "another supplier?", then "n": both suppliers stay.
        var script = Array(Self.script.prefix(11))
        script += ["<", "n"] + Self.script.dropFirst(11)
        let run = try Self.mini.run(script)
        #expect(run.output.contains("Lägg till en till leverantör? [j/N]"))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(Self.suppliers(answers).count == 2)
        // Going back over record 1's "another one?" and answering no keeps record 2 too.
        let back = try Self.mini.run(Array(Self.script.prefix(11)) + ["<", "<", "<", "<", "<", "n"])
        #expect(back.output.contains("Lägg till en till leverantör? [J/n]"))
        #expect(Self.suppliers(back.outcome.answers).count == 2)
    }

    @Test func theListMenuIsOpenedFromAnotherOne() throws {
        let run = try Self.mini.run(
            Array(Self.script.prefix(6)) + ["!lista", "1.1", "Alfa Nord AB", "", "j"] + Self.script.dropFirst(7))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(Self.suppliers(answers).map { $0["name"] } == [.text("Alfa Nord AB"), .text("Beta AB")])
        #expect(run.output.contains("Enter tar förvalet; !lista ändrar, tar bort eller flyttar en post."))
    }

    @Test func pipedParagraphsEndAtAFullStopLine() throws {
        var script = InterviewTests.featureScript
        let start = try #require(script.firstIndex(of: "Rad ett"))
        script.replaceSubrange(start...(start + 2), with: ["Stycke ett", "", "Stycke två", "", "", "Stycke tre", "."])
        let run = try InterviewTests.features.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["note"] == .text("Stycke ett\n\nStycke två\n\n\nStycke tre"))
        #expect(answers["topics"] == .choices(["ai", "water"]), "the next answer is intact")
        #expect(run.output.contains("avsluta med en rad med bara en punkt (.)"))
        // A piped text cut before its "." is not saved: resuming asks it again.
        let cut = try InterviewTests.features.run(Array(script.prefix(start + 3)))
        #expect(cut.outcome.answers["note"] == nil)
    }

    @Test func backAfterResumingGoesOverTheSavedAnswers() throws {
        let first = try Self.mini.run(Array(Self.script.prefix(5)))
        let saved = try Self.mini.reload(try #require(first.saves.last))
        let second = try Self.mini.run(
            ["<", "<", ""] + Self.script.dropFirst(5), answers: saved.answers, unanswered: saved.unanswered,
            position: saved.position)
        #expect(second.output.contains("Fortsätter med 4 svar"))
        #expect(second.output.contains("[556036-0793] > "))
        #expect(second.output.contains("[Alfa AB] > "))
        #expect(!second.output.contains("Det här är den första frågan"))
        guard case .completed(let answers) = second.outcome else {
            Issue.record("not completed:\n\(second.output)")
            return
        }
        #expect(InterviewTests.values(answers) == (try InterviewTests.expectedComplete()))
    }

    @Test func noEmptyRecordIsSavedAfterYesThenBack() throws {
        let run = try Self.mini.run(["Kommun", "212000-0142", "j", "<"])
        for save in run.saves { #expect(!save.contains("{}")) }
        let saved = try Self.mini.reload(try #require(run.saves.last))
        #expect(saved.position == .another("public_parties"))
        #expect(try #require(run.saves.last).hasSuffix("# interview: public_parties another\n"))
        guard case .list(let records)? = saved.answers["public_parties"] else {
            Issue.record("no public parties")
            return
        }
        #expect(records.count == 1)
    }

    /// Cuts the input of a long interview of the bundled library (two records in every list) after every line,
    /// resumes from the saved file with the rest, and expects the answers of the uninterrupted run every time.
    @Test func cuttingTheInputAfterEveryLineAndResumingGivesTheSameAnswers() throws {
        let library = try LibraryLoader.load(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
        let questionnaire = library.questionnaire
        let respondent = InterviewTests.Respondent(questionnaire)
        respondent.extraRecords = 1
        var whole = Interview(questionnaire: questionnaire, language: .sv, io: respondent) { _, _, _ in }
        guard case .completed(let expected) = try whole.run(), respondent.failure == nil else {
            Issue.record("the uninterrupted run failed: \(respondent.failure ?? "")\n\(respondent.output.suffix(1500))")
            return
        }
        let script = respondent.given
        for list in ["suppliers", "phases"] {
            guard case .list(let records)? = expected[list] else {
                Issue.record("no \(list)")
                continue
            }
            #expect(records.count >= 2, "\(list)")
        }
        #expect(script.contains("."), "the script has long texts")
        // What a run cut after `k` lines has saved is what the whole run had saved when it read line k + 1 (at the
        // end of input nothing more is saved): one run gives every cut's file. A few cuts are also run for real.
        let snapshots = SnapshotIO(script)
        var whole2 = Interview(questionnaire: questionnaire, language: .sv, io: snapshots) {
            snapshots.saved = ($0, $1, $2)
        }
        _ = try whole2.run()
        #expect(snapshots.taken.count == script.count)
        let writer = AnswersWriter(questionnaire: questionnaire, language: .sv)
        var failures: [Int] = []
        for cut in 0..<script.count {
            let saved = snapshots.taken[cut]
            let text = writer.yaml(saved.0, unanswered: saved.1, position: saved.2)
            if cut % 25 == 0 {
                var last: (Answers, Set<AnswerPath>, ListPosition?) = (Answers(), [], nil)
                var first = Interview(
                    questionnaire: questionnaire, language: .sv, io: ScriptedIO(Array(script.prefix(cut)))
                ) { last = ($0, $1, $2) }
                _ = try first.run()
                #expect(writer.yaml(last.0, unanswered: last.1, position: last.2) == text, "cut after line \(cut)")
            }
            if text.contains("{}") { failures.append(cut) }
            let data = Data(text.utf8)
            // A cut inside a long text (before its closing ".") leaves it unsaved: it is asked again, from its first
            // line.
            let io = ScriptedIO(Array(script.dropFirst(script[safe: cut] == "." ? cut - 1 : cut)))
            var second = Interview(
                questionnaire: questionnaire, language: .sv,
                answers: try AnswersLoader.load(data, file: "opi-answers.yaml", questionnaire: questionnaire),
                unanswered: AnswersFile.emptyPaths(in: data), position: AnswersFile.listPosition(in: data), io: io
            ) { _, _, _ in }
            let outcome = try second.run()
            if case .completed(let answers) = outcome, InterviewTests.values(answers) == InterviewTests.values(expected)
            {
                continue
            }
            failures.append(cut)
            if failures.count == 1 {
                Issue.record("cut after line \(cut) (\(script[safe: cut - 1] ?? "-")):\n\(io.output.suffix(3000))")
            }
        }
        #expect(failures.isEmpty, "cuts that went wrong: \(failures) of \(script.count)")
    }
}

/// A script that notes, at each line read, what the interview had saved so far.
final class SnapshotIO: InterviewIO {
    private var lines: ArraySlice<String>
    var saved: (Answers, Set<AnswerPath>, ListPosition?) = (Answers(), [], nil)
    private(set) var taken: [(Answers, Set<AnswerPath>, ListPosition?)] = []
    let isTerminal = false
    let allowsColour = false

    init(_ lines: [String]) { self.lines = lines[...] }

    func readLine() -> String? {
        taken.append(saved)
        return lines.popFirst()
    }

    func write(_ text: String) {}
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
