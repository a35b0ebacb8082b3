import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Conditions at the edges of their rules: values that cannot be compared, dates written as strings on either side,
/// amounts beyond any budget, texts per language, and the checker's message for every kind of misused operand.
@Suite("Conditions at the edges")
struct ConditionEdgeTests {
    typealias F = ConditionFixtures

    static func holds(_ text: String, _ values: [String: AnswerValue] = [:]) throws -> Bool {
        try ConditionEvaluatorTests.holds(text, values)
    }

    static func sek(_ units: Int64) -> AnswerValue { .amount(Amount(minorUnits: units * 100, currency: "SEK")) }

    // MARK: Evaluating

    @Test func aNonYesNoValueAloneIsFalseAndAConditionIsAValue() throws {
        #expect(try !Self.holds("project_title", ["project_title": .text("Hamnen")]))
        #expect(try !Self.holds("team_size", ["team_size": .integer(3)]))
        let both: [String: AnswerValue] = ["personal_data": .boolean(true), "state_aid": .boolean(true)]
        #expect(try Self.holds("(personal_data and state_aid) == true", both))
        #expect(try !Self.holds("(personal_data and state_aid) == true", ["personal_data": .boolean(true)]))
    }

    @Test func valuesThatHaveNoOrderAreNeitherLessNorGreater() throws {
        let title: [String: AnswerValue] = ["project_title": .text("Hamnen")]
        for op in ["<", "<=", ">", ">="] {
            #expect(try !Self.holds("project_title \(op) 3", title), "\(op)")
        }
        #expect(try !Self.holds("project_title == 3", title))
        #expect(try Self.holds("project_title != 3", title))
        // A record is not a value to compare.
        let suppliers: [String: AnswerValue] = ["suppliers": .list([F.supplier("A")])]
        #expect(try !Self.holds("suppliers.0 == \"A\"", suppliers))
        #expect(try Self.holds("suppliers.0 != \"A\"", suppliers))
    }

    @Test func datesWrittenAsStringsCompareOnEitherSide() throws {
        let start: [String: AnswerValue] = ["start_date": .date(CalendarDate(iso: "2026-04-01")!)]
        #expect(try Self.holds("\"2026-03-01\" < start_date", start))
        #expect(try Self.holds("\"2026-04-01\" == start_date", start))
        #expect(try Self.holds("\"2026-05-01\" >= start_date", start))
        #expect(try !Self.holds("\"2026-05-01\" <= start_date", start))
        // A string that is no date is never equal, less or greater.
        #expect(try !Self.holds("\"snart\" < start_date", start))
        #expect(try !Self.holds("start_date > \"snart\"", start))
        #expect(try Self.holds("start_date != \"snart\"", start))
    }

    @Test func amountsCompareWithAmountsOfTheSameCurrencyAndBeyondAnyNumber() throws {
        let evaluator = ConditionEvaluator(
            answers: Answers(values: ["budget": Self.sek(500)]), questionnaire: F.questionnaire)
        func holds(_ text: String, scope: [String: AnswerValue]) throws -> Bool {
            evaluator.evaluate(try F.condition(text), scope: scope).value
        }
        #expect(try holds("budget < other", scope: ["other": Self.sek(600)]))
        #expect(try holds("budget == other", scope: ["other": Self.sek(500)]))
        #expect(try !holds("budget > other", scope: ["other": Self.sek(500)]))
        let euros = AnswerValue.amount(Amount(minorUnits: 50_000, currency: "EUR"))
        #expect(try !holds("budget == other", scope: ["other": euros]), "other currencies do not compare")
        #expect(try !holds("budget < other", scope: ["other": euros]))
        // A whole number too large to scale to öre: every amount is below it, and above its negative.
        #expect(try holds("budget < 9000000000000000000", scope: [:]))
        #expect(try holds("budget > -9000000000000000000", scope: [:]))
        #expect(try holds("9000000000000000000 > budget", scope: [:]))
    }

    @Test func membershipOnlyOfStringsInChoicesAndOfValuesInLists() throws {
        let values: [String: AnswerValue] = [
            "topics": .choices(["ai"]), "project_title": .text("ai"), "team_size": .integer(3),
        ]
        #expect(try !Self.holds("3 in topics", values), "a number is never one of the options chosen")
        #expect(try !Self.holds("\"ai\" in project_title", values), "text is not a list")
        #expect(try !Self.holds("team_size in [1, start_date]", values), "an unanswered item is no match")
        #expect(try Self.holds("team_size in [start_date, 3]", values))
        #expect(try !Self.holds("start_date in [1, 2]", values), "unanswered is in no list")
        #expect(try !Self.holds("topics == [\"ai\", 3]", values), "a number among the options compares with nothing")
        #expect(try Self.holds("topics == [\"ai\"]", values))
    }

    @Test func aTextPerLanguageComparesByTheTextWrittenFirst() throws {
        let texts = AnswerValue.texts(
            LanguageTexts([LanguageTexts.Entry(.sv, "Hamnen"), LanguageTexts.Entry(.en, "The harbour")]))
        #expect(try Self.holds("project_title == \"Hamnen\"", ["project_title": texts]))
        #expect(try !Self.holds("project_title == \"The harbour\"", ["project_title": texts]))
    }

    @Test func aFieldOfSomethingThatIsNotAListIsUnanswered() throws {
        let values: [String: AnswerValue] = ["project_title": .text("Hamnen")]
        #expect(try !Self.holds("project_title.name == \"Hamnen\"", values))
        #expect(try Self.holds("project_title.name != \"Hamnen\"", values))
        #expect(try !Self.holds("project_title.name", values))
        let evaluator = ConditionEvaluator(answers: Answers(values: values), questionnaire: F.questionnaire)
        #expect(evaluator.resolve(AnswerPath("project_title").key("name")) == nil)
    }

