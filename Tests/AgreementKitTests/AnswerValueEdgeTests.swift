import Foundation
import Testing

@testable import AgreementKit

/// Values in an answers file at the edges of their forms: texts per language with an unknown language, a list or
/// a forbidden character; amounts outside their bounds; record keys that are not names.
@Suite("Answers file: values at the edges")
struct AnswerValueEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: need, type: long_text, translate: true, label: { sv: Behov, en: Need } }
                  - { id: title, type: text, label: { sv: Titel, en: Title } }
                  - id: topics
                    type: multiple_choice
                    label: { sv: Områden, en: Topics }
                    options:
                      - { value: ai, label: { sv: AI, en: AI } }
                      - { value: health, label: { sv: Hälsa, en: Health } }
                  - { id: budget, type: amount, currency: SEK, min: 10, max: 1000, label: { sv: Budget, en: Budget } }
                  - id: suppliers
                    type: list
                    label: { sv: Leverantörer, en: Suppliers }
                    fields:
                      - { id: name, type: text, label: { sv: Namn, en: Name } }
                      - { id: organisation_number, type: org_number_se, required: false, label: { sv: Orgnr, en: Org no } }
            """.utf8), file: "q.yaml", languages: [.sv, .en])

    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" }
        }
    }

    @Test(arguments: [
        (
            "need: { sv: Behov, de: Bedarf }\n",
            "1:20: Need (need): 'de' is not a language; the languages are sv, en, da"
        ),
        ("need: { sv: [a], en: B }\n", "1:13: Need (need) expects text, found a list"),
        ("need: { sv: Behov, [de]: B }\n", "1:20: expected a language, found a list"),
        (
            "need: { sv: \"Klocka\\a\", en: B }\n",
            "1:13: Need (need): the answer holds the character U+0007, which DOCX and ODT documents cannot contain"
        ),
        ("budget: { amount: 5, currency: SEK }\n", "1:9: Budget (budget): 5 SEK is less than the minimum 10 SEK"),
        (
            "budget: { amount: 5000, currency: SEK }\n",
            "1:9: Budget (budget): 5000 SEK is more than the maximum 1000 SEK"
        ),
        ("suppliers:\n  - { [a]: 1, name: A }\n", "2:7: Suppliers (suppliers): a field name must be plain text"),
        (
            "suppliers:\n  - { name: A, organisation_number: 12345 }\n",
            "2:37: Suppliers, entry 1 (A), org no (suppliers[0].organisation_number): '12345' is not a Swedish organisation number"
        ),
        ("title: { sv: A, en: B }\n", "1:8: Title (title) is not translated: write one text, not a text per language"),
        ("title: { a: 1 }\n", "1:8: Title (title) expects text, found a mapping"),
    ])
    func aValueThatDoesNotFitIsAnErrorAtIt(yaml: String, message: String) {
        let found = Self.problems(yaml)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix(message) == true, "\(found)")
    }

    @Test func emptyTextsAndOptionsAreNotAnswers() throws {
        let answers = try AnswersLoader.load(
            Data("need: { sv: Behov, en: }\ntopics: [ai, \"\"]\n".utf8), file: "a.yaml",
            questionnaire: Self.questionnaire)
        #expect(answers["need"] == .texts(LanguageTexts([LanguageTexts.Entry(.sv, "Behov")])))
        #expect(answers["topics"] == .choices(["ai"]))
    }

    @Test func anAmountMappingNeedsItsAmount() {
        let found = Self.problems("budget: { [a]: 5 }\n")
        #expect(found.first == "1:9: Budget (budget): the amount mapping needs 'amount'", "\(found)")
    }

    @Test func anAnswersFileThatIsNoMappingIsOneError() {
        let found = Self.problems("- title: A\n")
        #expect(found.count == 1, "\(found)")
        #expect(found.first == "1:1: expected the answers (a mapping of question id to answer), found a list")
    }

    @Test func aFinalAgreementNeedsAsManyOptionsAsTheMinimumAtTheAnswer() {
        do {
            _ = try AnswersLoader.load(
                Data("topics: []\nsummary: S\nteam:\n  - name: A\nbudget: 5\n".utf8), file: "a.yaml",
                questionnaire: InterviewAskingEdgeTests.questionnaire, requireComplete: true)
            Issue.record("too few options were accepted")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.count == 1, "\(lines)")
            #expect(lines.first == "a.yaml:1:9: error: Topics (topics) needs at least one chosen option")
        }
    }
}
