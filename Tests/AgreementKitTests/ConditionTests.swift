import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A questionnaire shared by the condition, questionnaire and answers tests.
enum ConditionFixtures {
    static let questionnaireYAML = """
        sections:
          - id: main
            title: { sv: Huvud, en: Main }
            questions:
              - id: project_title
                type: text
                label: { sv: Projekttitel, en: Project title }
              - id: personal_data
                type: yes_no
                label: { sv: Personuppgifter, en: Personal data }
                required: false
              - id: state_aid
                type: yes_no
                label: { sv: Statsstöd, en: State aid }
                required: false
              - id: results_model
                type: choice
                label: { sv: Resultatmodell, en: Results model }
                options:
                  - value: open
                    label: { sv: Full öppenhet, en: Full openness }
                  - value: licence
                    label: { sv: Licens, en: Licence }
                default: open
              - id: topics
                type: multiple_choice
                label: { sv: Områden, en: Topics }
                required: false
                options:
                  - { value: ai, label: { sv: AI, en: AI } }
                  - { value: health, label: { sv: Hälsa, en: Health } }
                  - { value: energy, label: { sv: Energi, en: Energy } }
              - id: team_size
                type: integer
                label: { sv: Antal, en: Team size }
                min: 1
                max: 50
                required: false
              - id: budget
                type: amount
                label: { sv: Budget, en: Budget }
                currency: SEK
                required: false
              - id: start_date
                type: date
                label: { sv: Startdatum, en: Start date }
                required: false
              - id: contact
                type: email
                label: { sv: E-post, en: E-mail }
                required: false
              - id: dpa_annex
                type: text
                label: { sv: Biträdesavtal, en: Data processing agreement }
                ask_when: personal_data
              - id: code
                type: text
                label: { sv: Kod, en: Code }
                pattern: "[A-Z]{3}-[0-9]+"
                required: false
          - id: parties
            title: { sv: Parter, en: Parties }
            questions:
              - id: suppliers
                type: list
                label: { sv: Leverantörer, en: Suppliers }
                min: 1
                max: 3
                fields:
                  - id: name
                    type: text
                    label: { sv: Namn, en: Name }
                  - id: organisation_number
                    type: org_number_se
                    label: { sv: Organisationsnummer, en: Organisation number }
                    required: false
                  - id: country
                    type: choice
                    label: { sv: Land, en: Country }
                    options:
                      - { value: se, label: { sv: Sverige, en: Sweden } }
                      - { value: dk, label: { sv: Danmark, en: Denmark } }
                    default: se
                  - id: cvr
                    type: cvr_dk
                    label: { sv: CVR-nummer, en: CVR number }
                    ask_when: country == "dk"
        """

    static let questionnaire: Questionnaire = {
        do {
            return try QuestionnaireLoader.load(
                Data(questionnaireYAML.utf8), file: "questionnaire.yaml", languages: [.sv, .en])
        } catch {
            fatalError("the fixture questionnaire does not load:\n\(error)")
        }
    }()

    static func question(_ id: String) -> Question {
        guard let q = questionnaire.question(id) else { fatalError("no question \(id)") }
        return q
    }

    static let at = SourceLocation(file: "c.clause", line: 3, column: 10)

    static func condition(_ text: String) throws(DiagnosticError) -> Condition {
        try ConditionParser.parse(text, at: at)
    }

    static func supplier(_ name: String, country: String? = nil, cvr: String? = nil) -> AnswerRecord {
        var values: [String: AnswerValue] = ["name": .text(name)]
        if let country { values["country"] = .choice(country) }
        if let cvr { values["cvr"] = .text(cvr) }
        return AnswerRecord(values: values)
    }
}

@Suite("Condition parser")
struct ConditionParserTests {
    typealias F = ConditionFixtures

    /// A compact rendering of the tree: (a or (b and c)).
    static func show(_ e: AgreementKit.Expression) -> String {
        switch e.kind {
        case .string(let s): return "\"\(s)\""
        case .integer(let n): return "\(n)"
        case .boolean(let b): return "\(b)"
        case .list(let items): return "[" + items.map(show).joined(separator: ",") + "]"
        case .path(let p): return p.dotted
        case .not(let x): return "(not \(show(x)))"
        case .and(let operands): return "(" + operands.map(show).joined(separator: " and ") + ")"
        case .or(let operands): return "(" + operands.map(show).joined(separator: " or ") + ")"
        case .compare(let a, let op, let b): return "(\(show(a)) \(op.rawValue) \(show(b)))"
        case .count(let x): return "count(\(show(x)))"
        case .answered(let x): return "answered(\(show(x)))"
        case .any(let l, let v, let c): return "any(\(show(l)), \(v), \(show(c)))"
        }
    }

