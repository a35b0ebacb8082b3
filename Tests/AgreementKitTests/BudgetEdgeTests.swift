import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The computed budget when parts are missing: shares before any contribution, a cap in another currency, funding
/// in one currency of several, and contributions or shares without their party or value.
@Suite("Budget figures at the edges")
struct BudgetEdgeTests {
    static func figures(_ yaml: String) throws -> BudgetFigures {
        let library = try Examples.library.get()
        let answers = try AnswersLoader.load(
            Data((BudgetFiguresTests.parties + "\n" + yaml).utf8), file: "budget.yaml",
            questionnaire: library.questionnaire, requireComplete: false)
        return BudgetFigures(
            answers: answers,
            parties: [.init(list: "public_parties", role: .publicParty), .init(list: "suppliers", role: .supplier)])
    }

    static func records(_ value: AnswerValue?) -> [[String: AnswerValue]] {
        guard case .list(let records)? = value else { return [] }
        return records.map(\.values)
    }

    static func amount(_ minor: Int64, _ currency: String = "SEK") -> AnswerValue {
        .amount(Amount(minorUnits: minor, currency: currency))
    }

    @Test func sharesBeforeAnyContributionAreShownWithoutComplaint() throws {
        let f = try Self.figures(
            """
            funding_model: grant
            grant_amount: 100 000 SEK
            funding_shares:
              - { party: Acme, amount: 40 000 SEK }
            """)
        #expect(f.problems.isEmpty, "\(f.problems.map(\.text))")
        let totals = Self.records(f.values["contribution_totals"])
        #expect(totals.count == 1)
        #expect(totals.first?["funding"] == Self.amount(4_000_000))
        #expect(totals.first?["total"] == Self.amount(0))
    }

    @Test func aCapInAnotherCurrencyIsNamedAndEveryCurrencyGetsItsFunding() throws {
        let f = try Self.figures(
            """
            contributions:
              - { party: Acme, kind: work, hours: 10, rate: 1000 SEK }
              - { party: Beta ApS, kind: money, value: 12.05 EUR }
            funding_model: grant
            grant_amount: 1 000 EUR
            funding_shares:
              - { party: Acme, amount: 5 000 SEK }
            """)
        let messages = f.problems.map(\.text)
        #expect(messages == ["funding_shares: 5000 SEK is in another currency than grant_amount (1000 EUR)"])
        let overall = Self.records(f.values["budget_totals"])
        #expect(overall.map { $0["currency"] } == [.text("SEK"), .text("EUR")])
        #expect(overall.last?["funding"] == Self.amount(0, "EUR"), "no funding in euros: 0")
        #expect(overall.last?["total"] == Self.amount(1205, "EUR"))
        #expect(overall.first?["funding_share"] == .integer(50))
    }

    @Test func partsWithoutTheirPartyOrValueAreLeftOutOrNamed() throws {
        let f = try Self.figures(
            """
            contributions:
              - { kind: work, hours: 10, rate: 1000 SEK }
              - { party: Acme, kind: work }
            funding_model: grant
            funding_shares:
              - { amount: 5 000 SEK }
              - { party: Acme }
            """)
        let messages = f.problems.map(\.text)
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("contributions[1]") == true, "\(messages)")
        #expect(Self.records(f.values["contribution_totals"]).isEmpty)
        // Amounts in messages are written as an answers file takes them.
        #expect(BudgetFigures.text(Amount(minorUnits: 1205, currency: "EUR")) == "12.05 EUR")
        #expect(BudgetFigures.text(Amount(minorUnits: 1250, currency: "EUR")) == "12.50 EUR")
    }

    /// Contributions made in code (no places in a file): a contribution naming no party, and one with neither a value
    /// nor hours and rate, are located at the contributions when their place is known, else nowhere.
    @Test func problemsOfContributionsMadeInCodeAreAtTheListOrNowhere() {
        let contributions = AnswerValue.list([
            AnswerRecord(values: ["party": .text("Gamma AB"), "value": Self.amount(100)]),
            AnswerRecord(values: ["party": .text("Alfa AB")]),
        ])
        let parties = AnswerValue.list([AnswerRecord(values: ["name": .text("Alfa AB")])])
        let place = AgreementKit.SourceLocation(file: "a.yaml", line: 4, column: 3)
        var answers = Answers(values: ["suppliers": parties, "contributions": contributions])
        let unplaced = BudgetFigures(answers: answers, parties: [.init(list: "suppliers", role: .supplier)])
        #expect(unplaced.problems.map(\.isWarning) == [true, false], "\(unplaced.problems.map(\.text))")
        #expect(unplaced.problems.allSatisfy { $0.location == nil })
        answers.locations["contributions"] = place
        let placed = BudgetFigures(answers: answers, parties: [.init(list: "suppliers", role: .supplier)])
        #expect(placed.problems.map(\.location) == [place, place])
    }
}
