import Foundation
import Testing

@testable import AgreementKit

/// The questionnaire's yes/no keys (`required`, `computed`), its computed rules (`default_when`, `currency_when`)
/// and its options: a value that does not fit is an error at the value, saying what was expected and what was found.
@Suite("Questionnaire: keys that do not fit")
struct QuestionnaireKeyErrorTests {
    @Test func requiredAndComputedAreTrueOrFalse() {
        QuestionnaireTests.expect(
            QuestionnaireTests.section(
                """
                      - id: a
                        type: text
                        label: { sv: A, en: A }
                        required: maybe
                      - id: contribution_totals
                        type: list
                        label: { sv: B, en: B }
                        computed: [true]
                        fields:
                          - id: party
                            type: text
                            label: { sv: P, en: P }
                """),
            [
                "8:19: 'required' must be true or false, found 'maybe'",
                "12:19: 'computed' must be true or false, found a list",
            ])
    }

    @Test func onlyTheEnginesQuestionsAreComputedAndNoField() {
        QuestionnaireTests.expect(
            QuestionnaireTests.section(
                """
                      - id: total
                        type: amount
                        label: { sv: T, en: T }
                        computed: yes
                      - id: costs
                        type: list
                        label: { sv: K, en: K }
                        fields:
                          - id: value
                            type: amount
                            label: { sv: V, en: V }
                            computed: true
                """),
            [
                "8:19: 'total' is computed, but the engine computes only budget_totals, contribution_totals",
                "16:23: the field 'value' cannot be computed: only a question is",
            ])
    }

    @Test func computedRulesFitTheirQuestion() {
        QuestionnaireTests.expect(
            QuestionnaireTests.section(
                """
                      - id: parts
                        type: list
                        label: { sv: D, en: D }
                        fields:
                          - id: share
                            type: integer
                            label: { sv: S, en: S }
                            default_when:
                              - when: true
                                value: 1
                      - id: title
                        type: text
                        label: { sv: T, en: T }
                        currency_when:
                          - when: true
                            value: SEK
                      - id: fee
                        type: amount
                        label: { sv: F, en: F }
                        currency_when:
                          - when: [a]
                            value: kronor
                """),
            [
                "13:15: the field 'share' cannot have 'default_when': only questions' defaults are computed",
                "19:11: 'title': only amount questions and fields have 'currency_when'",
                "25:19: 'when' must be a condition, found a list",
                "26:20: a currency must be a three-letter code such as SEK, DKK or EUR, found 'kronor'",
            ])
    }

    @Test func aChoiceNeedsAnOptionAndADefaultIsNotEmpty() {
        QuestionnaireTests.expect(
            QuestionnaireTests.section(
                """
                      - id: pick
                        type: choice
                        label: { sv: V, en: C }
                        options: []
                      - id: note
                        type: text
                        label: { sv: N, en: N }
                        default: ""
                """),
            [
                "8:18: 'pick' needs at least one option",
                "12:18: the default of 'note' is empty; leave 'default' out instead",
            ])
    }
}