    @Test(arguments: [
        ("a or b and c", "(a or (b and c))"),
        ("a and b or c", "((a and b) or c)"),
        ("not a and b", "((not a) and b)"),
        ("not a == \"x\"", "(not (a == \"x\"))"),
        ("(a or b) and c", "((a or b) and c)"),
        ("a or b or c", "(a or b or c)"),
        ("a and b and c or d and e", "((a and b and c) or (d and e))"),
        ("not not a", "(not (not a))"),
        ("x.0.name != \"A\"", "(x.0.name != \"A\")"),
        ("count(s) >= 2 and answered(t)", "((count(s) >= 2) and answered(t))"),
        ("m in [\"se\", \"dk\"]", "(m in [\"se\",\"dk\"])"),
        ("\"ai\" in topics", "(\"ai\" in topics)"),
        ("n <= -5", "(n <= -5)"),
        ("n<3", "(n < 3)"),
        ("flag == true or other == false", "((flag == true) or (other == false))"),
        ("notable and order", "(notable and order)"),
        ("s == \"say \\\"hi\\\"\"", "(s == \"say \"hi\"\")"),
        ("any(ps, p, p.due > end) and x", "(any(ps, p, (p.due > end)) and x)"),
        ("any ( ps , p , p.a or p.b )", "any(ps, p, (p.a or p.b))"),
    ])
    func precedence(text: String, tree: String) throws {
        #expect(Self.show(try F.condition(text).expression) == tree)
    }

    @Test func locationsPointIntoTheFile() throws {
        let c = try F.condition("a and  b == 1")
        guard case .and(let operands) = c.expression.kind, operands.count == 2 else {
            Issue.record("not an and of two")
            return
        }
        let (a, b) = (operands[0], operands[1])
        #expect(a.location == SourceLocation(file: "c.clause", line: 3, column: 10))
        #expect(b.location.column == 17)
        #expect(c.source == "a and  b == 1")
    }

    /// (text, offset of the error from the start of the text, a fragment of the message)
    @Test(arguments: [
        ("a == ", 5, "expected a value, found the end"),
        ("a = \"x\"", 2, "use '=='"),
        ("", 0, "the condition is empty"),
        ("(a or b", 7, "expected ')'"),
        ("a == \"open", 5, "the string is not closed"),
        ("a == \"x\\q\"", 7, "unknown escape"),
        ("a and or b", 6, "expected a value, found 'or'"),
        ("a == b c", 7, "unexpected 'c'"),
        ("count(\"x\") > 1", 6, "count() takes a question id"),
        ("a in [1, 2", 10, "expected ']' or ','"),
        ("a. == 1", 2, "expected a field name after '.'"),
        ("a == 99999999999999999999", 5, "too large"),
        ("a == #", 5, "unexpected '#'"),
        ("a && b", 2, "use 'and'"),
        ("a || b", 2, "use 'or'"),
        ("!a", 0, "use 'not'"),
        ("a == -", 5, "expected a number"),
    ])
    func errorsNameTheColumn(text: String, offset: Int, message: String) {
        do {
            _ = try F.condition(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.diagnostics.count == 1)
            let d = error.diagnostics[0]
            #expect(d.location == SourceLocation(file: "c.clause", line: 3, column: 10 + offset), "\(d)")
            #expect(d.message.contains(message), "\(d)")
        }
    }

