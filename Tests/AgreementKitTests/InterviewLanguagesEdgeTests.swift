import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A translatable answer asked in three languages: optional translations, removing one, commands and invalid text at
/// a translation's prompt, and the input ending there.
@Suite("Interview: answers in several languages, at the edges")
struct InterviewLanguagesEdgeTests {
    static let questionnaire: Questionnaire = {
        let yaml = """
            sections:
              - id: s
                title: { sv: Projektet, en: The project, da: Projektet }
                questions:
                  - { id: title, type: text, label: { sv: Namn, en: Name, da: Navn } }
                  - id: need
                    type: long_text
                    translate: true
                    label: { sv: Behov, en: Need, da: Behov }
                    help: { sv: Varför projektet behövs., en: Why the project is needed., da: Hvorfor. }
                  - { id: slogan, type: text, translate: true, required: false, label: { sv: Slogan, en: Slogan, da: Slogan } }
            """
        return try! QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en, .da])
    }()

    static let trilingual = InterviewHarness(questionnaire: questionnaire, language: .sv, languages: [.sv, .en, .da])

    static func texts(_ pairs: (Language, String)...) -> AnswerValue {
        .texts(LanguageTexts(pairs.map { LanguageTexts.Entry($0.0, $0.1) }))
    }

    static func completed(_ run: InterviewHarness.Run) -> Answers? {
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return nil
        }
        return answers
    }

    @Test func eachFurtherLanguageIsAskedInTurnWithEveryLineOfTheFirstText() throws {
        let run = try Self.trilingual.run([
            "Hamnen",
            "Rad ett", "Rad två", ".",
            "Line one", ".",
            "Linje en", ".",
            "Snabbt", "Fast", "Hurtigt",
            "",
        ])
        let answers = try #require(Self.completed(run))
        #expect(answers["need"] == Self.texts((.sv, "Rad ett\nRad två"), (.en, "Line one"), (.da, "Linje en")))
        #expect(answers["slogan"] == Self.texts((.sv, "Snabbt"), (.en, "Fast"), (.da, "Hurtigt")))
        #expect(run.output.contains("Behov – engelsk text\n  svensk text: Rad ett\n  Rad två\n"))
        #expect(run.output.contains("Behov – dansk text\n  svensk text: Rad ett\n  Rad två\n"))
        #expect(run.output.contains("Slogan – dansk text (frivillig)\n"))
        let saved = try Self.trilingual.reload(try #require(run.saves.last)).answers
        #expect(saved["need"] == answers["need"])
    }

    @Test func anOptionalTranslationMayBeSkippedAndARequiredOneMayNot() throws {
        let run = try Self.trilingual.run([
            "Hamnen",
            "Behov", ".",
            "", "Need", ".",  // Enter without a text: the English text is required
            "Behov på danska", ".",
            "Snabbt",
            "",  // English slogan skipped
            "Hurtigt",
            "",
        ])
        let answers = try #require(Self.completed(run))
        #expect(run.output.components(separatedBy: "Frågan måste besvaras.").count == 2)
        #expect(answers["slogan"] == Self.texts((.sv, "Snabbt"), (.da, "Hurtigt")))
    }

    @Test func aDashRemovesATranslationAndLeavingTheFirstTextUnansweredAsksNoOther() throws {
        let given = try AnswersLoader.load(
            Data(
                """
                title: Hamnen
                need: { sv: Behov, en: Need, da: Behov }
                slogan: { sv: Snabbt, en: Fast }
                """.utf8), file: "a.yaml", questionnaire: Self.questionnaire)
        // Resuming asks the missing Danish slogan first; `<` there goes to the English one, where - removes it.
        let run = try Self.trilingual.run(["<", "-", "-", ""], answers: given)
        let answers = try #require(Self.completed(run))
        #expect(answers["slogan"] == .text("Snabbt"), "only the first language's text is left: a plain text")
        #expect(run.output.contains("[Fast] > "))
        let saved = try #require(run.saves.last)
        #expect(saved.contains("slogan: Snabbt\n"), "\(saved)")
        // Leaving the first text unanswered asks no translation of it.
        let none = try Self.trilingual.run(["Hamnen", "Behov", ".", "Need", ".", "Behov", ".", "", ""])
        #expect(Self.completed(none)?["slogan"] == nil)
        #expect(!none.output.contains("Slogan – engelsk text"))
        #expect(none.unanswered == [AnswerPath("slogan")])
    }

    @Test func commandsAndInvalidTextAtATranslationsPrompt() throws {
        let run = try Self.trilingual.run([
            "Hamnen",
            "Behov", ".",
            "?", "!granska", "!okänt", "Klocka\u{07}", ".", "Need", ".",
            "<", "<", "<", "", "Annat behov", ".", "", "Behov", ".",
            "", "",
        ])
        let answers = try #require(Self.completed(run))
        #expect(answers["need"] == Self.texts((.sv, "Annat behov"), (.en, "Need"), (.da, "Behov")))
        #expect(run.output.contains("Varför projektet behövs."), "the help")
        #expect(run.output.contains("Svaren hittills:\n== Projektet ==\n  - Namn: Hamnen\n  - Behov: Behov"))
        #expect(run.output.contains("Okänt kommando ”!okänt”"))
        #expect(
            run.output.contains("Ogiltigt svar:") && run.output.contains("U+0007"), "a character no document can hold")
        // `<` from the English text goes to the Swedish one, and from there to the question before.
        #expect(run.output.contains("[Hamnen] > "))
    }

    @Test func theInputEndingAtATranslationKeepsWhatWasGiven() throws {
        let run = try Self.trilingual.run(["Hamnen", "Behov", ".", "Need", "."])
        guard case .inputEnded(let answers) = run.outcome else {
            Issue.record("the interview went on:\n\(run.output)")
            return
        }
        #expect(answers["need"] == Self.texts((.sv, "Behov"), (.en, "Need")))
        let cut = try Self.trilingual.run(["Hamnen", "Behov", ".", "Need"])
        guard case .inputEnded(let partial) = cut.outcome else {
            Issue.record("the interview went on:\n\(cut.output)")
            return
        }
        #expect(partial["need"] == .text("Behov"), "a translation cut short is not saved")
    }
}
