import Foundation
import Testing

@testable import AgreementKit

/// An answer of the wrong form says what its question expects, for each kind of question; the mapping form of an
/// amount and the list form of a multiple choice say what is wrong inside them. Each error is at the value.
@Suite("Answers: the wrong form of answer")
struct AnswerFormErrorTests {
    static let questionnaire: Questionnaire = {
        func options(_ id: String, _ type: String, _ label: String, _ more: String = "") -> String {
            """
                  - id: \(id)
                    type: \(type)
                    label: { sv: \(label), en: \(label) }
            \(more)
            """
        }
        let ab = """
                    options:
                      - value: a
                        label: { sv: A, en: A }
                      - value: b
                        label: { sv: B, en: B }
            """
        let yaml =
            "sections:\n  - id: s\n    title: { sv: S, en: S }\n    questions:\n"
            + [
                options("pick", "choice", "Pick", ab),
                options("several", "multiple_choice", "Several", ab + "\n        max: 1"),
                options("count", "integer", "Count"), options("fee", "amount", "Fee"), options("day", "date", "Day"),
                options("mail", "email", "Mail"), options("org", "org_number_se", "Org"),
                options("cvr", "cvr_dk", "CVR"),
                options(
                    "people", "list", "People",
                    "        fields:\n          - id: name\n            type: text\n            label: { sv: N, en: N }"
                ),
            ].joined(separator: "\n")
        return try! QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
    }()

    /// The problems of loading `yaml` as `line:col: message`.
    static func problems(_ yaml: String) -> [String] {
        do {
            _ = try AnswersLoader.load(Data(yaml.utf8), file: "answers.yaml", questionnaire: questionnaire)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" }
        }
    }

    @Test(arguments: [
        ("pick: [a]", "1:7: Pick (pick) expects one of the options: a, b, found a list"),
        ("several: {a: 1}", "1:10: Several (several) expects a list of options from: a, b, found a mapping"),
        ("count: [1]", "1:8: Count (count) expects a whole number, found a list"),
        ("fee: [1]", "1:6: Fee (fee) expects an amount such as '250 000 SEK', found a list"),
        ("day: [1]", "1:6: Day (day) expects a date YYYY-MM-DD, found a list"),
        ("mail: [1]", "1:7: Mail (mail) expects an e-mail address, found a list"),
        ("org: [1]", "1:6: Org (org) expects a Swedish organisation number NNNNNN-NNNN, found a list"),
        ("cvr: [1]", "1:6: CVR (cvr) expects a Danish CVR number, found a list"),
    ])
    func anAnswerOfTheWrongFormSaysWhatItsQuestionExpects(yaml: String, problem: String) {
        #expect(Self.problems(yaml) == [problem])
    }

    /// A CVR number of the wrong form (too few digits, a leading 0) says how to write one, not that a digit is
    /// mistyped.
    @Test(arguments: [("cvr: 1234", "1:6", "1234"), ("cvr: '01234567'", "1:6", "01234567")])
    func aCVRNumberOfTheWrongFormSaysHowToWriteOne(yaml: String, at: String, text: String) {
        #expect(
            Self.problems(yaml) == [
                "\(at): CVR (cvr): '\(text)' is not a Danish CVR number; write eight digits, the first not 0"
            ])
    }

    @Test(arguments: [
        ("several: [a, a]", ["1:14: Several (several): 'a' is chosen more than once"]),
        ("several: [a, b]", ["1:10: Several (several): 2 options chosen; at most 1 allowed"]),
        ("several: [{a: 1}]", ["1:11: Several (several): each chosen option must be a value, found a mapping"]),
        ("several: a", [String]()),
    ])
    func aMultipleChoiceListSaysWhatIsWrongInIt(yaml: String, problems: [String]) {
        #expect(Self.problems(yaml) == problems)
    }

    @Test(arguments: [
        (
            "fee: {amount: lots, currency: SEK}",
            ["1:15: Fee (fee): the amount must be a number such as 250000 or 250000.50, found 'lots'"]
        ),
        (
            "fee: {amount: 5, currency: kronor}",
            ["1:28: Fee (fee): the currency must be a three-letter code such as SEK, DKK or EUR, found 'kronor'"]
        ),
        (
            "fee: {amout: 5, currency: SEK}",
            [
                "1:6: Fee (fee): the amount mapping needs 'amount'",
                "1:7: unknown key 'amout' in the amount Fee (fee); did you mean 'amount'? (keys: amount, currency)",
            ]
        ),
        ("fee: {amount: 5, [a]: 1, currency: SEK}", ["1:18: expected a key, found a list"]),
        ("fee: {amount: 5}", ["1:6: Fee (fee): give the currency, for example {amount: 250000, currency: SEK}"]),
        ("fee: {amount: 5, currency: EUR}", [String]()),
    ])
    func anAmountMappingSaysWhatIsWrongInIt(yaml: String, problems: [String]) {
        #expect(Self.problems(yaml) == problems)
    }
}
