import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Free-text answers per language (`project_need: { sv: "…", en: "…" }`): the questionnaire's `translate`, reading
/// and writing them, the build in a language, blanks and final errors for a missing language, and the interview
/// asking each language in turn.
@Suite("Answers in more than one language")
struct AnswerLanguagesTests {
    static let questionnaire: Questionnaire = {
        let yaml = """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: title, type: text, label: { sv: Namn, en: Name } }
                  - { id: need, type: long_text, translate: true, label: { sv: Behov, en: Need } }
                  - { id: place, type: text, required: false, translate: false, label: { sv: Ort, en: Place } }
                  - id: goals
                    type: list
                    label: { sv: Mål, en: Goals }
                    record_label: { sv: Mål, en: Goal }
                    min: 1
                    max: 1
                    fields:
                      - { id: goal, type: text, translate: true, label: { sv: Mål, en: Goal } }
                      - { id: owner, type: text, label: { sv: Ansvarig, en: Owner } }
            """
        return try! QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
    }()

    static func load(_ yaml: String, questionnaire: Questionnaire = questionnaire) throws(DiagnosticError) -> Answers {
        try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
    }

    static func texts(_ pairs: (Language, String)...) -> AnswerValue {
        .texts(LanguageTexts(pairs.map { LanguageTexts.Entry($0.0, $0.1) }))
    }

    // MARK: The questionnaire

