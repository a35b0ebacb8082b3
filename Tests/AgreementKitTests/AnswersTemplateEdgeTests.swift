import Foundation
import Testing

@testable import AgreementKit

/// The answers template of a questionnaire with every detail a question can have: long comments wrapped at the
/// width, options with help, defaults and conditions of a list's fields under its example record.
@Suite("Answers template at the edges")
struct AnswersTemplateEdgeTests {
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
                    help: { sv: "Välj de områden projektet gäller.\\nFler rader går bra.", en: "Choose the areas.\\nSecond line." }
                    options:
                      - { value: ai, label: { sv: AI, en: AI } }
                      - { value: health, label: { sv: Hälsa, en: Health }, help: { sv: Vård och omsorg i kommunen, en: Care } }
                  - id: reason
                    type: text
                    required: false
                    ask_when: '"ai" in topics'
                    label: { sv: Skäl för att projektet använder artificiell intelligens i sitt arbete, en: Reason }
                  - id: suppliers
                    type: list
                    label: { sv: Leverantörer, en: Suppliers }
                    fields:
                      - { id: name, type: text, label: { sv: Namn, en: Name } }
                      - id: country
                        type: choice
                        label: { sv: Land, en: Country }
                        default: se
                        options:
                          - { value: se, label: { sv: Sverige, en: Sweden } }
                          - { value: dk, label: { sv: Danmark, en: Denmark } }
                      - { id: cvr, type: cvr_dk, ask_when: 'country == "dk"', label: { sv: CVR-nummer, en: CVR } }
            """.utf8), file: "q.yaml", languages: [.sv, .en])

    @Test func everyDetailIsACommentAndLongOnesWrap() throws {
        var template = AnswersTemplate(questionnaire: Self.questionnaire, language: .sv)
        template.width = 60
        let text = template.text
        #expect(
            text.contains(
                """
                # Områden
                #   Typ: multiple_choice – inget, ett eller flera av
                #   alternativen
                #     ai: AI
                #     health: Hälsa
                #       Vård och omsorg i kommunen
                #   Skrivs som en lista, till exempel [ai, health]
                #   Välj de områden projektet gäller.
                #   Fler rader går bra.
                topics:
                """), "\(text)")
        #expect(
            text.contains(
                """
                # Skäl för att projektet använder artificiell intelligens i
                # sitt arbete
                #   Typ: text – text på en rad (frivillig)
                #   Frågas bara när: "ai" in topics
                reason:
                """), "\(text)")
        #expect(
            text.contains(
                """
                suppliers:
                #  Varje post börjar med "- ". Ta bort # framför raderna och fyll i, till exempel:
                #  - name:     # Namn. Typ: text – text på en rad
                #    country:  # Land. Typ: choice – ett av alternativen
                #              #     se: Sverige
                #              #     dk: Danmark
                #              #   Förval: se
                #    cvr:      # CVR-nummer. Typ: cvr_dk – ett danskt
                #              #   CVR-nummer (åtta siffror)
                #              #   Frågas bara när: country == "dk"
                """), "\(text)")
        // Filled in as it is, the template is an answers file with no answers.
        let answers = try AnswersLoader.load(Data(text.utf8), file: "t.yaml", questionnaire: Self.questionnaire)
        #expect(answers.values.isEmpty)
    }

    /// A questionnaire built in code may leave out a section's title and a question's label (the reader requires
    /// both in every language): the template names them by their ids.
    @Test func aSectionAndAQuestionWithoutTextAreNamedByTheirIDs() {
        let here = SourceLocation(file: "code", line: 1, column: 1)
        let questionnaire = Questionnaire(
            sections: [
                QuestionSection(
                    id: "basics", title: Localized([:]),
                    questions: [Question(id: "budget", type: .integer, label: Localized([:]), location: here)])
            ], file: "code")
        let text = AnswersTemplate(questionnaire: questionnaire, language: .en).text
        #expect(text.contains("# ==== basics ====\n\n# budget\n#   Type: integer"))
    }

    /// A blank line in a help text is a comment line without trailing blanks.
    @Test func aBlankLineInAHelpTextIsABareCommentMark() {
        let here = SourceLocation(file: "code", line: 1, column: 1)
        let question = Question(
            id: "budget", type: .integer, label: Localized([.en: "Budget"]),
            help: Localized([.en: "In whole kronor.\n\nRounded down."]), location: here)
        let questionnaire = Questionnaire(
            sections: [QuestionSection(id: "s", title: Localized([.en: "Money"]), questions: [question])],
            file: "code")
        let text = AnswersTemplate(questionnaire: questionnaire, language: .en).text
        #expect(text.contains("\n#   In whole kronor.\n#\n#   Rounded down.\nbudget:\n"))
    }

    /// A translatable question's default, a text per language, is written on one line.
    @Test func aTranslatableDefaultIsWrittenOnOneLine() throws {
        let questionnaire = try QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: s
                    title: { sv: Avsnitt, en: Section }
                    questions:
                      - id: need
                        type: text
                        translate: true
                        label: { sv: Behov, en: Need }
                        default: { sv: Inget särskilt, en: Nothing in particular }
                """.utf8), file: "q.yaml", languages: [.sv, .en])
        let text = AnswersTemplate(questionnaire: questionnaire, language: .en).text
        #expect(text.contains("\n#   Default: { sv: Inget särskilt, en: Nothing in particular }\nneed:\n"))
    }

    @Test func aTranslatedQuestionSaysItTakesATextPerLanguageAndTheExampleLoads() throws {
        let questionnaire = try QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: s
                    title: { sv: Avsnitt, en: Section, da: Afsnit }
                    questions:
                      - { id: need, type: long_text, translate: true, label: { sv: Behov, en: Need, da: Behov } }
                      - { id: title, type: text, label: { sv: Titel, en: Title, da: Titel } }
                """.utf8), file: "q.yaml", languages: [.sv, .en, .da])
        let text = AnswersTemplate(questionnaire: questionnaire, language: .en).text
        #expect(
            text.contains(
                """
                # Need
                #   Type: long_text – text, over several lines if needed
                #   Written with one text per language of the agreement, for example { en: …, sv: …, da: … }
                need:
                """), "\(text)")
        #expect(!text.contains("Title\n#   Type: text – one line of text\n#   Written"), "\(text)")
        // The example, written as shown, is read as a text per language.
        let filled = text.replacingOccurrences(of: "need:", with: "need: { en: Power, sv: Ström, da: Strøm }")
        let answers = try AnswersLoader.load(Data(filled.utf8), file: "t.yaml", questionnaire: questionnaire)
        #expect(
            answers["need"] == .texts(LanguageTexts([.init(.en, "Power"), .init(.sv, "Ström"), .init(.da, "Strøm")])))
    }
}