    /// Fuzzing found a questionnaire `ask_when` of about 4,000 `or` operands overflowing the stack (exit 139):
    /// the questionnaire called the parser without the clause reader's limits, and chains made a tree as deep as
    /// they were long. The limits are the parser's own, and a chain is one flat node the walkers loop over.
    @Test func chainsAreFlatAndTheParserBoundsItsInput() throws {
        let chain = Array(repeating: "a", count: 200).joined(separator: " or ")
        guard case .or(let operands) = try F.condition(chain).expression.kind else {
            Issue.record("not an or")
            return
        }
        #expect(operands.count == 200)
        #expect(operands.allSatisfy { if case .path = $0.kind { true } else { false } })
        let long = Array(repeating: "a", count: 4000).joined(separator: " or ")
        #expect(ConditionParser.maximumLength < long.count)
        for path in [false, true] {
            do {
                if path {
                    _ = try ConditionParser.parsePath(long, at: F.at)
                } else {
                    _ = try ConditionParser.parse(long, at: F.at)
                }
                Issue.record("a text of \(long.count) characters parsed")
            } catch {
                #expect(error.diagnostics.map(\.location) == [F.at])
                #expect(error.diagnostics.first?.message == "the condition is longer than 1000 characters")
            }
        }
        let deep = String(repeating: "not ", count: 40) + "a"
        do {
            _ = try F.condition(deep)
            Issue.record("40 nested 'not' parsed")
        } catch {
            #expect(error.diagnostics.first?.message == "the condition nests more than 32 levels deep")
            #expect(error.diagnostics.first?.location?.column == F.at.column + 32 * 4)
        }
        #expect(throws: DiagnosticError.self) { try F.condition(String(repeating: "(", count: 33) + "a") }
        #expect(throws: Never.self) {
            try F.condition(String(repeating: "(", count: 32) + "a" + String(repeating: ")", count: 32))
        }
    }

    @Test func parsesPathsForValues() throws {
        #expect(try ConditionParser.parsePath(" suppliers.0.name ", at: F.at) == "suppliers[0].name")
        #expect(throws: DiagnosticError.self) { try ConditionParser.parsePath("a b", at: F.at) }
    }
}

@Suite("Condition evaluator")
struct ConditionEvaluatorTests {
    typealias F = ConditionFixtures

    static func evaluate(_ text: String, _ values: [String: AnswerValue] = [:], scope: [String: AnswerValue] = [:])
        throws -> ConditionOutcome
    {
        let evaluator = ConditionEvaluator(answers: Answers(values: values), questionnaire: F.questionnaire)
        return evaluator.evaluate(try F.condition(text), scope: scope)
    }

    static func holds(_ text: String, _ values: [String: AnswerValue] = [:], scope: [String: AnswerValue] = [:])
        throws -> Bool
    {
        try evaluate(text, values, scope: scope).value
    }

