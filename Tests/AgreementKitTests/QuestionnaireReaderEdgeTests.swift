import Foundation
import Testing

@testable import AgreementKit

/// The questionnaire's parts in a shape that does not fit (a word where a list or a mapping belongs, an empty
/// condition, a check without a language): each is an error at the part, saying what was expected and found, and
/// reading goes on to report the rest.
@Suite("Questionnaire reader: shapes that do not fit")
struct QuestionnaireReaderEdgeTests {
    static let oneQuestion = """
        sections:
          - id: s
            title: { sv: S, en: S }
            questions:
              - { id: a, type: text, label: { sv: A, en: A } }

        """

    @Test func listsAndMappingsWhereTheyBelong() {
        QuestionnaireTests.expect("sections: nope\n", ["1:11: expected a list of sections, found 'nope'"])
        QuestionnaireTests.expect(
            "sections:\n  - nope\n",
            ["2:5: expected a section (a mapping with the keys id, title, questions), found 'nope'"])
        QuestionnaireTests.expect(
            "sections:\n  - id: s\n    title: { sv: S, en: S }\n    questions: nope\n",
            ["4:16: expected a list of questions, found 'nope'"])
        QuestionnaireTests.expect(Self.oneQuestion + "checks: nope\n", ["6:9: expected a list of checks, found 'nope'"])
    }

    /// A section without an id: the errors of its other keys name it as "a section"; without a title it lacks
    /// one.
    @Test func aSectionWithoutAnIDIsNamedAsASection() {
        QuestionnaireTests.expect(
            "sections:\n  - questions: []\n",
            ["2:5: missing required key 'id' in a section", "2:5: missing required key 'title' in a section"])
    }

    /// A party question compared in order: the condition's error names its type, a party's name.
    @Test func aPartyQuestionInAComparisonIsNamedAsAPartysName() {
        let found = QuestionnaireTests.problems(
            QuestionnaireTests.section(
                """
                      - id: partners
                        type: list
                        label: { sv: P, en: P }
                        fields: [{ id: name, type: text, label: { sv: N, en: N } }]
                      - { id: lead, type: party, parties: [partners], label: { sv: L, en: L } }
                      - { id: b, type: text, label: { sv: B, en: B }, ask_when: lead > 3 }
                """))
        #expect(found == ["10:65: '>' needs numbers, amounts or dates; 'lead' (a party's name) has no order"])
    }

