import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Checks across answers: `any(...)` in conditions, `concerns:`, the location at the later answer, the interview
/// asking again at the later answer, and the bundled questionnaire's consistency checks.
@Suite("Consistency checks")
struct ConsistencyCheckTests {
    static let at = SourceLocation(file: "q.yaml", line: 1, column: 1)

    static func condition(_ text: String) throws -> Condition { try ConditionParser.parse(text, at: at) }

    /// The fixture questionnaire with these checks.
    static func mini(_ checks: [AnswerCheck]) throws -> Questionnaire {
        var questionnaire = try MiniLibrary.load().questionnaire
        questionnaire.checks = checks
        return questionnaire
    }

    static func check(_ id: String, _ when: String, _ level: AnswerCheck.Level = .final, concerns: [String]? = nil)
        throws -> AnswerCheck
    {
        AnswerCheck(
            id: id, when: try condition(when), level: level,
            message: Localized([.sv: "Kontroll \(id).", .en: "Check \(id)."]), location: at,
            concerns: concerns.map { $0.map { AnswerPath($0) } })
    }

    @Test("any() holds when the condition holds for one record, with the record bound to its name")
    func anyOverRecords() throws {
        let library = try MiniLibrary.load()
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: library.questionnaire)
        for (source, expected) in [
            ("any(suppliers, s, s.contribution > 200000)", true),
            ("any(suppliers, s, s.contribution > 300000)", false),
            ("any(suppliers, s, s.name == \"Alfa AB\" and s.contribution < budget)", true),
            ("not any(public_parties, p, p.name == \"Beta AB\")", true),
        ] {
            #expect(evaluator.evaluate(try Self.condition(source)).value == expected, "\(source)")
        }
        let none = ConditionEvaluator(answers: Answers(), questionnaire: library.questionnaire)
        #expect(none.evaluate(try Self.condition("any(suppliers, s, s.contribution > 0)")).value == false)
    }

    @Test("any() is type-checked: a list first, the record's fields inside; a missing part is a located error")
    func anyIsChecked() throws {
        let checker = ConditionChecker(questionnaire: try MiniLibrary.load().questionnaire)
        #expect(checker.check(try Self.condition("any(suppliers, s, s.contribution > budget)")).isEmpty)
        let field = checker.check(try Self.condition("any(suppliers, s, s.contributon > budget)"))
        #expect(field.first?.message.contains("'contributon' is not a field of 'suppliers'") == true)
        let notList = checker.check(try Self.condition("any(budget, s, s.x > 1)"))
        #expect(notList.first?.message.contains("any() needs a list of records") == true)
        #expect(throws: DiagnosticError.self) { try Self.condition("any(suppliers, s.contribution > 1)") }
    }

    @Test("a check concerns the questions its condition reads unless it says; it is shown at the last of them")
    func concernsAndTrigger() throws {
        let derived = try Self.check("a", "any(suppliers, s, s.contribution > budget)")
        #expect(derived.concerns == [AnswerPath("suppliers"), AnswerPath("budget")])
        let questionnaire = try Self.mini([derived])
        #expect(questionnaire.triggerIndex(of: derived) == questionnaire.questions.firstIndex { $0.id == "budget" })
        let given = try Self.check("b", "any(suppliers, s, s.contribution > budget)", concerns: ["suppliers"])
        #expect(given.concerns == [AnswerPath("suppliers")])
    }

    @Test("build locates a fired check at the later of the answers it concerns")
    func locatedAtTheLaterAnswer() throws {
        let library = try MiniLibrary.load()
        let questionnaire = try Self.mini([
            try Self.check("later", "budget > 1000 and count(public_parties) > 0", .final)
        ])
        let answers = try AnswersLoader.load(
            Data(MiniLibrary.complete.utf8), file: "answers.yaml", questionnaire: library.questionnaire)
        let diagnostics = questionnaire.checkDiagnostics(answers, language: .en, final: true)
        let fired = try #require(diagnostics.first)
        #expect(fired.severity == .error)
        #expect(fired.location == answers.location(of: AnswerPath("budget")))
    }

    @Test("the `concerns:` of a check must name questions")
    func concernsMustNameQuestions() throws {
        let root = try TestEnvironment.temporaryDirectory("concerns").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let url = root.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try
            (text + "\nchecks:\n  - id: c\n    when: budget > 1\n    concerns: [budgte]\n    level: final\n"
            + "    sv: S.\n    en: E.\n").write(to: url, atomically: true, encoding: .utf8)
        let diagnostics = LibraryLoader.check(directory: root.path).diagnostics.filter { $0.severity == .error }
        #expect(diagnostics.contains { $0.message.contains("unknown question 'budgte'; did you mean 'budget'?") })
    }

    /// The complete script with the budget answered by `budget` (one or more lines).
    static func script(budget: [String]) -> [String] {
        var script = InterviewTests.completeScript
        let index = try! #require(script.firstIndex(of: "1250000.50"))
        script.replaceSubrange(index...index, with: budget)
        return script
    }

    @Test("the interview shows a final check at the later answer and asks it again")
    func interviewAsksAgain() throws {
        let questionnaire = try Self.mini([
            try Self.check("above", "any(suppliers, s, s.contribution > budget)")
        ])
        let run = try InterviewHarness(questionnaire: questionnaire).run(Self.script(budget: ["200000", "1250000.50"]))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["budget"] == .amount(Amount(minorUnits: 125_000_050, currency: "SEK")))
        let shown = try #require(run.output.range(of: "! Kontroll above."))
        // Shown right after the budget, before the next question.
        #expect(run.output[shown.upperBound...].contains("Ändra svaret, eller ge samma svar igen"))
        #expect(!run.output[..<shown.lowerBound].contains("Vem äger resultaten?"))
    }

    @Test("the same answer given again keeps it")
    func interviewKeepsAnInsistedAnswer() throws {
        let questionnaire = try Self.mini([try Self.check("above", "any(suppliers, s, s.contribution > budget)")])
        let run = try InterviewHarness(questionnaire: questionnaire).run(Self.script(budget: ["200000", ""]))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["budget"] == .amount(Amount(minorUnits: 20_000_000, currency: "SEK")))
        #expect(
            run.output.components(separatedBy: "! Kontroll above.").count == 3, "shown at the answer and the review")
    }

    @Test("a warning check asks for confirmation; no asks the question again")
    func interviewConfirmsAWarning() throws {
        let questionnaire = try Self.mini([try Self.check("shared", "results_model == \"shared\"", .warning)])
        var script = InterviewTests.completeScript
        let index = try #require(script.firstIndex(of: "1"))
        script.replaceSubrange(index...index, with: ["2", "n", "1"])
        let run = try InterviewHarness(questionnaire: questionnaire).run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["results_model"] == .choice("open"))
        #expect(run.output.contains("! Kontroll shared.\nBehålla svaret ändå? [j/N] "))

        var keep = InterviewTests.completeScript
        keep.replaceSubrange(index...index, with: ["2", "j"])
        let kept = try InterviewHarness(questionnaire: questionnaire).run(keep)
        guard case .completed(let keptAnswers) = kept.outcome else {
            Issue.record("not completed:\n\(kept.output)")
            return
        }
        #expect(keptAnswers["results_model"] == .choice("shared"))
    }

    // MARK: The bundled questionnaire

    static func bundled() throws -> ClauseLibrary {
        try LibraryLoader.load(directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
    }

    static func example(_ name: String, library: ClauseLibrary) throws -> Answers {
        let path = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(name)").path
        return try AnswersLoader.load(
            try Data(contentsOf: URL(fileURLWithPath: path)), file: path, questionnaire: library.questionnaire)
    }

    static func fired(_ answers: Answers, _ library: ClauseLibrary) -> Set<String> {
        Set(library.questionnaire.firedChecks(answers).map(\.id))
    }

    static func date(_ text: String) -> AnswerValue { .date(CalendarDate(iso: text)!) }
    static func sek(_ units: Int64, _ currency: String = "SEK") -> AnswerValue {
        .amount(Amount(minorUnits: units * 100, currency: currency))
    }

    @Test("the examples fire none of the consistency checks")
    func examplesAreConsistent() throws {
        let library = try Self.bundled()
        let consistency: Set<String> = [
            "project-end-before-start", "phase-after-project-end", "phase-before-project-start",
            "cofinancing-above-budget", "grant-above-budget", "cofinancing-other-currency", "grant-other-currency",
            "liability-cap-other-currency",
        ]
        #expect(consistency.isSubset(of: Set(library.questionnaire.checks.map(\.id))))
        for name in ["health-care.yaml", "waste-collection.yaml", "cross-border.yaml"] {
            let answers = try Self.example(name, library: library)
            #expect(Self.fired(answers, library).isDisjoint(with: consistency), "\(name)")
        }
    }

    @Test("dates: the project ends after it starts and every phase is due within it")
    func bundledDates() throws {
        let library = try Self.bundled()
        var answers = Answers()
        answers.values["project_start"] = Self.date("2026-03-01")
        answers.values["project_end"] = Self.date("2026-02-01")
        #expect(Self.fired(answers, library).contains("project-end-before-start"))
        answers.values["project_end"] = Self.date("2027-02-01")
        #expect(!Self.fired(answers, library).contains("project-end-before-start"))
        answers.values["phases"] = .list([
            AnswerRecord(values: ["name": .text("A"), "end_date": Self.date("2026-06-01")]),
            AnswerRecord(values: ["name": .text("B"), "end_date": Self.date("2027-06-01")]),
        ])
        #expect(Self.fired(answers, library).contains("phase-after-project-end"))
        #expect(!Self.fired(answers, library).contains("phase-before-project-start"))
        answers.values["phases"] = .list([
            AnswerRecord(values: ["name": .text("A"), "end_date": Self.date("2026-01-01")])
        ])
        #expect(Self.fired(answers, library) == Self.fired(Answers(), library).union(["phase-before-project-start"]))
    }

    @Test("amounts: co-financing and grant within the budget, in its currency")
    func bundledAmounts() throws {
        let library = try Self.bundled()
        var answers = Answers()
        answers.values["funding_model"] = .choice("co_financing")
        answers.values["project_budget"] = Self.sek(3_500_000)
        answers.values["cofinancing_amount"] = Self.sek(4_000_000)
        #expect(Self.fired(answers, library).contains("cofinancing-above-budget"))
        answers.values["cofinancing_amount"] = Self.sek(400_000, "DKK")
        #expect(!Self.fired(answers, library).contains("cofinancing-above-budget"))
        #expect(Self.fired(answers, library).contains("cofinancing-other-currency"))
        answers.values["funding_model"] = .choice("grant")
        answers.values["grant_amount"] = Self.sek(5_000_000)
        #expect(Self.fired(answers, library).contains("grant-above-budget"))
        #expect(!Self.fired(answers, library).contains("cofinancing-above-budget"))
        answers.values["grant_amount"] = Self.sek(500_000, "EUR")
        #expect(Self.fired(answers, library).contains("grant-other-currency"))
        answers.values["liability_cap"] = Self.sek(1_000_000, "EUR")
        #expect(Self.fired(answers, library).contains("liability-cap-other-currency"))
    }

    @Test("each consistency check names its answers by their labels in both languages")
    func messagesNameLabels() throws {
        let library = try Self.bundled()
        let old: Set<String> = ["cofinancing-not-open", "cofinancing-not-open-unacknowledged", "no-added-values"]
        for check in library.questionnaire.checks where !old.contains(check.id) {
            for language in [Language.sv, .en] {
                let message = try #require(check.message[language])
                let labels = check.concerns.compactMap { library.questionnaire.question($0.root)?.label[language] }
                #expect(labels.contains { message.localizedCaseInsensitiveContains($0) }, "\(check.id) \(language)")
                #expect(!message.contains("_"), "\(check.id) names an id")
            }
        }
    }
}

