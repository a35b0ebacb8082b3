import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The answers `opi-agreement check` makes for the bundled library: every value of every variable the conditions
/// read reaches the answers of its combination (or the answer is left out because it is not asked), the base answers
/// load, and parties are named. The check itself (thousands of agreements) runs end to end on the release binary;
/// these tests look at the answers it builds, which need no agreement built.
@Suite("Combination check: the answers of the bundled library")
struct CheckAnswersTests {
    static func setUp() throws -> (ClauseLibrary, CheckGraph, CheckAnswers) {
        let library = try Examples.library.get()
        return (library, CheckGraph(library: library), CheckAnswers(library: library))
    }

    /// The names of the records of the party lists `lists`.
    static func names(_ answers: Answers, _ lists: [String]) -> Set<String> {
        Set(
            lists.flatMap { id -> [String] in
                guard case .list(let records)? = answers[id] else { return [] }
                return records.compactMap { if case .text(let n)? = $0["name"] { return n } else { return nil } }
            })
    }

    /// Whether `a` is `b`, an amount compared without its currency (`currency_when` sets that from other answers).
    static func same(_ a: AnswerValue?, _ b: AnswerValue) -> Bool {
        if case .amount(let x)? = a, case .amount(let y) = b { return x.minorUnits == y.minorUnits }
        return a == b
    }