    /// A top-level list question with a default: the default is read as the list's records (a list of mappings)
    /// and a default of another form is an error at it. (A list's field may not have one; see `QuestionnaireTests`.)
    @Test func aListQuestionsDefaultIsReadAsItsRecords() throws {
        let list = """
                  - id: partners
                    type: list
                    label: { sv: P, en: P }
                    fields: [{ id: name, type: text, label: { sv: N, en: N } }]
            """
        let questionnaire = try QuestionnaireTests.load(
            QuestionnaireTests.section(list + "\n        default: [{ name: Alfa AB }, { name: Beta AB }]\n"))
        let partners = try #require(questionnaire.questions.first { $0.id == "partners" })
        guard case .list(let records)? = partners.defaultValue else {
            Issue.record("\(String(describing: partners.defaultValue))")
            return
        }
        #expect(records.map { $0["name"] } == [.text("Alfa AB"), .text("Beta AB")])
        let found = QuestionnaireTests.problems(QuestionnaireTests.section(list + "\n        default: nobody\n"))
        #expect(
            found == [
                "9:18: the default of 'partners' expects a list of records, each starting with '- ', found 'nobody'"
            ])
    }

    /// A switch of a question that is neither true nor false (nor yes or no) is an error naming the switch.
    @Test func switchesThatAreNotTrueOrFalse() {
        let found = QuestionnaireTests.problems(
            QuestionnaireTests.section(
                """
                      - { id: a, type: text, label: { sv: A, en: A }, required: maybe }
                      - { id: b, type: text, label: { sv: B, en: B }, translate: maybe }
                      - { id: c, type: integer, label: { sv: C, en: C }, computed: maybe }
                """)
        ).map { $0.split(separator: " ", maxSplits: 1).last.map(String.init) ?? $0 }
        #expect(
            Set(found) == [
                "'required' must be true or false, found 'maybe'", "'translate' must be true or false, found 'maybe'",
                "'computed' must be true or false, found 'maybe'",
            ], "\(found)")
    }

    /// A choice with an empty list of options has none to choose.
    @Test func aChoiceWithAnEmptyListOfOptions() {
        let found = QuestionnaireTests.problems(
            QuestionnaireTests.section("      - { id: a, type: choice, label: { sv: A, en: A }, options: [] }\n"))
        #expect(found.count == 1 && found.first?.hasSuffix(" needs at least one option") == true, "\(found)")
    }

    @Test func checksWithAConditionLevelConcernsOrMessageThatDoesNotFit() {
        QuestionnaireTests.expect(
            Self.oneQuestion + """
                checks:
                  - nope
                  - { id: c1, when: 'a ==', level: warning, sv: S, en: E }
                  - { id: c2, when: '', level: warning, sv: S, en: E }
                  - { id: c3, when: 'answered(a)', level: warnign, sv: S, en: E }
                  - { id: c4, when: 'answered(a)', level: final, sv: S, en: E, concerns: nope }
                  - { id: c5, when: 'answered(a)', level: final, sv: S, en: E, concerns: [{ x: 1 }, 'a b'] }
                  - { id: c6, when: 'answered(a)', level: final, sv: S }
                """,
            [
                "7:5: expected a check (a mapping with the keys id, when, level, concerns, sv, en, da), found 'nope'",
                "8:26: expected a value, found the end of the condition",
                "9:21: 'when' must be a condition, found nothing",
                "10:43: unknown level 'warnign'; did you mean 'warning'?; the levels are final, warning",
                "11:74: expected a list of answers (question ids or paths), found 'nope'",
                "12:75: expected an answer's path, found a mapping",
                "12:88: unexpected text after the path",
                "13:5: missing required key 'en' in a check",
            ])
    }

    @Test func questionKeysOfTheWrongShapeOrForAnotherType() {
        QuestionnaireTests.expect(
            QuestionnaireTests.section(
                """
                      - { id: a, type: text, required: yes, label: { sv: A, en: A }, pattern: '' }
                      - { id: b, type: integer, label: { sv: B, en: B }, currency: SEK }
                      - { id: c, type: text, label: { sv: C, en: C }, parties: [x] }
                      - { id: d, type: text, label: { sv: D, en: D }, ask_when: '' }
                      - { id: e, type: text, label: { sv: E, en: E }, computed: false }
                      - { id: f, type: choice, label: { sv: F, en: F }, options: nope }
                      - { id: g, type: choice, label: { sv: G, en: G }, options: [nope] }
                      - { id: h, type: list, label: { sv: H, en: H }, min: -1, fields: [{ id: x, type: text, label: { sv: X, en: X } }] }
                      - { id: i, type: nosuch, label: { sv: I, en: I }, default: 3 }
                      - { id: j, type: party, label: { sv: J, en: J }, parties: nope }
                      - { id: k, type: text, label: { sv: K, en: K }, default_when: nope }
                      - { id: l, type: text, label: { sv: L, en: L }, default_when: [nope, { when: 'a', value: x }, { when: 'a ==', value: y }, { when: 'answered(a)' }] }
                """),
            [
                "5:79: 'pattern' must be a regular expression, found nothing",
                "6:68: 'b' is of type integer: only amount questions have a 'currency'",
                "7:64: 'c' is of type text: only party questions have 'parties'",
                "8:65: 'ask_when' must be a condition, found nothing",
                "10:66: expected a list of options, found 'nope'",
                "11:67: expected an option (a mapping with the keys value, label, help), found 'nope'",
                "12:60: 'min' counts elements and cannot be negative",
                "13:24: unknown type 'nosuch' for 'i'",
                "14:65: expected a list of list questions, found 'nope'",
                "15:69: expected a list of rules (- when: CONDITION, value: VALUE), found 'nope'",
                "16:70: expected a rule (when: CONDITION, value: VALUE) (a mapping with the keys when, value), found 'nope'",
                "16:114: expected a value, found the end of the condition",
                "16:129: missing required key 'value' in a rule (when: CONDITION, value: VALUE)",
                "16:85: 'a' (text) is not yes/no and cannot stand alone as a condition",
            ])
        // `required: yes` and `computed: false` are read as written.
        let fine = try? QuestionnaireTests.load(
            QuestionnaireTests.section(
                """
                      - { id: a, type: text, required: yes, label: { sv: A, en: A } }
                      - { id: e, type: text, required: no, computed: false, label: { sv: E, en: E } }
                """))
        #expect(fine?.question("a")?.required == true)
        #expect(fine?.question("e")?.required == false)
        #expect(fine?.question("e")?.computed == false)
    }

    @Test func aFieldsComputedCurrencyMayNameOnlyQuestionsBeforeItsList() throws {
        let yaml = QuestionnaireTests.section(
            """
                  - { id: cur, type: text, label: { sv: C, en: C } }
                  - id: items
                    type: list
                    label: { sv: I, en: I }
                    fields:
                      - id: cost
                        type: amount
                        label: { sv: K, en: K }
                        currency_when: [{ when: 'cur == "dk"', value: DKK }, { when: 'items.0.cost > 1', value: EUR }]
            """)
        QuestionnaireTests.expect(
            yaml, ["13:75: the computed value of 'cost' may name only questions asked before it, not 'items'"])
        let good = try QuestionnaireTests.load(
            yaml.replacingOccurrences(of: ", { when: 'items.0.cost > 1', value: EUR }", with: ""))
        #expect(good.question("items")?.field("cost")?.currencyWhen.map(\.value) == ["DKK"])
    }

    /// A pattern or a currency written as a list is an error at it, saying what was found.
    @Test func aPatternOrCurrencyThatIsNoWord() {
        QuestionnaireTests.expect(
            """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: b, type: text, pattern: [x], label: { sv: B, en: B } }
                  - { id: c, type: amount, currency: [SEK], label: { sv: C, en: C } }

            """,
            [
                "5:39: 'pattern' must be a regular expression, found a list",
                "6:42: 'currency' must be a three-letter code such as SEK, DKK or EUR, found a list",
            ])
    }

    /// A type written as a list or mapping is an error at it, saying what was found, not "unknown type ''".
    @Test func aTypeThatIsNoWord() {
        QuestionnaireTests.expect(
            """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: a, type: [text], label: { sv: A, en: A } }
                  - { id: b, type: { x: 1 }, label: { sv: B, en: B } }

            """,
            [
                "5:24: expected a question type, found a list",
                "6:24: expected a question type, found a mapping",
            ])
    }
}
