import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Choices and yes/no in the interview: typed as shown, in the person's language, without internal codes.
@Suite("Choice input")
struct ChoiceInputTests {
    static let mini = try! MiniLibrary.load().questionnaire

    static func parse(_ text: String, _ id: String, _ language: Language = .sv) -> Result<
        AnswerValue, InterviewInput.Problem
    > {
        InterviewInput(language: language).parse(text, for: mini.question(id)!)
    }

    @Test("an option is taken by its number, its value, its label in any case, or an unambiguous start")
    func optionForms() throws {
        for typed in ["2", "shared", "Delat ägande", "delat ÄGANDE", "del"] {
            #expect(try Self.parse(typed, "results_model").get() == .choice("shared"), "\(typed)")
        }
        #expect(try Self.parse("shared ownership", "results_model", .en).get() == .choice("shared"))
        #expect(try Self.parse("Open", "results_model", .en).get() == .choice("open"))
    }

    @Test("an option not found is explained with the labels, never the codes")
    func optionProblemNamesLabels() throws {
        guard case .failure(let problem) = Self.parse("Sverige", "results_model") else {
            Issue.record("accepted")
            return
        }
        #expect(
            problem.message
                == "”Sverige” är inget av alternativen: 1) Öppna resultat, 2) Delat ägande. Skriv numret eller alternativets text."
        )
        #expect(!problem.message.contains("open") && !problem.message.contains("shared"))
    }

    @Test("an ambiguous start is not taken")
    func ambiguousStart() throws {
        let question = Question(
            id: "q", type: .choice, label: Localized([.sv: "F", .en: "Q"]),
            options: [
                ChoiceOption(value: "a", label: Localized([.sv: "Svensk rätt", .en: "Swedish law"])),
                ChoiceOption(value: "b", label: Localized([.sv: "Svenska och engelska", .en: "Both"])),
            ], location: SourceLocation(file: "q", line: 1, column: 1))
        let input = InterviewInput(language: .sv)
        #expect((try? input.parse("svensk", for: question).get()) == nil)
        #expect(try input.parse("svensk r", for: question).get() == .choice("a"))
    }

    @Test("yes/no: ja/nej in Swedish, yes/no in English, and the problem says so in the language")
    func yesNoWords() throws {
        #expect(try Self.parse("ja", "publish").get() == .boolean(true))
        #expect(try Self.parse("Nej", "publish").get() == .boolean(false))
        #expect(try Self.parse("yes", "publish", .en).get() == .boolean(true))
        #expect(try Self.parse("n", "publish", .en).get() == .boolean(false))
        guard case .failure(let sv) = Self.parse("kanske", "publish"),
            case .failure(let en) = Self.parse("maybe", "publish", .en)
        else {
            Issue.record("accepted")
            return
        }
        #expect(sv.message == "Skriv ja eller nej (j eller n).")
        #expect(en.message == "Type yes or no (y or n).")
    }

    @Test("!granska shows the answers so far in Swedish; !review still works")
    func reviewCommandInSwedish() throws {
        let run = try InterviewTests.mini.run(["Kommun", "!granska", "212000-0142", "!review"])
        #expect(run.output.components(separatedBy: "Svaren hittills:").count == 3)
        #expect(run.output.contains("!granska för att se svaren hittills"))
        #expect(!run.output.contains("Okänt kommando"))
    }

    /// Every choice question of the bundled questionnaire, asked in Swedish with its help, a wrong answer and then a
    /// label: the transcript holds no option code and no English word.
    @Test("a Swedish interview of the bundled choice questions shows no internal code or English word")
    func swedishTranscriptHasNoCodes() throws {
        let library = try LibraryLoader.load(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
        let choices = library.questionnaire.questions.filter { $0.type == .choice || $0.type == .yesNo }.map {
            question -> Question in
            var q = question
            q.askWhen = nil
            q.defaultWhen = []
            return q
        }
        let questionnaire = Questionnaire(
            sections: [QuestionSection(id: "s", title: Localized([.sv: "Val", .en: "Choices"]), questions: choices)],
            file: library.questionnaire.file)
        var script: [String] = []
        for question in choices {
            script += ["?", "xyz"]
            if question.type == .choice {
                script.append(try #require(question.options.last?.label[.sv]).lowercased())
            } else {
                script.append("nej")
            }
        }
        script += ["!granska", ""]
        let run = try InterviewHarness(questionnaire: questionnaire).run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        for question in choices where question.type == .choice {
            #expect(answers[question.id] == .choice(question.options.last!.value), "\(question.id)")
        }
        // The interview's own words and the option labels, with the help texts (legal prose that may quote English
        // names) left out.
        var lines = run.output.split(separator: "\n").map(String.init)
        let helps = Set(choices.flatMap { q in [q.help?[.sv]] + q.options.map { $0.help?[.sv] } }.compactMap { $0 })
        lines.removeAll { line in helps.contains { $0.contains(line.trimmingCharacters(in: .whitespaces)) } }
        let transcript = lines.joined(separator: "\n")
        // Codes that are also words of a Swedish label ("full", "SCC") are not internal codes when they show.
        let labels = choices.flatMap { $0.options.compactMap { $0.label[.sv]?.lowercased() } }.joined(separator: " ")
        let codes = Set(choices.flatMap { $0.options.map(\.value) }).filter {
            ($0.count > 2 || $0.contains("_")) && !labels.contains($0.lowercased())
        }
        let english = ["yes", "no", "true", "false", "review", "default", "number", "value", "the", "or", "answer"]
        for word in codes.union(english) {
            let pattern = "(?<![\\p{L}_])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}_])"
            let found = transcript.range(of: pattern, options: [.regularExpression, .caseInsensitive])
            #expect(
                found == nil, "'\(word)' in: \(found.map { String(transcript[transcript.lineRange(for: $0)]) } ?? "")")
        }
    }
}