    @Test func yesNoAloneIsItsValueAndUnansweredIsFalse() throws {
        #expect(try Self.holds("personal_data", ["personal_data": .boolean(true)]))
        #expect(try !Self.holds("personal_data", ["personal_data": .boolean(false)]))
        #expect(try !Self.holds("personal_data"))
        #expect(try Self.holds("not personal_data"))
        #expect(try Self.holds("personal_data == false", ["personal_data": .boolean(false)]))
        // Unanswered (and here without a default), a yes/no is false in comparisons too: `not x` and `x == false` agree.
        #expect(try Self.holds("personal_data == false"))
        #expect(try !Self.holds("personal_data == true"))
        #expect(try Self.holds("personal_data != true"))
        #expect(try !Self.holds("answered(personal_data)"))
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func andOrNotTruthTables(a: Bool, b: Bool) throws {
        let values: [String: AnswerValue] = ["personal_data": .boolean(a), "state_aid": .boolean(b)]
        #expect(try Self.holds("personal_data and state_aid", values) == (a && b))
        #expect(try Self.holds("personal_data or state_aid", values) == (a || b))
        #expect(try Self.holds("not personal_data and state_aid", values) == (!a && b))
        #expect(try Self.holds("not (personal_data and state_aid)", values) == !(a && b))
        #expect(try Self.holds("personal_data or state_aid and false", values) == a)
    }

    @Test(arguments: [
        ("project_title == \"X\"", false), ("project_title != \"X\"", true), ("project_title < \"X\"", false),
        ("team_size == 3", false), ("team_size != 3", true), ("team_size < 3", false), ("team_size <= 3", false),
        ("team_size > 3", false), ("team_size >= 3", false), ("team_size in [1, 2, 3]", false),
        ("start_date < \"2026-01-01\"", false), ("budget >= 0", false), ("\"ai\" in topics", false),
        ("suppliers.0.name == \"A\"", false), ("suppliers.0.name != \"A\"", true),
        ("count(suppliers) == 0", true), ("count(topics) > 0", false), ("answered(project_title)", false),
        ("not answered(project_title)", true),
    ])
    func unansweredComparesFalseExceptNotEqual(text: String, expected: Bool) throws {
        #expect(try Self.holds(text) == expected)
    }

    @Test func comparisonsOfAnsweredValues() throws {
        let values: [String: AnswerValue] = [
            "project_title": .text("Smart"), "team_size": .integer(3),
            "topics": .choices(["ai", "energy"]), "start_date": .date(CalendarDate(year: 2026, month: 3, day: 1)!),
            "suppliers": .list([F.supplier("Acme"), F.supplier("Beta", country: "dk")]),
        ]
        let table: [(String, Bool)] = [
            ("project_title == \"Smart\"", true), ("project_title != \"Smart\"", false),
            ("team_size == 3", true), ("team_size < 3", false), ("team_size <= 3", true), ("team_size > 2", true),
            ("team_size >= 4", false), ("team_size in [1, 3]", true), ("team_size in [1, 2]", false),
            ("\"ai\" in topics", true), ("\"health\" in topics", false), ("count(topics) == 2", true),
            ("start_date == \"2026-03-01\"", true), ("start_date < \"2026-03-02\"", true),
            ("start_date > \"2026-02-28\"", true), ("start_date < \"2026-03-01\"", false),
            ("start_date <= \"2026-03-01\"", true),
            ("count(suppliers) > 1", true), ("count(suppliers) == 2", true),
            ("suppliers.0.name == \"Acme\"", true), ("suppliers.1.country == \"dk\"", true),
            ("suppliers.2.name == \"Acme\"", false), ("answered(suppliers.2.name)", false),
            ("answered(project_title)", true), ("results_model == \"open\"", true),
            ("results_model in [\"open\", \"licence\"]", true),
            ("topics == [\"energy\", \"ai\"]", true),
        ]
        for (text, expected) in table {
            #expect(try Self.holds(text, values) == expected, "\(text)")
        }
    }

    @Test func amountsCompareWithIntegersInWholeUnits() throws {
        func budget(_ minor: Int64, _ currency: String = "SEK") -> [String: AnswerValue] {
            ["budget": .amount(Amount(minorUnits: minor, currency: currency))]
        }
        #expect(try Self.holds("budget >= 100000", budget(10_000_000)))
        #expect(try Self.holds("budget == 100000", budget(10_000_000)))
        #expect(try !Self.holds("budget >= 100000", budget(9_999_999)))
        #expect(try Self.holds("budget > 100000", budget(10_000_050)))
        #expect(try !Self.holds("budget == 100000", budget(10_000_050)))
        #expect(try Self.holds("100000 < budget", budget(10_000_050)))
        #expect(try Self.holds("budget.amount == 100000", budget(10_000_050)))
        #expect(try Self.holds("budget.currency == \"EUR\"", budget(100, "EUR")))
    }

    @Test func defaultsStandInForMissingAnswersAndAreShownAsSuch() throws {
        let outcome = try Self.evaluate("results_model == \"open\"")
        #expect(outcome.value)
        #expect(outcome.consulted == [ConsultedValue(path: "results_model", value: "\"open\" (default)")])
        #expect(try !Self.holds("results_model == \"open\"", ["results_model": .choice("licence")]))
        #expect(try Self.holds("answered(results_model)"))
    }

    @Test func consultedListsTheValuesThatDecided() throws {
        let values: [String: AnswerValue] = [
            "personal_data": .boolean(false), "team_size": .integer(4),
            "suppliers": .list([F.supplier("Acme"), F.supplier("Beta")]),
        ]
        #expect(
            try Self.evaluate("personal_data and team_size > 3", values).consulted
                == [ConsultedValue(path: "personal_data", value: "no")])
        #expect(
            try Self.evaluate("personal_data or team_size > 3", values).consulted
                == [ConsultedValue(path: "personal_data", value: "no"), ConsultedValue(path: "team_size", value: "4")])
        #expect(
            try Self.evaluate("count(suppliers) > 1 and project_title == \"x\"", values).consulted
                == [
                    ConsultedValue(path: "suppliers", value: "2 records"),
                    ConsultedValue(path: "project_title", value: "unanswered"),
                ])
        #expect(try Self.evaluate("team_size == 4 or team_size == 5", values).consulted.count == 1)
    }

    @Test func loopVariablesAreScopedRecords() throws {
        let dk = F.supplier("Beta", country: "dk", cvr: "24256790")
        #expect(try Self.holds("s.country == \"dk\" and answered(s.cvr)", scope: ["s": .record(dk)]))
        #expect(try !Self.holds("s.country == \"dk\"", scope: ["s": .record(F.supplier("Acme"))]))
        // A scope variable shadows a question of the same name.
        #expect(
            try Self.holds(
                "project_title == \"mine\"", ["project_title": .text("theirs")],
                scope: ["project_title": .text("mine")]))
        let outcome = try Self.evaluate("s.name == \"Beta\"", scope: ["s": .record(dk)])
        #expect(outcome.consulted == [ConsultedValue(path: "s.name", value: "\"Beta\"")])
    }

    @Test func resolveWalksQuestionsRecordsAndIndexes() {
        let answers = Answers(values: ["suppliers": .list([F.supplier("Acme"), F.supplier("Beta", country: "dk")])])
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: F.questionnaire)
        #expect(evaluator.resolve("suppliers[1].name") == .text("Beta"))
        // Field defaults fill the records of a list.
        #expect(evaluator.resolve("suppliers[0].country") == .choice("se"))
        guard case .list(let records)? = evaluator.resolve("suppliers") else {
            Issue.record("no list")
            return
        }
        #expect(records[0]["country"] == .choice("se"))
        #expect(evaluator.resolve("suppliers[0]") == .record(records[0]))
        #expect(evaluator.resolve("suppliers[5].name") == nil)
        #expect(evaluator.resolve("suppliers.x") == nil)
        #expect(evaluator.resolve("results_model") == .choice("open"))
        #expect(evaluator.resolve("no_such_question") == nil)
        #expect(evaluator.resolve("s.name", scope: ["s": .record(records[1])]) == .text("Beta"))
    }
}

