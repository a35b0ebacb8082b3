import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The prompt of one question at its edges: a multiple choice's earlier answer, long texts, commands typed at the
/// prompt, a list field left unanswered, a check asking for confirmation, and a questionnaire without the
/// interview's language.
@Suite("Interview: asking at the edges")
struct InterviewAskingEdgeTests {
    static let yaml = """
        sections:
          - id: general
            title: { sv: Allmänt, en: General }
            questions:
              - id: topics
                type: multiple_choice
                label: { sv: Områden, en: Topics }
                min: 1
                max: 2
                options:
                  - { value: ai, label: { sv: AI, en: AI } }
                  - { value: health, label: { sv: Hälsa, en: Health }, help: { sv: Vård och omsorg., en: Care. } }
                  - { value: energy, label: { sv: Energi, en: Energy } }
              - id: summary
                type: long_text
                label: { sv: Sammanfattning, en: Summary }
              - id: note
                type: text
                required: false
                default: Inget
                label: { sv: Notering, en: Note }
              - id: team
                type: list
                label: { sv: Team, en: Team }
                help: { sv: Alla som arbetar i projektet., en: Everyone working in the project. }
                min: 1
                max: 2
                fields:
                  - { id: name, type: text, label: { sv: Namn, en: Name } }
                  - { id: role, type: text, required: false, label: { sv: Roll, en: Role } }
              - id: budget
                type: integer
                label: { sv: Budget, en: Budget }
        checks:
          - id: big
            when: budget > 100
            level: warning
            sv: Budgeten är stor.
            en: The budget is large.
        """

    static let questionnaire = try! QuestionnaireLoader.load(Data(yaml.utf8), file: "edge.yaml", languages: [.sv, .en])
    static let harness = InterviewHarness(questionnaire: questionnaire)

