import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The computed budget: values from hours × rate, totals per party and currency, funding shares, and the amounts
/// that do not add up, located at the answers.
@Suite("Budget figures")
struct BudgetFiguresTests {
    static let parties = """
        public_parties:
          - name: Exempelstads kommun
            short_name: Kommunen
        suppliers:
          - name: Acme AB
            short_name: Acme
          - name: Beta ApS
        """

    private func answers(_ yaml: String) throws -> Answers {
        let library = try Examples.library.get()
        return try AnswersLoader.load(
            Data((Self.parties + "\n" + yaml).utf8), file: "budget.yaml", questionnaire: library.questionnaire,
            requireComplete: false)
    }

    private func figures(_ yaml: String) throws -> BudgetFigures {
        BudgetFigures(
            answers: try answers(yaml),
            parties: [.init(list: "public_parties", role: .publicParty), .init(list: "suppliers", role: .supplier)])
    }

    private func records(_ value: AnswerValue?) -> [[String: AnswerValue]] {
        guard case .list(let records)? = value else { return [] }
        return records.map(\.values)
    }

    private func sek(_ units: Int64, _ currency: String = "SEK") -> AnswerValue {
        .amount(Amount(minorUnits: units * 100, currency: currency))
    }

    @Test func totalsPerPartyAndCurrencyNeverMixCurrencies() throws {
        let f = try figures(
            """
            contributions:
              - { party: Kommunen, kind: work, hours: 100, rate: 500 SEK }
              - { party: Acme, kind: equipment, value: 20 000 SEK }
              - { party: Acme AB, kind: work, hours: 10, rate: 1000 SEK }
              - { party: Beta ApS, kind: money, value: 5 000 EUR }
              - { party: Acme, kind: data, value: 1 000 EUR }
            """)
        #expect(f.problems.isEmpty, "\(f.problems)")
        // hours × rate fills in the value.
        #expect(records(f.values["contributions"])[0]["value"] == sek(50_000))
        let totals = records(f.values["contribution_totals"])
        // Each party is named as the annexes name it: by its short name where it has one; the full name is kept.
        #expect(totals.map { $0["party"] } == [.text("Kommunen"), .text("Acme"), .text("Acme"), .text("Beta ApS")])
        #expect(
            totals.map { $0["party_name"] } == [
                .text("Exempelstads kommun"), .text("Acme AB"), .text("Acme AB"), .text("Beta ApS"),
            ])
        #expect(records(f.values["contributions"]).map { $0["party"] }.first == .text("Kommunen"))
        #expect(totals.map { $0["total"] } == [sek(50_000), sek(30_000), sek(1_000, "EUR"), sek(5_000, "EUR")])
        let overall = records(f.values["budget_totals"])
        #expect(overall.map { $0["total"] } == [sek(80_000), sek(6_000, "EUR")])
        #expect(overall.map { $0["currency"] } == [.text("SEK"), .text("EUR")])
    }

    @Test func hoursTimesRateMustMatchATypedValue() throws {
        let f = try figures(
            """
            contributions:
              - party: Acme
                kind: work
                hours: 10
                rate: 1000 SEK
                value: 12 000 SEK
              - party: Gamma AB
                value: 1 SEK
              - party: Acme
                kind: work
                hours: 3
            """)
        #expect(f.problems.count == 3)
        #expect(f.problems[0].text == "contributions[0]: hours × rate is 10000 SEK, but the value is 12000 SEK")
        #expect(f.problems[0].location?.description == "budget.yaml:13:12")
        #expect(f.problems[1].text.hasPrefix("'Gamma AB' in 'contributions' is not the name or short name"))
        #expect(f.problems[1].location?.description == "budget.yaml:14:12")
        // A name that is no party's is a warning even in a final agreement; its amount counts under that name.
        #expect(f.problems.map(\.isWarning) == [false, true, false])
        #expect(records(f.values["contribution_totals"]).last?["party"] == .text("Gamma AB"))
        #expect(f.problems[2].text == "contributions[2] has no value: give 'value', or 'hours' and 'rate'")
    }

    @Test func coFinancingSharesAreComputedAndCapped() throws {
        let base = """
            contributions:
              - { party: Acme, kind: work, hours: 1000, rate: 1000 SEK }
              - { party: Beta ApS, kind: work, hours: 300, rate: 1000 SEK }
            funding_model: co_financing
            public_funding_basis: de_minimis
            cofinancing_share: 50
            """
        let ok = try figures(
            base + """

                cofinancing_amount: 700 000 SEK
                funding_shares:
                  - { party: Acme, amount: 490 000 SEK }
                  - { party: Beta ApS, amount: 150 000 SEK }
                """)
        #expect(ok.problems.isEmpty, "\(ok.problems)")
        let totals = records(ok.values["contribution_totals"])
        #expect(totals.map { $0["funding_share"] } == [.integer(49), .integer(50)])
        #expect(records(ok.values["budget_totals"]).first?["funding"] == sek(640_000))
        #expect(records(ok.values["budget_totals"]).first?["funding_share"] == .integer(49))

        let bad = try figures(
            base + """

                cofinancing_amount: 600 000 SEK
                funding_shares:
                  - { party: Acme, amount: 510 000 SEK }
                  - { party: Kommunen, amount: 10 SEK }
                  - { party: Beta ApS, amount: 400 000 SEK }
                """)
        let messages = bad.problems.map(\.text)
        #expect(messages.contains { $0.contains("'Exempelstads kommun' is no supplier") })
        #expect(
            messages.contains {
                $0.contains(
                    "'Acme AB' gets 510000 SEK, 51 % of its costs of 1000000 SEK, above cofinancing_share (50 %)")
            })
        #expect(
            messages.contains {
                $0.contains("'Beta ApS' gets 400000 SEK, more than its contributions of 300000 SEK (133 %)")
            })
        let cap = bad.problems.first {
            $0.text.hasPrefix("funding_shares add up to 910010 SEK, above cofinancing_amount")
        }
        #expect(cap?.location?.description == "budget.yaml:14:21")
    }

    @Test func aTypedTotalMustBeTheComputedOne() throws {
        let f = try figures(
            """
            project_budget: 100 000 SEK
            contributions:
              - { party: Acme, value: 90 000 SEK }
            """)
        #expect(
            f.problems.map(\.text) == ["project_budget is 100000 SEK, but the contributions add up to 90000 SEK"])
        #expect(f.problems.first?.location?.description == "budget.yaml:8:17")
    }

    @Test func finalAgreementsRefuseFiguresThatDoNotAddUpAndDraftsWarn() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "cofinancing_amount: 1 800 000 SEK", with: "cofinancing_amount: 1 500 000 SEK")
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("cofinancing_amount:") }! + 1
        let answers = try AnswersLoader.load(
            Data(text.utf8), file: "health-care.yaml", questionnaire: library.questionnaire, requireComplete: false)
        let message =
            "health-care.yaml:\(line):21: error: funding_shares add up to 1600000 SEK, above cofinancing_amount (1500000 SEK)"
        let error = #expect(throws: DiagnosticError.self) {
            _ = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv, final: true))
        }
        #expect(error.map { "\($0)" }?.contains(message) == true, "\(String(describing: error))")
        let draft = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        #expect(
            draft.problems.map(\.description).contains(message.replacingOccurrences(of: "error:", with: "warning:")))
    }

    /// A contribution naming no party is only a warning, in a final agreement too, located at the name.
    @Test func aContributionNamingNoPartyIsAWarningEvenInAFinalAgreement() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let at = try #require(lines.firstIndex { $0.hasPrefix("contributions:") }) + 1
        #expect(lines[at] == "  - party: Regionen")
        lines[at] = "  - party: Nobody"
        let answers = try AnswersLoader.load(
            Data(lines.joined(separator: "\n").utf8), file: "health-care.yaml", questionnaire: library.questionnaire,
            requireComplete: false)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: .sv, final: true))
        let warnings = result.problems.filter { $0.message.contains("'Nobody' in 'contributions'") }
        #expect(warnings.count == 1, "\(result.problems)")
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.location?.line == at + 1)
        #expect(warnings.first?.location?.column == 12)
    }

    /// Answers without locations (given in code): a figure that does not add up names the answers' file.
    @Test func aFigureWithoutALocationNamesTheAnswersFile() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "project_budget: 6 400 000 SEK", with: "project_budget: 6 500 000 SEK")
        var answers = try AnswersLoader.load(
            Data(text.utf8), file: "health-care.yaml", questionnaire: library.questionnaire, requireComplete: false)
        answers.locations = [:]
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        let differs = try #require(
            result.problems.first { $0.message.hasPrefix("project_budget is 6500000 SEK") }, "\(result.problems)")
        #expect(differs.severity == .warning)
        #expect(differs.location == nil)
        #expect(differs.file == "health-care.yaml")
    }

    @Test func computedQuestionsAreNotAnswered() throws {
        let error = #expect(throws: (any Error).self) {
            _ = try answers("budget_totals:\n  - { currency: SEK, total: 1 SEK }\n")
        }
        #expect(
            error.map { "\($0)" }?.contains("'budget_totals' is computed from the other answers; leave it out") == true,
            "\(String(describing: error))")
        let library = try Examples.library.get()
        let computed = library.questionnaire.questions.filter(\.computed).map(\.id)
        #expect(Set(computed) == BudgetFigures.computedQuestions)
        let required = library.questionnaire.questions.filter { $0.computed && $0.required }
        #expect(required.isEmpty)
    }
}

extension BudgetFigures.Problem {
    /// The message as the messages language (English in tests) words it.
    var text: String { Diagnostic(.error, message).message }
}