    @Test func anInnerAnyRebindsItsVariable() throws {
        let values: [String: AnswerValue] = [
            "suppliers": .list([F.supplier("A", country: "se"), F.supplier("B", country: "dk")])
        ]
        #expect(try Self.holds("any(suppliers, s, any(suppliers, s, s.country == \"dk\"))", values))
        #expect(try !Self.holds("any(suppliers, s, any(suppliers, s, s.country == \"no\"))", values))
        let outcome = try ConditionEvaluatorTests.evaluate(
            "any(suppliers, s, any(suppliers, s, s.country == \"dk\"))", values)
        #expect(outcome.consulted.map(\.path).contains("suppliers"))
    }

    // MARK: Checking

    static func problems(_ text: String) throws -> [String] {
        try ConditionCheckerTests.problems(text).map(\.message)
    }

    @Test(arguments: [
        ("true", ""),
        ("personal_data == true", ""),
        ("(personal_data and state_aid) == true", ""),
        ("answered(suppliers.0.name) and any(suppliers, s, any(suppliers, s, s.name == \"A\"))", ""),
        ("\"open\" == results_model", ""),
        ("start_date == \"2026-01-01\" or \"2026-01-01\" == start_date or \"2026-01-01\" < start_date", ""),
        ("project_title == results_model", ""),
        ("results_model in suppliers.country and project_title in topics and results_model in topics", ""),
        ("count(suppliers)", "count(suppliers)"),
        ("suppliers.country", "'suppliers.country'"),
        ("suppliers.0 == \"A\"", "'suppliers.0'"),
        ("[1, 2] == team_size", "'=='"),
        ("team_size < start_date", "'team_size'"),
        ("suppliers in [\"A\"]", "'suppliers'"),
        ("team_size in suppliers.country", "'team_size'"),
        ("start_date == project_title", "'project_title'"),
        ("results_model in [\"open\", nosuch]", "'nosuch'"),
        ("any(project_title, p, p == \"x\")", "'project_title'"),
        ("personal_data == 1", "1"),
        ("results_model != false", "false"),
        ("count(nosuch) > 1", "'nosuch'"),
        ("any(suppliers, s, s.country == \"nowhere\")", "\"nowhere\""),
    ])
    func eachMisuseHasItsMessage(text: String, fragment: String) throws {
        let found = try Self.problems(text)
        if fragment.isEmpty {
            #expect(found.isEmpty, "\(text): \(found)")
        } else {
            #expect(found.count == 1, "\(text): \(found)")
            #expect(found.first?.contains(fragment) == true, "\(text): \(found)")
        }
    }

    @Test func aGatheredFieldMustBeTextOrAChoice() throws {
        let questionnaire = try QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: s
                    title: { sv: S, en: S }
                    questions:
                      - id: items
                        type: list
                        label: { sv: Poster, en: Items }
                        fields:
                          - { id: name, type: text, label: { sv: Namn, en: Name } }
                          - { id: urgent, type: yes_no, label: { sv: Brådskande, en: Urgent } }
                """.utf8), file: "q.yaml", languages: [.sv, .en])
        let checker = ConditionChecker(questionnaire: questionnaire)
        let found = checker.check(try F.condition("\"x\" in items.urgent"), scope: [:])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("'urgent'") == true, "\(found)")
        #expect(found.first?.location?.column == F.at.column + 7)
        // Gathering is only of a last field in a condition: with more after it, or in a value reference, the field
        // needs a record number.
        let further = checker.check(try F.condition("\"x\" in items.name.first"), scope: [:])
        #expect(further.count == 1, "\(further)")
        let reference = checker.check(ConditionCheckerTests.reference("items.name"))
        #expect(reference.count == 1, "\(reference)")
    }

    @Test(arguments: [
        (
            "suppliers.0.1 == \"x\"",
            "'suppliers.0' is one record of 'suppliers': follow it with a field (name, organisation_number, country, cvr)"
        ),
        (
            "suppliers.foo == \"x\"",
            "'suppliers' is a list of records: follow it with a record number from 0, as in 'suppliers.0'"
        ),
        ("budget.foo == 1", "'budget' is an amount and has no fields other than 'amount' (whole units) and 'currency'"),
    ])
    func pathsThatGoWhereNoValueIs(text: String, message: String) throws {
        let found = try Self.problems(text)
        #expect(found == [message])
    }

    @Test(arguments: [
        ("suppliers", [ValueFilter.names, .count], ""),
        ("suppliers", [ValueFilter.names, .upper, .join], ""),
        (
            "team_size", [ValueFilter.lines],
            "the filter 'lines' needs a text or long text, but 'team_size' is an integer"
        ),
        (
            "suppliers.0", [ValueFilter.date],
            "the filter 'date' needs a date, but 'suppliers.0' is one record of 'suppliers'"
        ),
        (
            "start_date", [ValueFilter.date, .date],
            "the filter 'date' needs a date, but the value is text after the filters before it"
        ),
        (
            "suppliers", [ValueFilter.names, .date],
            "the filter 'date' needs a date, but the value is a list of texts after the filters before it"
        ),
        (
            "suppliers.0.organisation_number", [ValueFilter.date],
            "the filter 'date' needs a date, but 'suppliers.0.organisation_number' is a Swedish organisation number"
        ),
    ])
    func filtersNameWhatTheyWereGiven(path: String, filters: [ValueFilter], message: String) {
        let found = ConditionCheckerTests.checker.check(ConditionCheckerTests.reference(path, filters)).map(\.message)
        #expect(found == (message.isEmpty ? [] : [message]))
    }
}