    static func completed(_ run: InterviewHarness.Run) -> Answers? {
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return nil
        }
        return answers
    }

    /// Topics 1 and 3, a two-line summary, the note's default, one team member without a role, budget 50.
    static let script = [
        "1,3",
        "Rad ett", "Rad två", ".",
        "",
        "Anna", "-", "n",
        "50",
        "",
    ]

    @Test func aWholeRunWithAnOptionalFieldLeftUnansweredLosesNothing() throws {
        let run = try Self.harness.run(Self.script)
        let answers = try #require(Self.completed(run))
        #expect(answers["topics"] == .choices(["ai", "energy"]))
        #expect(answers["summary"] == .text("Rad ett\nRad två"))
        #expect(answers["note"] == .text("Inget"))
        #expect(answers["team"] == .list([AnswerRecord(values: ["name": .text("Anna")])]))
        #expect(answers["budget"] == .integer(50))
        // The role was left unanswered on purpose: the answers file says so, and resuming does not ask it again.
        #expect(run.unanswered == [AnswerPath("team").index(0).key("role")])
        let saved = try #require(run.saves.last)
        #expect(saved.contains("role:"), "\(saved)")
        let reloaded = try Self.harness.reload(saved)
        #expect(reloaded.unanswered.contains(AnswerPath("team").index(0).key("role")))
        // The hints: bounds of a multiple choice, the piped end of a long text, Enter keeping a default.
        #expect(
            run.output.contains(
                "nummer 1–3 eller alternativens text, åtskilda med kommatecken; - för inget; mellan 1 och 2 alternativ")
        )
        #expect(run.output.contains("avsluta med en rad med bara en punkt (.)"))
        #expect(run.output.contains("[Inget] > "))
        #expect(run.output.contains("Team: en post i taget (mellan 1 och 2 poster)."))
    }

    @Test func goingBackShowsTheEarlierAnswersInBrackets() throws {
        // Back from the note to the summary and to the topics: each shows what was given.
        let long = String(repeating: "x", count: 45)
        let run = try Self.harness.run(
            ["1,3", long, "Andra raden", ".", "<", "<", "", "", ""] + Self.script.dropFirst(4))
        let answers = try #require(Self.completed(run))
        #expect(run.output.contains("[1,3] > "), "the options chosen by number")
        #expect(run.output.contains("[\(String(repeating: "x", count: 40))…] > "), "a long first line cut at 40")
        #expect(answers["summary"] == .text(long + "\nAndra raden"), "Enter keeps the long text")
        #expect(answers["topics"] == .choices(["ai", "energy"]))
    }

    @Test func aShortSingleLineTextIsShownWholeAndAMultiLineOneWithAnEllipsis() throws {
        let run = try Self.harness.run(["2", "Kort", ".", "<", ""] + Self.script.dropFirst(4))
        #expect(run.output.contains("[Kort] > "))
        #expect(Self.completed(run)?["summary"] == .text("Kort"))
        let lines = try Self.harness.run(["2", "Ett", "Två", ".", "<", ""] + Self.script.dropFirst(4))
        #expect(lines.output.contains("[Ett…] > "))
    }

    @Test func aLongTextEndingAtOnceOrOnlyBlankIsRequired() throws {
        // "." at once, a blank line, and "." again: each is no answer.
        let run = try Self.harness.run(["1", ".", "   ", ".", "Text", "."] + Self.script.dropFirst(4))
        #expect(run.output.components(separatedBy: "Frågan måste besvaras.").count == 4, "\(run.output)")
        #expect(Self.completed(run)?["summary"] == .text("Text"))
    }

    @Test func aPasteInsideALongTextKeepsItsBlankLinesAndTheDotInsideIt() throws {
        let run = try Self.harness.run(
            [
                "1", "Början", BracketedPaste.start + "Inklistrat", "", ".", "slut" + BracketedPaste.end + "   ", "",
                "Sista", ".",
            ] + Self.script.dropFirst(4))
        #expect(Self.completed(run)?["summary"] == .text("Början\nInklistrat\n\n.\nslut\n\nSista"))
    }

    @Test func pipedInputEndingInsideALongTextSavesNothingOfIt() throws {
        let run = try Self.harness.run(["1", "Halv text", "utan slut"])
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        #expect(answers["summary"] == nil)
        #expect(answers["topics"] == .choices(["ai"]))
        #expect(run.saves.allSatisfy { !$0.contains("Halv text") })
    }

    @Test func commandsAtThePromptAndTheirEscape() throws {
        let run = try Self.harness.run(
            ["?", "!okänt", "1", "\\!viktigt", "."] + Self.script.dropFirst(4))
        // The help lists the options with their help texts, the form and the commands.
        #expect(run.output.contains("Det finns ingen hjälptext till den här frågan."))
        #expect(run.output.contains("  2) Hälsa\n     Vård och omsorg.\n"))
        #expect(
            run.output.contains("Svaret är inget, ett eller flera av alternativen, mellan 1 och 2 alternativ."),
            "\(run.output)")
        #expect(run.output.contains("Okänt kommando ”!okänt”; kommandona är ?, < och !granska"))
        #expect(Self.completed(run)?["summary"] == .text("!viktigt"), "a leading \\ makes ! an answer")
    }

    @Test func helpAtAListFieldTellsAboutTheListAndTheDefault() throws {
        let run = try Self.harness.run(
            Array(Self.script.prefix(4)) + ["?", "", "?", "Anna"] + Self.script.dropFirst(6))
        #expect(run.output.contains("Om Team: Alla som arbetar i projektet."))
        #expect(run.output.contains("Förval: Inget"))
        #expect(Self.completed(run) != nil)
    }

    @Test func theAnotherPromptTakesHelpTheReviewCommandAndRefusesOtherWords() throws {
        var script = Self.script
        script.replaceSubrange(7...7, with: ["?", "!granska", "kanske", "n"])
        let run = try Self.harness.run(script)
        let answers = try #require(Self.completed(run))
        #expect(answers["budget"] == .integer(50))
        let tail = run.output.components(separatedBy: "Lägg till en post till i Team?").dropFirst().joined()
        // The list's own help, without the "About Team:" a field's help puts before it.
        #expect(tail.contains(" [j/N] Alla som arbetar i projektet.\nEnter tar svaret inom [ ]"))
        #expect(tail.contains("Svaren hittills:\n== Allmänt ==\n  - Områden: AI och Energi\n"))
        #expect(tail.contains("Ogiltigt svar: skriv ja eller nej (j eller n)."))
    }

    @Test func aWarningCheckAsksWhetherToKeepTheAnswer() throws {
        var script = Self.script
        // 500 fires the check: an unclear reply is asked again, Enter (no) asks the budget again; then 200 kept.
        script.replaceSubrange(8...8, with: ["500", "tja", "", "200", "j"])
        let run = try Self.harness.run(script)
        let answers = try #require(Self.completed(run))
        #expect(answers["budget"] == .integer(200))
        #expect(run.output.components(separatedBy: "! Budgeten är stor.").count == 4, "twice asked, once reviewed")
        #expect(run.output.contains("Behålla svaret ändå? [j/N] "))
        #expect(run.output.contains("Ogiltigt svar: skriv ja eller nej (j eller n)."))
    }

    @Test func inputEndingAtTheWarningKeepsTheAnswerSaved() throws {
        var script = Array(Self.script.prefix(8))
        script.append("500")
        let run = try Self.harness.run(script)
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        // The answer was saved before the question; resuming will show the warning at the review.
        #expect(answers["budget"] == .integer(500))
        #expect(try Self.harness.reload(try #require(run.saves.last)).answers["budget"] == .integer(500))
    }

    @Test func theTeamListStopsAtItsMaximumWithoutAsking() throws {
        var script = Self.script
        script.replaceSubrange(6...7, with: ["", "j", "Bo", "Utvecklare"])
        let run = try Self.harness.run(script)
        let answers = try #require(Self.completed(run))
        #expect(
            answers["team"]
                == .list([
                    AnswerRecord(values: ["name": .text("Anna")]),
                    AnswerRecord(values: ["name": .text("Bo"), "role": .text("Utvecklare")]),
                ]))
        #expect(run.output.components(separatedBy: "Lägg till en post till i Team?").count == 2)
    }

    @Test func aMultipleChoiceWithinItsBoundsAndAnOptionalAnswerRemoved() throws {
        var script = Self.script
        script.replaceSubrange(4...4, with: ["-"])
        script.replaceSubrange(0...0, with: ["-", "1,2,3", "1,1", "1,3"])
        let run = try Self.harness.run(script)
        let answers = try #require(Self.completed(run))
        #expect(run.output.contains("Ogiltigt svar: Välj minst ett alternativ."))
        #expect(run.output.contains("Ogiltigt svar: Välj högst 2 alternativ."))
        #expect(run.output.contains("Ogiltigt svar: ”AI” är valt mer än en gång."))
        #expect(answers["topics"] == .choices(["ai", "energy"]))
        // The note removed: its default stands, and the review says so.
        #expect(answers["note"] == nil)
        #expect(run.unanswered.contains(AnswerPath("note")))
        #expect(run.output.contains("  3. Notering: Inget (förval)\n"))
    }

    @Test func resumingReasksAMultipleChoiceWithFewerOptionsThanItsMinimum() throws {
        let given = try AnswersLoader.load(
            Data("topics: []\nsummary: Klar\nnote: Inget\nteam:\n  - name: Anna\n    role: Chef\nbudget: 5\n".utf8),
            file: "a.yaml", questionnaire: Self.questionnaire)
        let run = try Self.harness.run(["2", ""], answers: given)
        let answers = try #require(Self.completed(run))
        #expect(answers["topics"] == .choices(["health"]))
        #expect(run.output.contains("Fortsätter med 6 svar som redan är givna"))
        #expect(run.output.contains("[-] > "), "no option chosen so far")
    }

    @Test func aQuestionnaireWithoutTheInterviewsLanguageFallsBackToItsFirstLanguage() throws {
        var harness = Self.harness
        harness.language = .da
        let run = try harness.run(Self.script)
        #expect(Self.completed(run) != nil)
        #expect(run.output.contains("== Allmänt =="), "the Swedish title, as the questionnaire has no Danish one")
        #expect(run.output.contains("Sammanfattning"))
    }

    @Test func optionsWithoutTheInterviewsLanguageAreShownAndTakenByTheirFallbackLabel() throws {
        var harness = Self.harness
        harness.language = .da
        let run = try harness.run(["x", "häl,energi"] + Self.script.dropFirst())
        let answers = try #require(Self.completed(run))
        #expect(answers["topics"] == .choices(["health", "energy"]))
        #expect(run.output.contains("  2) Hälsa\n"), "the Swedish label, not the value `health`")
        #expect(run.output.contains("1) AI, 2) Hälsa, 3) Energi"), "a wrong option lists the labels")
        #expect(run.output.contains("Hälsa og Energi"), "the review shows the chosen labels")
        #expect(!run.output.contains("health"))
    }

    /// Lines typed at a terminal (`isTerminal`): a long text ends at an empty line, or at Ctrl-D.
    final class TerminalIO: InterviewIO {
        private(set) var lines: [String]
        private(set) var output = ""
        let isTerminal = true
        let allowsColour = false

        init(_ lines: [String]) { self.lines = lines }
        func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
        func write(_ text: String) { output += text }
    }

    static func atTerminal(_ lines: [String]) throws -> (InterviewOutcome, String) {
        let io = TerminalIO(lines)
        var interview = Interview(questionnaire: questionnaire, language: .sv, io: io) { _, _, _ in }
        return (try interview.run(), io.output)
    }

    @Test func atATerminalALongTextEndsAtAnEmptyLineAndAPasteKeepsItsBlankLines() throws {
        let (outcome, output) = try Self.atTerminal(
            ["1", "Första raden", "andra raden", ""] + Self.script.dropFirst(4))
        guard case .completed(let answers) = outcome else {
            Issue.record("not completed:\n\(output)")
            return
        }
        #expect(answers["summary"] == .text("Första raden\nandra raden"))
        #expect(output.contains("avsluta med en tom rad (inklistrad text behåller sina stycken)"))
        let (pasted, _) = try Self.atTerminal(
            ["1", BracketedPaste.start + "Ett", "", "Två", "   " + BracketedPaste.end, ""] + Self.script.dropFirst(4))
        #expect(pasted.answers["summary"] == .text("Ett\n\nTvå"), "trailing blank lines of a paste are dropped")
    }

    @Test func atATerminalCtrlDEndsALongTextAndKeepsIt() throws {
        let (outcome, _) = try Self.atTerminal(["1", "Bara en rad"])
        guard case .inputEnded(let answers) = outcome else {
            Issue.record("the interview went on")
            return
        }
        #expect(answers["summary"] == .text("Bara en rad"), "at a terminal Ctrl-D ends the text, which is kept")
    }
}