@Suite("Condition checker")
struct ConditionCheckerTests {
    typealias F = ConditionFixtures

    static let checker = ConditionChecker(questionnaire: F.questionnaire)

    static func problems(_ text: String, scope: [String: Question] = [:]) throws -> [Diagnostic] {
        checker.check(try F.condition(text), scope: scope)
    }

    /// Checks that `text` gives exactly one error, at `offset` from the start, containing each fragment.
    static func expectOne(
        _ text: String, at offset: Int, _ fragments: String..., scope: [String: Question] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try problems(text, scope: scope)
        #expect(found.count == 1, "\(text): \(found)", sourceLocation: sourceLocation)
        let d = try #require(found.first, "\(text): no error", sourceLocation: sourceLocation)
        #expect(d.location?.column == 10 + offset, "\(text): \(d)", sourceLocation: sourceLocation)
        for fragment in fragments {
            #expect(d.message.contains(fragment), "\(text): \(d)", sourceLocation: sourceLocation)
        }
    }

    @Test func wellTypedConditionsPass() throws {
        for text in [
            "results_model == \"open\" and (count(suppliers) > 1 or not answered(project_title))",
            "personal_data", "not personal_data or answered(dpa_annex)", "\"ai\" in topics",
            "results_model in [\"open\", \"licence\"]", "budget >= 100000", "budget.amount >= 100000",
            "budget.currency == \"SEK\"", "start_date < \"2026-03-01\"", "team_size <= 5 and team_size != 3",
            "suppliers.0.name == project_title", "suppliers.0.country == \"dk\"", "count(topics) == 2",
            "personal_data == true", "contact == \"a@b.se\"",
        ] {
            let found = try Self.problems(text)
            #expect(found.isEmpty, "\(text): \(found)")
        }
    }

    @Test func unknownQuestionWithSuggestion() throws {
        try Self.expectOne(
            "personal_data and results_modle == \"open\"", at: 18,
            "unknown question 'results_modle'", "did you mean 'results_model'?")
    }

    @Test func unknownFieldAtItsColumn() throws {
        try Self.expectOne(
            "suppliers.0.nmae == \"x\"", at: 12, "'nmae' is not a field of 'suppliers'",
            "did you mean 'name'?")
    }

    @Test func listNeedsAnIndexBeforeAField() throws {
        try Self.expectOne("suppliers.name == \"x\"", at: 10, "suppliers.0.name")
    }

