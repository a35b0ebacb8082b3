import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("Questionnaire loader")
struct QuestionnaireTests {
    typealias F = ConditionFixtures

    static func load(_ yaml: String) throws(DiagnosticError) -> Questionnaire {
        try QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
    }

    /// The diagnostics of loading `yaml`, as `line:col: message`.
    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics.map { d in
                "\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
            }
        }
    }

    /// A questionnaire with one section holding `questions` (indented as list items under `questions:`).
    /// The first question starts on line 5.
    static func section(_ questions: String) -> String {
        """
        sections:
          - id: s
            title: { sv: S, en: S }
            questions:
        \(questions)
        """
    }

    static func expect(_ yaml: String, _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        let found = problems(yaml)
        #expect(found.count == expected.count, "\(found)", sourceLocation: sourceLocation)
        for (f, e) in zip(found, expected) {
            #expect(f.hasPrefix(e), "expected '\(e)...', found '\(f)'", sourceLocation: sourceLocation)
        }
    }

    @Test func readsEveryKindOfQuestion() throws {
        let q = F.questionnaire
        #expect(q.sections.map(\.id) == ["main", "parties"])
        #expect(q.sections[1].title[.sv] == "Parter")
        #expect(q.questions.count == 12)
        let results = F.question("results_model")
        #expect(results.type == .choice)
        #expect(results.options.map(\.value) == ["open", "licence"])
        #expect(results.options[0].label[.en] == "Full openness")
        #expect(results.defaultValue == .choice("open"))
        #expect(results.required)
        #expect(results.location == SourceLocation(file: "questionnaire.yaml", line: 16, column: 9))
        #expect(F.question("state_aid").required == false)
        #expect(F.question("team_size").minimum == 1)
        #expect(F.question("team_size").maximum == 50)
        #expect(F.question("budget").currency == "SEK")
        #expect(F.question("code").pattern == "[A-Z]{3}-[0-9]+")
        let dpa = F.question("dpa_annex")
        #expect(dpa.askWhen?.source == "personal_data")
        #expect(dpa.askWhen?.location == SourceLocation(file: "questionnaire.yaml", line: 55, column: 19))
        let suppliers = F.question("suppliers")
        #expect(suppliers.fields.map(\.id) == ["name", "organisation_number", "country", "cvr"])
        #expect(suppliers.field("country")?.defaultValue == .choice("se"))
        #expect(suppliers.field("cvr")?.askWhen?.source == "country == \"dk\"")
        #expect(suppliers.field("organisation_number")?.required == false)
    }

    @Test func theDocumentedExampleLoads() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/questionnaire-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        guard let start = text.range(of: "```yaml\nsections:"),
            let end = text.range(of: "```", range: start.upperBound..<text.endIndex)
        else {
            Issue.record("no example in docs/questionnaire-format.md")
            return
        }
        let yaml = String(text[text.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        let q = try Self.load(yaml)
        #expect(q.questions.map(\.id) == ["public_parties", "personal_data", "results_model", "dpa_annex", "budget"])
        #expect(q.question("dpa_annex")?.askWhen?.source == "personal_data")
    }

    @Test func defaultsOfEveryType() throws {
        let q = try Self.load(
            Self.section(
                """
                      - { id: a, type: yes_no, label: { sv: A, en: A }, default: ja }
                      - { id: b, type: integer, label: { sv: B, en: B }, default: 5 }
                      - { id: c, type: amount, label: { sv: C, en: C }, currency: EUR, default: "1 000" }
                      - { id: d, type: date, label: { sv: D, en: D }, default: 2026-03-01 }
                      - { id: e, type: text, label: { sv: E, en: E }, default: "yes" }
                      - id: f
                        type: multiple_choice
                        label: { sv: F, en: F }
                        options: [{ value: x, label: { sv: X, en: X } }, { value: y, label: { sv: Y, en: Y } }]
                        default: [x, y]
                """))
        #expect(q.question("a")?.defaultValue == .boolean(true))
        #expect(q.question("b")?.defaultValue == .integer(5))
        #expect(q.question("c")?.defaultValue == .amount(Amount(minorUnits: 100_000, currency: "EUR")))
        #expect(q.question("d")?.defaultValue == .date(CalendarDate(year: 2026, month: 3, day: 1)!))
        #expect(q.question("e")?.defaultValue == .text("yes"))
        #expect(q.question("f")?.defaultValue == .choices(["x", "y"]))
    }

    @Test func unknownKeysAtTheirLine() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: text
                        lable: { sv: A, en: A }
                """),
            [
                "7:9: unknown key 'lable' in a question; did you mean 'label'?",
                "5:9: missing required key 'label' in the question 'a'",
            ])
        Self.expect(
            """
            sections: []
            title: x
            """, ["2:1: unknown key 'title' in the questionnaire"])
        Self.expect(
            """
            sections:
              - id: s
                titel: { sv: S, en: S }
                questions: []
            """,
            [
                "3:5: unknown key 'titel' in a section; did you mean 'title'?",
                "2:5: missing required key 'title' in the section 's'",
            ])
    }

    @Test func missingIdTypeAndLabel() {
        Self.expect(
            Self.section(
                """
                      - type: text
                        label: { sv: A, en: A }
                      - id: b
                        label: { sv: B, en: B }
                      - id: c
                        type: text
                """),
            [
                "5:9: missing required key 'id' in a question",
                "7:9: missing required key 'type' in the question 'b'",
                "9:9: missing required key 'label' in the question 'c'",
            ])
    }

    @Test func unknownTypeListsTheTypes() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: txet
                        label: { sv: A, en: A }
                """), ["6:15: unknown type 'txet' for 'a'; did you mean 'text'?; expected one of: text, long_text"])
    }

    @Test func duplicateIds() {
        let yaml = """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: a, type: text, label: { sv: A, en: A } }
              - id: t
                title: { sv: T, en: T }
                questions:
                  - { id: a, type: text, label: { sv: A, en: A } }
                  - id: l
                    type: list
                    label: { sv: L, en: L }
                    fields:
                      - { id: n, type: text, label: { sv: N, en: N } }
                      - { id: n, type: integer, label: { sv: N, en: N } }
            """
        Self.expect(
            yaml,
            [
                "15:13: duplicate field id in 'l' 'n' (first declared at q.yaml:14:13)",
                "9:9: duplicate question id 'a' (first declared at q.yaml:5:9)",
            ])
    }

    @Test func optionsProblems() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: text
                        label: { sv: A, en: A }
                        options: [{ value: x, label: { sv: X, en: X } }]
                      - id: b
                        type: choice
                        label: { sv: B, en: B }
                      - id: c
                        type: multiple_choice
                        label: { sv: C, en: C }
                        options:
                          - { value: x, label: { sv: X, en: X } }
                          - { value: x, label: { sv: X2, en: X2 } }
                """),
            [
                "8:18: 'a' is of type text: only choice and multiple_choice questions have 'options'",
                "9:9: 'b' is a choice question and needs 'options'",
                "17:22: 'c' has the option value 'x' twice (first at q.yaml:16:22)",
            ])
    }

    @Test func defaultsThatDoNotFitTheType() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: choice
                        label: { sv: A, en: A }
                        options: [{ value: x, label: { sv: X, en: X } }]
                        default: y
                      - { id: b, type: integer, label: { sv: B, en: B }, default: many }
                      - { id: c, type: date, label: { sv: C, en: C }, default: 2026-02-30 }
                      - { id: d, type: integer, label: { sv: D, en: D }, min: 1, default: 0 }
                      - { id: e, type: amount, label: { sv: E, en: E }, default: 100 }
                """),
            [
                "9:18: the default of 'a': 'y' is not one of the options: x",
                "10:67: the default of 'b': 'many' is not a whole number",
                "11:64: the default of 'c': '2026-02-30' is not a date that exists",
                "12:75: the default of 'd': 0 is less than the minimum 1",
                "13:66: the default of 'e': '100' has no currency",
            ])
    }

    @Test func patternBoundsAndCurrency() {
        Self.expect(
            Self.section(
                """
                      - { id: a, type: text, label: { sv: A, en: A }, pattern: "[A-Z" }
                      - { id: b, type: integer, label: { sv: B, en: B }, min: 5, max: 2 }
                      - { id: c, type: integer, label: { sv: C, en: C }, pattern: "x" }
                      - { id: d, type: text, label: { sv: D, en: D }, min: 1 }
                      - { id: e, type: amount, label: { sv: E, en: E }, currency: kronor }
                      - { id: f, type: integer, label: { sv: F, en: F }, max: ten }
                """),
            [
                "5:64: 'a': '[A-Z' is not a valid regular expression",
                "6:71: 'b': 'min' (5) is greater than 'max' (2)",
                "7:67: 'c' is of type integer: only text questions have a 'pattern'",
                "8:60: 'd' is of type text: only integer, amount, list and multiple_choice questions have 'min'",
                "9:67: 'currency' must be a three-letter code",
                "10:63: 'max' must be a whole number",
            ])
    }

    /// Fuzzing found `min:` of 1e17 on an amount question trapping in `Int64(minimum) * 100` when the default was
    /// checked (`clauses lint` exited 132). Bounds beyond the largest amount are refused where they are written.
    @Test func amountBoundsBeyondTheLargestAmountAreRefused() throws {
        Self.expect(
            Self.section(
                """
                      - { id: a, type: amount, label: { sv: A, en: A }, min: 100000000000000000, default: 5 SEK }
                      - { id: b, type: amount, label: { sv: B, en: B }, max: -9223372036854775808 }
                      - { id: c, type: integer, label: { sv: C, en: C }, max: 100000000000000000, default: 7 }
                """),
            [
                "5:62: 'min' of an amount must lie between -999999999999999 and 999999999999999",
                "6:62: 'max' of an amount must lie between",
            ])
        let largest = try Self.load(
            Self.section(
                """
                      - { id: a, type: amount, label: { sv: A, en: A }, max: 999999999999999, default: 5 SEK }
                """))
        let question = try #require(largest.question("a"))
        #expect(question.maximum == Amount.maximumWholeUnits)
        let above = Amount(minorUnits: Int64.max, currency: "SEK")
        #expect(AnswerValueReader.boundsProblem(above, question) != nil)
        var unbounded = question
        unbounded.minimum = Int.max
        unbounded.maximum = nil
        #expect(AnswerValueReader.boundsProblem(above, unbounded) != nil, "below a minimum beyond every amount")
        unbounded.minimum = Int.min
        #expect(AnswerValueReader.boundsProblem(above, unbounded) == nil)
    }

    /// Fuzzing found an `ask_when` of about 4,000 `or` operands overflowing the stack of `clauses lint` (exit 139):
    /// the questionnaire parsed conditions without the limits clause files had. The limits are the parser's own now.
    @Test func longAskWhenIsALocatedErrorNotACrash() {
        let chain = Array(repeating: "b", count: 4000).joined(separator: " or ")
        Self.expect(
            Self.section(
                """
                      - { id: b, type: yes_no, label: { sv: B, en: B } }
                      - id: a
                        type: yes_no
                        label: { sv: A, en: A }
                        ask_when: \(chain)
                """),
            ["9:19: the condition is longer than 1000 characters"])
    }

    @Test func labelsNeedEveryLanguage() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: choice
                        label: { sv: A }
                        help: { en: Help }
                        options:
                          - { value: x, label: { sv: X, en: X, de: X } }
                          - value: y
                            label: Y
                """),
            [
                "7:16: the label has no 'en' text (every text needs sv and en)",
                "8:15: the help has no 'sv' text",
                "10:48: unknown language 'de' in the label of the option 'x'; the languages are sv, en, da",
                "12:20: expected the label of the option 'y' per language (sv: ..., en: ..., da: ...), found 'Y'",
            ])
    }

    @Test func fieldsOfLists() {
        Self.expect(
            Self.section(
                """
                      - id: a
                        type: list
                        label: { sv: A, en: A }
                      - id: b
                        type: list
                        label: { sv: B, en: B }
                        fields:
                          - { id: inner, type: list, label: { sv: I, en: I }, fields: [] }
                      - id: c
                        type: text
                        label: { sv: C, en: C }
                        fields: []
                """),
            [
                "5:9: 'a' is a list and needs 'fields'",
                "12:32: the field 'inner' cannot be a list",
                "16:17: 'c' is of type text: only list questions have 'fields'",
            ])
    }

    @Test func recordLabelsNameARecordOfAList() throws {
        let questionnaire = try Self.load(
            Self.section(
                """
                      - id: suppliers
                        type: list
                        label: { sv: Leverantörer, en: Suppliers }
                        record_label: { sv: Leverantör, en: Supplier }
                        fields:
                          - { id: name, type: text, label: { sv: Namn, en: Name } }
                """))
        #expect(questionnaire.questions[0].recordLabel == Localized([.sv: "Leverantör", .en: "Supplier"]))
        Self.expect(
            Self.section(
                """
                      - id: title
                        type: text
                        label: { sv: T, en: T }
                        record_label: { sv: R, en: R }
                """),
            ["8:23: 'record_label' names one record of a list; 'title' is not a list"])
    }

    @Test func askWhenParsedAndCheckedAfterTheWholeFile() {
        // `later` is declared after the question whose condition names it: no error.
        #expect(
            Self.problems(
                Self.section(
                    """
                          - { id: a, type: text, label: { sv: A, en: A }, ask_when: later }
                          - { id: later, type: yes_no, label: { sv: L, en: L } }
                    """)) == [])
        Self.expect(
            Self.section(
                """
                      - { id: a, type: text, label: { sv: A, en: A }, ask_when: later = 1 }
                      - { id: b, type: text, label: { sv: B, en: B }, ask_when: "c == \\"z\\"" }
                      - id: c
                        type: choice
                        label: { sv: C, en: C }
                        options: [{ value: x, label: { sv: X, en: X } }]
                        ask_when: latr
                      - { id: later, type: integer, label: { sv: L, en: L } }
                """),
            [
                "5:71: use '=='",
                "6:71: \"z\" is not an option of 'c'",
                "11:19: unknown question 'latr'; did you mean 'later'?",
            ])
    }

    @Test func fieldConditionsSeeTheirSiblings() {
        #expect(F.question("suppliers").field("cvr")?.askWhen != nil)
        Self.expect(
            Self.section(
                """
                      - id: l
                        type: list
                        label: { sv: L, en: L }
                        fields:
                          - { id: kind, type: choice, label: { sv: K, en: K }, options: [{ value: x, label: { sv: X, en: X } }] }
                          - { id: n, type: text, label: { sv: N, en: N }, ask_when: kind == "y" }
                """), ["10:77: \"y\" is not an option of 'kind'"])
    }

    @Test func invalidIdsAndNonMappings() {
        Self.expect(
            Self.section(
                """
                      - { id: 1abc, type: text, label: { sv: A, en: A } }
                      - { id: not, type: text, label: { sv: A, en: A } }
                      - just text
                """),
            [
                "5:15: '1abc' is not a valid question id: use letters (a–z, A–Z), digits, '-' and '_', starting with a letter or '_'",
                "6:15: 'not' cannot be a question id: it is a word of the condition language",
                "7:9: expected a question (a mapping with the keys id, type, label, help, required, default, ask_when,",
            ])
    }

    @Test func yamlErrorsHaveLocations() {
        Self.expect("sections:\n  - id: [unclosed\n", ["3:1:"])
        Self.expect(
            "sections: []\nsections: []\n",
            ["2:1: the key 'sections' is given more than once in this mapping (first at line 1)"])
        Self.expect("", ["1:1: the questionnaire is empty"])
    }

    @Test func everyProblemAtOnce() {
        let found = Self.problems(
            Self.section(
                """
                      - { id: a, type: txet, label: { sv: A, en: A } }
                      - { id: b, type: text, label: { sv: B } }
                      - { id: c, type: choice, label: { sv: C, en: C } }
                      - { id: a, type: text, label: { sv: A, en: A }, ask_when: "x ==" }
                """))
        #expect(found.count == 5, "\(found)")
    }
}