    @Test func translateIsReadForFreeTextOnly() throws {
        #expect(Self.questionnaire.question("need")?.translate == true)
        #expect(Self.questionnaire.question("title")?.translate == false)
        #expect(Self.questionnaire.question("place")?.translate == false)
        #expect(Self.questionnaire.question("goals")?.field("goal")?.translate == true)
        let bad = """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: size, type: integer, translate: true, label: { sv: S, en: S } }
                  - { id: note, type: text, translate: maybe, label: { sv: N, en: N } }
            """
        do {
            _ = try QuestionnaireLoader.load(Data(bad.utf8), file: "q.yaml")
            Issue.record("translate on an integer was accepted")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.contains { $0.hasPrefix("q.yaml:5:47: error: 'translate' marks free text") }, "\(lines)")
            #expect(
                lines.contains { $0.hasPrefix("q.yaml:6:44: error: 'translate' must be true or false") }, "\(lines)")
        }
    }

    @Test func theBundledQuestionnaireTranslatesDescriptionsButNotNames() throws {
        let questionnaire = try Examples.library.get().questionnaire
        for id in ["project_need", "project_scope", "selection_description"] {
            #expect(questionnaire.question(id)?.translate == true, "\(id)")
        }
        for id in ["project_title", "dispute_court", "arbitration_seat", "grant_reference"] {
            #expect(questionnaire.question(id)?.translate == false, "\(id)")
        }
        let suppliers = try #require(questionnaire.question("suppliers"))
        for field in ["responsibilities", "signatory_title"] { #expect(suppliers.field(field)?.translate == true) }
        for field in ["name", "contact_name", "signatory_name", "signing_place", "address", "organisation_number"] {
            #expect(suppliers.field(field)?.translate == false, "\(field)")
        }
        #expect(questionnaire.question("development_goals")?.field("goal")?.translate == true)
        #expect(questionnaire.question("party_roles")?.field("tasks")?.translate == true)
        // Only free text is ever translated.
        for question in questionnaire.questions {
            for q in [question] + question.fields where q.translate {
                #expect([.text, .longText].contains(q.type), "\(q.id)")
            }
        }
    }

    // MARK: Reading

    @Test func aMappingGivesATextPerLanguageInTheOrderWritten() throws {
        let answers = try Self.load(
            """
            title: Hamnen
            need:
              en: |
                The harbour needs power.

                Second paragraph.
              sv: Hamnen behöver ström.
            goals:
              - goal: { sv: Ett mål, en: A goal }
                owner: Anna
            """)
        #expect(
            answers["need"]
                == Self.texts((.en, "The harbour needs power.\n\nSecond paragraph."), (.sv, "Hamnen behöver ström.")))
        guard case .list(let records)? = answers["goals"] else {
            Issue.record("no goals")
            return
        }
        #expect(records[0]["goal"] == Self.texts((.sv, "Ett mål"), (.en, "A goal")))
        #expect(records[0]["owner"] == .text("Anna"))
        // A plain string still works; a language left empty is not given; none given is unanswered.
        #expect(try Self.load("need: Bara svenska")["need"] == .text("Bara svenska"))
        #expect(try Self.load("need: { sv: Ström, en: }")["need"] == Self.texts((.sv, "Ström")))
        #expect(try Self.load("need: { sv: , en: }")["need"] == nil)
    }

    @Test func unknownLanguagesEmptyMappingsAndUntranslatedQuestionsAreLocatedErrors() throws {
        let cases: [(String, String)] = [
            ("need: { sv: Ström, xx: Power }", "a.yaml:1:20: error: Need (need): 'xx' is not a language"),
            ("need: {}", "a.yaml:1:7: error: Need (need): give the text in at least one language"),
            ("title: { sv: Hamnen, en: Harbour }", "a.yaml:1:8: error: Name (title) is not translated"),
            ("goals:\n  - owner: { sv: Anna }", "a.yaml:2:12: error: Goal 1, owner (goals[0].owner) is not translated"),
            ("need: { sv: [a, b] }", "a.yaml:1:13: error: "),
        ]
        for (yaml, expected) in cases {
            do {
                _ = try Self.load(yaml)
                Issue.record("accepted: \(yaml)")
            } catch {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
            }
        }
    }

    // MARK: Writing

    @Test func theWriterKeepsTextsPerLanguageExactly() throws {
        let yaml = """
            title: Hamnen
            need:
              en: |-
                The harbour needs power.

                Second paragraph.
              sv: 'Hamnen: ström'
            goals:
              - goal:
                  sv: Ett mål
                  en: A goal
                owner: Anna
            """
        let answers = try Self.load(yaml)
        let writer = AnswersWriter(questionnaire: Self.questionnaire, language: .sv)
        let written = writer.yaml(answers)
        let again = try Self.load(written)
        #expect(AnswersWriterTests.values(again) == AnswersWriterTests.values(answers))
        #expect(writer.yaml(again) == written)
        #expect(written.contains("need:\n  en: |-\n    The harbour needs power.\n\n    Second paragraph.\n  sv: "))
        #expect(written.contains("goals:\n  - goal:\n      sv: Ett mål\n      en: A goal\n    owner: Anna\n"))
    }

    // MARK: Building

    /// The cross-border example; `swedishOnly`: with the procurement time and the first goal in Swedish only (plain
    /// texts, as an interview in Swedish writes them).
    static func crossBorder(swedishOnly: Bool = false) throws -> (
        library: ClauseLibrary, answers: Answers, text: String
    ) {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/cross-border.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        if swedishOnly {
            let time = "expected_procurement_time: { sv: under 2029, en: in 2029 }\n"
            let goal =
                "  - goal:\n      sv: en flyttbar landströmsanslutning för fartyg upp till 40 meter\n"
                + "      en: a movable shore power connection for vessels up to 40 metres\n"
            #expect(text.contains(time) && text.contains(goal), "the example's texts changed")
            text = text.replacingOccurrences(of: time, with: "expected_procurement_time: under 2029\n")
                .replacingOccurrences(
                    of: goal, with: "  - goal: en flyttbar landströmsanslutning för fartyg upp till 40 meter\n")
        }
        return (
            library, try AnswersLoader.load(Data(text.utf8), file: "cb.yaml", questionnaire: library.questionnaire),
            text
        )
    }

    static func json(_ agreement: Agreement) throws -> String {
        String(decoding: try ModelJSON.encode(agreement), as: UTF8.self)
    }

    @Test func aBuildUsesItsLanguagesText() throws {
        let (library, answers, _) = try Self.crossBorder()
        guard case .texts(let need)? = answers["project_need"] else {
            Issue.record("the example's project_need is not given per language")
            return
        }
        let assembler = Assembler(library: library)
        let swedish = try Self.json(assembler.assemble(answers, options: AssemblyOptions(language: .sv)).agreement)
        let english = try Self.json(assembler.assemble(answers, options: AssemblyOptions(language: .en)).agreement)
        let sv = try #require(need[.sv]).prefix(40)
        let en = try #require(need[.en]).prefix(40)
        #expect(swedish.contains(sv) && !swedish.contains(en))
        #expect(english.contains(en) && !english.contains(sv))
        #expect(!english.contains("text missing"))
    }

    @Test func aDraftShowsABlankNamingTheMissingLanguage() throws {
        let (library, answers, _) = try Self.crossBorder(swedishOnly: true)
        // The answers' main language is Swedish: their plain texts are missing in an English build ...
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: .en, mainLanguage: .sv))
        let english = try Self.json(result.agreement)
        #expect(english.contains("[English text missing: Goal]") || english.contains("\"English text missing: Goal\""))
        #expect(result.missingTranslations.contains { $0.path == AnswerPath("development_goals").index(0).key("goal") })
        #expect(!result.missingTranslations.contains { $0.path == AnswerPath("project_need") })
        // ... and an answer given only in English is missing in a Swedish build, worded in Swedish.
        var onlyEnglish = answers
        onlyEnglish.values["project_need"] = Self.texts((.en, "Ferries need shore power."))
        let swedish = try Self.json(
            Assembler(library: library).assemble(onlyEnglish, options: AssemblyOptions(language: .sv)).agreement)
        let label = try #require(library.questionnaire.question("project_need")?.label[.sv])
        #expect(swedish.contains("svensk text saknas: \(label)"))
        #expect(!swedish.contains("Ferries need shore power."))
        // Without a main language other than the build's, plain texts are in the build's language.
        let plain = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en))
        #expect(plain.missingTranslations.isEmpty)
    }

    @Test func aFinalAgreementRefusesAMissingLanguageAtTheAnswer() throws {
        let (library, answers, text) = try Self.crossBorder(swedishOnly: true)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.hasPrefix("expected_procurement_time:") }) + 1
        let column = "expected_procurement_time: ".count + 1
        do {
            _ = try Assembler(library: library).assemble(
                answers, options: AssemblyOptions(language: .en, final: true, mainLanguage: .sv))
            Issue.record("a final English agreement was built from Swedish texts")
        } catch {
            let located = error.diagnostics.filter { $0.description.contains("(expected_procurement_time)") }
            #expect(located.count == 1)
            #expect(located.first?.location == SourceLocation(file: "cb.yaml", line: line, column: column))
            #expect(located.first?.description.contains("English text missing") == true)
        }
        // In its main language the same answers make a final agreement.
        _ = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: .sv, final: true, mainLanguage: .sv))
    }

    @Test func theMainLanguageIsTheAnswersFilesRememberedLanguage() {
        let text = "# Answers\n# opi-agreement settings:\n#   lang: sv\n#   final: no\nneed: Ström\n"
        #expect(InterviewSettings.mainLanguage(in: Data(text.utf8)) == .sv)
        #expect(InterviewSettings.mainLanguage(in: Data("need: Ström\n".utf8)) == nil)
    }

    // MARK: The interview

    static let bilingual = InterviewHarness(questionnaire: questionnaire, language: .sv, languages: [.sv, .en])

    @Test func theInterviewAsksTheSecondLanguageRightAfterTheFirst() throws {
        let script = [
            "Hamnen",
            "Hamnen behöver ström.", ".",
            "The harbour needs power.", ".",
            "",  // place: optional, left unanswered (not translated)
            "Ett mål", "A goal", "Anna",
            "",  // the review: build
        ]
        let run = try Self.bilingual.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["title"] == .text("Hamnen"))
        #expect(answers["need"] == Self.texts((.sv, "Hamnen behöver ström."), (.en, "The harbour needs power.")))
        guard case .list(let records)? = answers["goals"] else {
            Issue.record("no goals")
            return
        }
        #expect(records[0]["goal"] == Self.texts((.sv, "Ett mål"), (.en, "A goal")))
        #expect(records[0]["owner"] == .text("Anna"))
        // The second language's prompt comes right after the first, with the first text shown.
        let need = try #require(run.output.range(of: "Behov – engelsk text"))
        #expect(run.output[need.upperBound...].hasPrefix("\n  svensk text: Hamnen behöver ström.\n"))
        #expect(run.output.contains("Mål – engelsk text\n  svensk text: Ett mål\n"))
        #expect(!run.output.contains("Namn – engelsk text"))
        #expect(!run.output.contains("Ort – engelsk text"))
        // The review shows both languages; the saved file keeps them.
        #expect(run.output.contains("Behov: sv: Hamnen behöver ström. | en: The harbour needs power."))
        let saved = try Self.bilingual.reload(try #require(run.saves.last)).answers
        #expect(AnswersWriterTests.values(saved) == AnswersWriterTests.values(answers))
    }

    @Test func backAtTheSecondLanguageGoesToTheFirst() throws {
        let script = [
            "Hamnen",
            "Fel text", ".",
            "<",  // back from the English text to the Swedish one
            "Rätt text", ".",
            "Right text", ".",
            "<",  // back from the next question (place) to the English text of need
            "<",  // and on to its Swedish text
            "",  // keep both
            "",
            "",  // place
            "Ett mål", "A goal", "Anna", "",
        ]
        let run = try Self.bilingual.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["need"] == Self.texts((.sv, "Rätt text"), (.en, "Right text")))
        #expect(run.output.contains("[Right text] > "))
        // `<` from the question after `need` reached its English text first, then its Swedish text.
        let back = try #require(run.output.range(of: "Fråga 3 av ~5 · Ort"))
        let after = run.output[back.upperBound...]
        let english = try #require(after.range(of: "[Right text] > "))
        let swedish = try #require(after.range(of: "[Rätt text] > "))
        #expect(english.lowerBound < swedish.lowerBound)
    }

    @Test func resumingAsksAMissingSecondLanguage() throws {
        // Saved after the Swedish text: going on asks the English text first, showing the Swedish.
        let answers = try Self.load(
            """
            title: Hamnen
            need: Hamnen behöver ström.
            place:
            goals:
              - goal: { sv: Ett mål, en: A goal }
                owner: Anna
            """)
        let run = try Self.bilingual.run(
            ["The harbour needs power.", ".", ""], answers: answers, unanswered: ["place"])
        guard case .completed(let done) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(done["need"] == Self.texts((.sv, "Hamnen behöver ström."), (.en, "The harbour needs power.")))
        #expect(run.output.contains("Behov – engelsk text\n  svensk text: Hamnen behöver ström.\n"))
        #expect(!run.output.contains("Fråga 2 av ~6 · Behov\n"))
        // A one-language interview asks nothing more of the same answers.
        let single = InterviewHarness(questionnaire: Self.questionnaire, language: .sv)
        let again = try single.run([""], answers: answers, unanswered: ["place"])
        #expect(again.outcome == .completed(answers))
        #expect(!again.output.contains("engelsk text"))
    }

    @Test func changingTheFirstTextKeepsTheOthers() throws {
        var texts = LanguageTexts([LanguageTexts.Entry(.sv, "Gammal"), LanguageTexts.Entry(.en, "Old")])
        texts[.sv] = "Ny"
        #expect(texts.languages == [.sv, .en])
        #expect(texts[.sv] == "Ny")
        texts[.en] = nil
        #expect(texts.languages == [.sv])
        #expect(texts.text(main: .en) == "Ny")
    }
}