/// The consistency checks and party answers as `build` and `batch` report them.
@Suite("Consistency checks on the command line")
struct ConsistencyCheckCLITests {
    static let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")

    /// The health-care example with the project ending before it starts, and its line of `project_end`.
    static func inconsistent() throws -> (text: String, line: Int) {
        let text = try String(contentsOf: example, encoding: .utf8).replacingOccurrences(
            of: "project_end: 2028-03-31", with: "project_end: 2026-09-30")
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.hasPrefix("project_end:")
                }) + 1
        return (text, line)
    }

    @Test("build: a warning in a draft and an error with --final, at the later answer")
    func build() throws {
        let dir = try TestEnvironment.temporaryDirectory("check-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (text, line) = try Self.inconsistent()
        let answers = dir.appendingPathComponent("answers.yaml")
        try text.write(to: answers, atomically: true, encoding: .utf8)
        let draft = try OPIBinary.run(
            ["build", answers.path, "-o", dir.appendingPathComponent("draft").path], input: nil)
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("\(answers.path):\(line):14: warning: "), "\(draft.stderr)")
        #expect(draft.stderr.contains("[project-end-before-start]"))
        let final = try OPIBinary.run(
            ["build", answers.path, "--final", "-o", dir.appendingPathComponent("final").path], input: nil)
        #expect(final.status == 1)
        #expect(final.stderr.contains("\(answers.path):\(line):14: error: "), "\(final.stderr)")
    }

    @Test("batch: each agreement's fired checks with its label")
    func batch() throws {
        let dir = try TestEnvironment.temporaryDirectory("check-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (text, _) = try Self.inconsistent()
        let indented = text.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n")
        let config = dir.appendingPathComponent("batch.yaml")
        try "output: { name: \"ett\" }\nagreements:\n  - answers:\n\(indented)\n".write(
            to: config, atomically: true, encoding: .utf8)
        let result = try OPIBinary.run(
            ["batch", config.path, "-o", dir.appendingPathComponent("out").path], input: nil)
        #expect(result.stderr.contains("[project-end-before-start]"), "\(result.stderr)")
    }
}