    @Test func choiceComparedWithAValueNotAmongItsOptions() throws {
        try Self.expectOne(
            "results_model == \"opne\"", at: 17, "\"opne\" is not an option of 'results_model'",
            "did you mean 'open'?", "open, licence")
        try Self.expectOne("results_model in [\"open\", \"closed\"]", at: 26, "\"closed\" is not an option")
        try Self.expectOne("\"sport\" in topics", at: 0, "\"sport\" is not an option of 'topics'", "ai, health, energy")
    }

    @Test func comparingDifferentTypes() throws {
        try Self.expectOne("project_title == 5", at: 0, "cannot compare 'project_title' (text) with the number 5")
        try Self.expectOne("personal_data == \"yes\"", at: 0, "cannot compare 'personal_data' (yes/no)")
        try Self.expectOne("team_size == \"5\"", at: 0, "cannot compare 'team_size' (an integer)")
        try Self.expectOne("start_date == 2026", at: 0, "cannot compare 'start_date' (a date)")
        try Self.expectOne("start_date < \"1 March\"", at: 13, "\"1 March\" is not a date")
    }

    @Test func countOfSomethingThatIsNotAList() throws {
        try Self.expectOne("count(project_title) > 0", at: 6, "count() needs a list or a multiple-choice question")
    }

    @Test func orderingOnTypesWithoutOrder() throws {
        try Self.expectOne("project_title < \"b\"", at: 0, "'<' needs numbers, amounts or dates")
        try Self.expectOne("results_model >= \"open\"", at: 0, "'>=' needs numbers")
    }

    @Test func nonBooleanUsedAsACondition() throws {
        try Self.expectOne("project_title", at: 0, "'project_title' (text) is not yes/no", "answered(project_title)")
        try Self.expectOne("personal_data and count(suppliers)", at: 18, "is a number, not a condition")
        try Self.expectOne("\"x\" or personal_data", at: 0, "is not a condition")
        try Self.expectOne("suppliers", at: 0, "count(suppliers) > 0")
    }

    @Test func wholeListsAndMultipleChoicesAreNotCompared() throws {
        try Self.expectOne("suppliers == 1", at: 0, "is a list: compare count(suppliers)")
        try Self.expectOne("topics == \"ai\"", at: 0, "\"value\" in topics")
        try Self.expectOne("team_size in topics", at: 0, "only a string or a choice can be 'in'")
        try Self.expectOne("results_model in project_title", at: 17, "'in' needs a list")
    }

    @Test func loopVariablesInScope() throws {
        let scope = ["s": F.question("suppliers")]
        #expect(try Self.problems("s.country == \"dk\" and answered(s.cvr)", scope: scope).isEmpty)
        try Self.expectOne("s.contry == \"dk\"", at: 2, "did you mean 'country'?", scope: scope)
        try Self.expectOne("s.country == \"no\"", at: 13, "\"no\" is not an option of 's.country'", scope: scope)
        try Self.expectOne("s", at: 0, "one record of 'suppliers'", scope: scope)
        try Self.expectOne("t.name == \"x\"", at: 0, "unknown question 't'", scope: scope)
        let topicScope = ["t": F.question("topics")]
        #expect(try Self.problems("t == \"ai\"", scope: topicScope).isEmpty)
        try Self.expectOne("t == \"sport\"", at: 5, "not an option", scope: topicScope)
    }

    @Test func everyProblemOfAConditionAtOnce() throws {
        let found = try Self.problems("nope == 1 or project_title == 5 or results_model == \"x\"")
        #expect(found.count == 3, "\(found)")
    }

    static func reference(_ path: String, _ filters: [ValueFilter] = []) -> ValueReference {
        ValueReference(path: AnswerPath(dotted: path)!, filters: filters, location: F.at)
    }