    @Test func theBaseAnswersLoadAndAnswerEveryRequiredQuestionThatIsAsked() throws {
        let (library, _, maker) = try Self.setUp()
        let base = maker.answers([:])
        let writer = AnswersWriter(questionnaire: library.questionnaire, language: .en)
        let yaml = writer.yaml(base)
        let loaded = try AnswersLoader.load(Data(yaml.utf8), file: "check.yaml", questionnaire: library.questionnaire)
        #expect(writer.yaml(loaded) == yaml)
        for question in library.questionnaire.questions
        where question.required && !question.computed && question.askWhen == nil && question.defaultValue == nil {
            #expect(base[question.id] != nil, "\(question.id) has no base answer")
        }
        // One record in each required list, named after the list's record label.
        guard case .list(let suppliers)? = base["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(suppliers.map { $0["name"] } == [.text("Leverantör 1")])
        #expect(suppliers.map { $0["short_name"] } == [.text("Leverantör1")])
    }

    /// Every party question and party field names a party of the answers, record `i` the `i`-th party it may name;
    /// so does a text field called `party` (which names any party of the agreement).
    @Test func partyAnswersNameThePartiesInTurn() throws {
        let (library, _, maker) = try Self.setUp()
        let answers = maker.answers([
            .count("public_parties"): .count(2), .count("party_roles"): .count(3), .count("key_staff"): .count(2),
        ])
        let all = library.outlines.keys.sorted().flatMap { library.outlines[$0]!.parties.map(\.list) }
        var named: [String: [String]] = [:]
        for question in library.questionnaire.questions {
            if question.type == .party, case .text(let name)? = answers[question.id] {
                #expect(Self.names(answers, question.parties).contains(name), "\(question.id): \(name)")
                named[question.id] = [name]
            }
            guard case .list(let records)? = answers[question.id] else { continue }
            for field in question.fields where field.type == .party || field.id == "party" {
                let allowed = Self.names(answers, field.type == .party ? field.parties : all)
                let names = records.compactMap { record -> String? in
                    if case .text(let name)? = record[field.id] { return name } else { return nil }
                }
                #expect(names.allSatisfy(allowed.contains), "\(question.id).\(field.id): \(names)")
                named["\(question.id).\(field.id)"] = names
            }
        }
        // Two public parties: the lead is asked and names the first; three roles name three different parties.
        #expect(named["lead_public_party"] == ["Offentlig part 1"], "\(named)")
        #expect(named["party_roles.party"].map { Set($0).count } == 3, "\(named)")
        #expect(named["key_staff.party"]?.count == 2, "\(named)")
    }

    @Test func everyValueOfEveryVariableReachesItsCombination() throws {
        let (library, graph, maker) = try Self.setUp()
        let questionnaire = library.questionnaire
        var kinds: Set<String> = []
        for variable in Set(graph.groups.joined()).sorted() {
            let domain = maker.domain(variable, reads: graph.reads[variable] ?? CheckReads())
            #expect(domain.first == .base, "\(variable)")
            #expect(Set(domain.map(\.description)).count == domain.count, "\(variable): \(domain)")
            for value in domain.dropFirst() {
                let answers = maker.answers([variable: value])
                switch (variable, value) {
                case (.answer(let id), .unanswered):
                    #expect(answers[id] == nil, "\(variable)")
                    kinds.insert("unanswered answer")
                case (.answer(let id), .value(let v)):
                    let asked = questionnaire.question(id)?.askWhen == nil
                    #expect(Self.same(answers[id], v) || (!asked && answers[id] == nil), "\(variable) = \(value)")
                    kinds.insert("answer")
                case (.count(let id), .count(let n)):
                    if case .list(let records)? = answers[id] {
                        #expect(records.count == n, "\(variable) = \(value)")
                        kinds.insert("count")
                    } else {
                        #expect(questionnaire.question(id)?.askWhen != nil, "\(variable) = \(value) left out")
                    }
                case (.field(let list, let field), _):
                    guard case .list(let records)? = answers[list] else { continue }
                    for record in records {
                        switch value {
                        case .unanswered: #expect(record[field] == nil, "\(variable)")
                        case .value(let v):
                            let asked = questionnaire.question(list)?.field(field)?.askWhen == nil
                            #expect(
                                Self.same(record[field], v) || (!asked && record[field] == nil),
                                "\(variable) = \(value)")
                        default: break
                        }
                    }
                    kinds.insert("field \(value == .mixed ? "mixed" : value == .unanswered ? "unanswered" : "value")")
                default:
                    Issue.record("\(variable) takes \(value)")
                }
            }
        }
        // The bundled library's conditions read answers, numbers of records and fields of records, compare them
        // with constants and ask whether they are answered.
        #expect(
            kinds == [
                "answer", "unanswered answer", "count", "field value", "field unanswered", "field mixed",
            ], "\(kinds)")
    }

    /// `"se" in public_parties.country` is decided by the countries of all the public parties: the combination
    /// `mixed` gives the records the options in turn, so one party is Swedish and the next Danish.
    @Test func mixedRecordsTakeTheOptionsInTurn() throws {
        let (library, graph, maker) = try Self.setUp()
        let country = CheckVariable.field("public_parties", "country")
        let domain = maker.domain(country, reads: try #require(graph.reads[country]))
        #expect(domain.contains(.mixed), "\(domain)")
        let options = try #require(library.questionnaire.question("public_parties")?.field("country")?.options)
        #expect(options.count > 1)
        let answers = maker.answers([.count("public_parties"): .count(3), country: .mixed])
        guard case .list(let records)? = answers["public_parties"] else {
            Issue.record("no public parties")
            return
        }
        #expect(records.map { $0["country"] } == (0..<3).map { .choice(options[$0 % options.count].value) })
        // Three public parties, three different names, each named by the party fields that name a public party.
        #expect(Self.names(answers, ["public_parties"]).count == 3)
    }

    @Test(arguments: [
        (CheckValue.base, "base"), (.unanswered, "-"), (.mixed, "mixed"), (.count(2), "2"),
        (.value(.text("Acme")), "\"Acme\""),
        (
            .value(.texts(LanguageTexts([LanguageTexts.Entry(.sv, "Avtal"), LanguageTexts.Entry(.en, "Deal")]))),
            "\"Avtal\""
        ),
        (.value(.boolean(true)), "true"), (.value(.boolean(false)), "false"), (.value(.integer(31)), "31"),
        (.value(.amount(Amount(minorUnits: 1_000_050, currency: "DKK"))), "10000"),
        (.value(.date(CalendarDate(year: 2026, month: 6, day: 14)!)), "2026-06-14"),
        (.value(.choice("grant")), "grant"), (.value(.choices(["se", "dk"])), "[se, dk]"),
        (.value(.list([AnswerRecord(values: [:]), AnswerRecord(values: [:])])), "2"),
        (.value(.record(AnswerRecord(values: [:]))), "{}"),
    ])
    func aValueIsShownShortInTheReport(value: CheckValue, text: String) {
        #expect(value.description == text)
    }

    @Test func variablesAreWrittenAsConditionsWriteThem() {
        #expect(CheckVariable.answer("funding_model").description == "funding_model")
        #expect(CheckVariable.count("suppliers").description == "count(suppliers)")
        #expect(CheckVariable.field("public_parties", "country").description == "public_parties.country")
        #expect(CheckVariable.count("suppliers") < .field("public_parties", "country"))
    }
}
