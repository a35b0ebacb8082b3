import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Defaults and currencies computed from earlier answers (`default_when:`, `currency_when:`).
@Suite("Computed defaults")
struct ComputedDefaultTests {
    static func bundled() throws -> Questionnaire {
        try LibraryLoader.load(directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
            .questionnaire
    }

    static func answers(_ yaml: String, _ questionnaire: Questionnaire) throws -> Answers {
        try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
    }

    static let danish = """
        public_parties:
          - name: Eksempelby Kommune
            country: dk
            cvr_number: "29615403"
        """

    @Test("all Danish public parties: Danish law and kroner; one Swedish: Swedish law and kronor")
    func fromTheCountries() throws {
        let questionnaire = try Self.bundled()
        let law = try #require(questionnaire.question("governing_law"))
        let budget = try #require(questionnaire.question("project_budget"))
        let danish = try Self.answers(Self.danish + "\nproject_budget: 3500000\n", questionnaire)
        #expect(questionnaire.defaultValue(for: law, in: danish) == .choice("dk"))
        #expect(questionnaire.currency(for: budget, in: danish) == "DKK")
        #expect(danish["project_budget"] == .amount(Amount(minorUnits: 350_000_000, currency: "DKK")))
        // Conditions see the computed default.
        let evaluator = ConditionEvaluator(answers: danish, questionnaire: questionnaire)
        #expect(evaluator.resolve(AnswerPath("governing_law")) == .choice("dk"))
        // An answer given wins over the computed default.
        let chosen = try Self.answers(Self.danish + "\ngoverning_law: se\n", questionnaire)
        #expect(evaluator.resolve(AnswerPath("governing_law")) == .choice("dk"))
        #expect(
            ConditionEvaluator(answers: chosen, questionnaire: questionnaire).resolve(AnswerPath("governing_law"))
                == .choice("se"))
        let swedish = try Self.answers(
            "public_parties:\n  - name: Exempelstads kommun\nproject_budget: 100\n", questionnaire)
        #expect(questionnaire.defaultValue(for: law, in: swedish) == .choice("se"))
        #expect(swedish["project_budget"] == .amount(Amount(minorUnits: 10_000, currency: "SEK")))
    }

    @Test("Swedish and Danish parties together: English for arbitration and mediation")
    func mixedProceedingsLanguage() throws {
        let questionnaire = try Self.bundled()
        let language = try #require(questionnaire.question("proceedings_language"))
        let mixed = try Self.answers(
            Self.danish + "\nsuppliers:\n  - name: Alfa AB\n    organisation_number: 556036-0793\n", questionnaire)
        #expect(questionnaire.defaultValue(for: language, in: mixed) == .choice("en"))
        #expect(
            questionnaire.defaultValue(for: language, in: try Self.answers(Self.danish, questionnaire)) == .choice("da")
        )
    }

    @Test("the interview shows the computed default and Enter takes it")
    func interviewShowsIt() throws {
        var questionnaire = try MiniLibrary.load().questionnaire
        let section = try #require(questionnaire.sections.firstIndex { $0.id == "project" })
        let index = try #require(questionnaire.sections[section].questions.firstIndex { $0.id == "results_model" })
        questionnaire.sections[section].questions[index].defaultWhen = [
            ComputedValue(
                when: try ConditionParser.parse(
                    "count(suppliers) > 1", at: SourceLocation(file: "q.yaml", line: 1, column: 1)),
                value: .choice("shared"))
        ]
        var script = InterviewTests.completeScript
        let answer = try #require(script.firstIndex(of: "1"))
        script[answer] = ""
        let run = try InterviewHarness(questionnaire: questionnaire).run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["results_model"] == .choice("shared"))
        #expect(run.output.contains("  2) Delat ägande\n"))
        #expect(run.output.contains("[2] > "))
    }

    @Test("a computed default may name only earlier questions, and its value must be valid")
    func checkedWhenRead() throws {
        let root = try TestEnvironment.temporaryDirectory("computed").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let url = root.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "      - id: results_model\n        type: choice\n",
            with: "      - id: results_model\n        type: choice\n        default_when:\n"
                + "          - { when: publish, value: open }\n          - { when: budget > 1, value: opne }\n")
        #expect(changed != text)
        try changed.write(to: url, atomically: true, encoding: .utf8)
        let messages = LibraryLoader.check(directory: root.path).diagnostics.filter { $0.severity == .error }.map(
            \.message)
        #expect(messages.contains { $0.contains("may name only questions asked before it, not 'publish'") })
        #expect(messages.contains { $0.contains("opne") })
    }
}