    @Test func valueReferencesAndFilters() {
        let unnamed = Question(
            id: "l", type: .list, label: Localized([.sv: "L", .en: "L"]),
            fields: [Question(id: "kind", type: .text, label: Localized([.sv: "K", .en: "K"]), location: F.at)],
            location: F.at)
        let scope = ["s": F.question("suppliers"), "r": unnamed]
        let good: [ValueReference] = [
            Self.reference("project_title"), Self.reference("start_date", [.date]), Self.reference("budget", [.amount]),
            Self.reference("suppliers", [.names, .join]), Self.reference("suppliers", [.join]),
            Self.reference("suppliers", [.count]), Self.reference("topics", [.label, .joinOr]),
            Self.reference("results_model", [.label]), Self.reference("personal_data", [.yesNo]),
            Self.reference("s.name", [.upper]), Self.reference("suppliers.0.name"),
            Self.reference("results_model", [.label, .lower]), Self.reference("suppliers"),
            Self.reference("s"), Self.reference("suppliers.1"), Self.reference("r.kind"),
        ]
        for ref in good {
            #expect(Self.checker.check(ref, scope: scope).isEmpty, "\(ref.path) \(ref.filters)")
        }
        let bad: [(ValueReference, String)] = [
            (Self.reference("project_title", [.date]), "the filter 'date' needs a date, but 'project_title' is text"),
            (Self.reference("start_date", [.amount]), "'amount' needs an amount"),
            (Self.reference("team_size", [.join]), "'join' needs a list or a multiple choice"),
            (Self.reference("project_title", [.count]), "'count' needs a list"),
            (Self.reference("project_title", [.label]), "'label' needs a choice"),
            (Self.reference("results_model", [.yesNo]), "'yes_no' needs a yes/no value"),
            (Self.reference("team_size", [.upper]), "'upper' needs text"),
            (Self.reference("suppliers", [.count, .join]), "the value is a number after the filters before it"),
            (Self.reference("topics", [.names]), "'names' needs a list of records"),
            (Self.reference("r"), "'r' is one record of 'l', which has no 'name' field"),
            (Self.reference("s.nam"), "did you mean 'name'?"),
            (Self.reference("project_titel"), "did you mean 'project_title'?"),
        ]
        for (ref, message) in bad {
            let found = Self.checker.check(ref, scope: scope)
            #expect(found.count == 1 && found[0].message.contains(message), "\(ref.path): \(found)")
            #expect(found.first?.location == F.at)
        }
    }

    @Test func recordsAndListsStandAloneOnlyWithANameField() {
        let unnamed = Question(
            id: "l", type: .list, label: Localized([.sv: "L", .en: "L"]),
            fields: [Question(id: "kind", type: .text, label: Localized([.sv: "K", .en: "K"]), location: F.at)],
            location: F.at)
        let checker = ConditionChecker(
            questionnaire: Questionnaire(
                sections: [QuestionSection(id: "x", title: Localized([.sv: "X", .en: "X"]), questions: [unnamed])],
                file: "q.yaml"))
        for (ref, message) in [
            (Self.reference("l"), "'l' is a list of records without a 'name' field"),
            (Self.reference("l.0"), "'l.0' is one record of 'l', which has no 'name' field"),
            (Self.reference("l", [.join]), "uses the records' 'name' field, and 'l' has none"),
            (Self.reference("l", [.names]), "'names' needs a list of records"),
        ] {
            let found = checker.check(ref)
            #expect(found.count == 1 && found[0].message.contains(message), "\(ref.path): \(found)")
        }
        #expect(checker.check(Self.reference("l", [.count])).isEmpty)
        #expect(checker.check(Self.reference("l.0.kind")).isEmpty)
    }

    @Test func typeOfPaths() {
        let scope = ["s": F.question("suppliers")]
        #expect(Self.checker.type(of: "suppliers[0].name", scope: [:])?.type == .text)
        #expect(Self.checker.type(of: "s.organisation_number", scope: scope)?.type == .organisationNumberSE)
        #expect(Self.checker.type(of: "s", scope: scope)?.id == "suppliers")
        #expect(Self.checker.type(of: "budget.amount", scope: [:])?.type == .integer)
        #expect(Self.checker.type(of: "results_model", scope: [:])?.options.count == 2)
        #expect(Self.checker.type(of: "nothing", scope: [:]) == nil)
        #expect(Self.checker.type(of: "project_title.x", scope: [:]) == nil)
    }
}

@Suite("Condition parser limits")
struct ConditionParserLimitTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        #expect(throws: DiagnosticError.self) {
            _ = try ConditionParser.parse(deep, at: SourceLocation(file: "f", line: 1, column: 1))
        }
        let nots = String(repeating: "not ", count: 10_000) + "a"
        #expect(throws: DiagnosticError.self) {
            _ = try ConditionParser.parse(nots, at: SourceLocation(file: "f", line: 1, column: 1))
        }
        #expect((try? ConditionParser.parse("((a))", at: SourceLocation(file: "f", line: 1, column: 1))) != nil)
    }
}
