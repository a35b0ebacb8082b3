import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The engine features the legal revision needs: the questionnaire's checks across answers (the co-financing
/// acknowledgement, added values), clauses that declare that they survive, and headings that follow the number of
/// parties.
@Suite("Legal guards, survival and plural headings")
struct LegalGuardTests {
    // MARK: Helpers

    static func bundled() throws -> ClauseLibrary { try ExampleBuildTests.library.get() }

    /// The answers of an example, read as `build --final` reads them.
    static func example(_ name: String, library: ClauseLibrary) throws -> Answers {
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(name)")
        return try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire, requireComplete: false)
    }

    static func assemble(
        _ answers: Answers, library: ClauseLibrary, final: Bool, language: Language = .sv
    ) throws(DiagnosticError) -> AssemblyResult {
        try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: language, final: final))
    }

    /// The diagnostics a final assembly throws; empty when it succeeds.
    static func finalErrors(_ answers: Answers, library: ClauseLibrary) -> [Diagnostic] {
        do {
            _ = try assemble(answers, library: library, final: true)
            return []
        } catch {
            return error.diagnostics
        }
    }

    // MARK: Co-financing with results that are not open

    @Test("--final refuses co-financing with non-open results until the risk is acknowledged")
    func acknowledgementRequiredInFinal() throws {
        let library = try Self.bundled()
        var answers = try Self.example("health-care.yaml", library: library)
        #expect(answers["funding_model"] == .choice("co_financing"))
        #expect(answers["results_model"] != .choice("open"))
        #expect(Self.finalErrors(answers, library: library).isEmpty)

        answers.values["cofinancing_risk_acknowledged"] = nil
        answers.locations["cofinancing_risk_acknowledged"] = nil
        let errors = Self.finalErrors(answers, library: library)
        let refusal = try #require(errors.first { $0.message.hasSuffix("[cofinancing-not-open-unacknowledged]") })
        #expect(refusal.severity == .error)
        // Located at the later of the answers it concerns that the file holds (the acknowledgement is not there):
        // results_model.
        #expect(refusal.location == answers.location(of: AnswerPath("results_model")))
        #expect(refusal.location != nil)

        answers.values["cofinancing_risk_acknowledged"] = .boolean(false)
        #expect(Self.finalErrors(answers, library: library).contains { $0.message.contains("[cofinancing-not-open-") })
    }

    @Test("a draft and an acknowledged final show the co-financing warning and build")
    func warningShownInDraftAndFinal() throws {
        let library = try Self.bundled()
        var answers = try Self.example("health-care.yaml", library: library)
        let final = try Self.assemble(answers, library: library, final: true, language: .en)
        // The check, then the risky choice itself (co-financing: an option whose help is a warning).
        #expect(final.warnings.map(\.severity) == [.warning, .warning])
        #expect(final.warnings.first?.message.hasSuffix("[cofinancing-not-open]") == true)
        #expect(final.warnings.first?.message.contains("state aid") == true)
        #expect(
            final.warnings.last?.message.hasPrefix(
                "How is the project funded? (funding_model) = The public party co-finances the suppliers' costs: Warning"
            ) == true, "\(final.warnings)")

        answers.values["cofinancing_risk_acknowledged"] = nil
        let draft = try Self.assemble(answers, library: library, final: false)
        #expect(draft.warnings.allSatisfy { $0.severity == .warning })
        #expect(
            Set(
                draft.warnings.filter { $0.message.hasSuffix("]") }.compactMap { $0.message.split(separator: "[").last }
            )
                == ["cofinancing-not-open-unacknowledged]", "cofinancing-not-open]"])
        // Messages are worded in the messages language (English in tests), whatever the agreement's language.
        #expect(draft.warnings.first?.message.contains("state aid") == true)
    }

    @Test("open results or own costs fire no co-financing check")
    func noCheckWithoutTheRiskyCombination() throws {
        let library = try Self.bundled()
        var answers = try Self.example("health-care.yaml", library: library)
        answers.values["cofinancing_risk_acknowledged"] = nil
        answers.values["results_model"] = .choice("open")
        #expect(library.questionnaire.firedChecks(answers).isEmpty)
        answers.values["results_model"] = .choice("each_owns")
        answers.values["funding_model"] = .choice("own_costs")
        #expect(library.questionnaire.firedChecks(answers).isEmpty)
    }

    // MARK: Added values

    @Test("--final needs an added value or the reason why none is named")
    func addedValuesRequiredUnlessAReasonIsGiven() throws {
        let library = try Self.bundled()
        var answers = try Self.example("waste-collection.yaml", library: library)
        #expect(Self.finalErrors(answers, library: library).isEmpty)

        answers.values["added_values"] = nil
        answers.locations["added_values"] = nil
        let errors = Self.finalErrors(answers, library: library)
        let refusal = try #require(errors.first { $0.message.hasSuffix("[no-added-values]") })
        // No answer the check reads is in the file: the diagnostic names the answers file.
        #expect(refusal.location == nil)
        #expect(refusal.file == answers.file)
        #expect(try Self.assemble(answers, library: library, final: false).warnings.count == 1)

        answers.values["no_added_values_reason"] = .text("Mervärdena redovisas i kommunens program.")
        #expect(Self.finalErrors(answers, library: library).isEmpty)
    }

    // MARK: Checks in the questionnaire

    /// A copy of the fixture library whose questionnaire ends with `checks`, read and linted.
    func lintWithChecks(_ checks: String) throws -> (diagnostics: [Diagnostic], questionnaire: String) {
        let root = try TestEnvironment.temporaryDirectory("checks").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let url = root.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text + (text.hasSuffix("\n") ? "" : "\n") + checks).write(to: url, atomically: true, encoding: .utf8)
        return (LibraryLoader.check(directory: root.path).diagnostics, url.path)
    }

    /// The line of the fixture questionnaire's last line plus `n` (the lines of the appended checks, from 1).
    func checkLine(_ n: Int) throws -> Int {
        let text = try String(
            contentsOf: MiniLibrary.directory.appendingPathComponent("questionnaire.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        return (text.hasSuffix("\n") ? lines - 1 : lines) + n
    }

    @Test("a valid check lints clean and counts its questions as used")
    func validCheckIsClean() throws {
        let result = try lintWithChecks(
            """
            checks:
              - id: shared-unpublished
                when: results_model == "shared" and not publish
                level: warning
                sv: Delade resultat som inte offentliggörs.
                en: Shared results that are not published.
            """)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test("a check naming an unknown question is a located error")
    func checkWithUnknownQuestion() throws {
        let result = try lintWithChecks(
            """
            checks:
              - id: typo
                when: results_modle == "open"
                level: final
                sv: Fel.
                en: Wrong.
            """)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("results_modle"))
        #expect(error.location?.file == result.questionnaire)
        #expect(error.location?.line == (try checkLine(3)))
        #expect(error.location?.column == 11)
    }

    @Test("a check comparing a choice with a value that is no option is a located error")
    func checkWithBadOption() throws {
        let result = try lintWithChecks(
            """
            checks:
              - id: bad-option
                when: publish and results_model == "opne"
                level: final
                sv: Fel.
                en: Wrong.
            """)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.contains("opne"))
        #expect(error.location?.line == (try checkLine(3)))
    }

    @Test("a check needs a known level and a message in every language")
    func checkShape() throws {
        let result = try lintWithChecks(
            """
            checks:
              - id: shape
                when: publish
                level: fatal
                sv: Fel.
            """)
        let messages = result.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains { $0.contains("unknown level 'fatal'") })
        #expect(messages.contains { $0.contains("missing required key 'en'") })
    }

    @Test("an unanswered yes/no without default is false in every operator; answered() tells it apart")
    func unansweredYesNo() throws {
        let questionnaire = Questionnaire(
            sections: [
                QuestionSection(
                    id: "s", title: Localized([.sv: "S", .en: "S"]),
                    questions: [
                        Question(
                            id: "flag", type: .yesNo, label: Localized([.sv: "F", .en: "F"]),
                            location: SourceLocation(file: "q.yaml", line: 1, column: 1))
                    ])
            ], file: "q.yaml")
        let evaluator = ConditionEvaluator(answers: Answers(), questionnaire: questionnaire)
        for (source, expected) in [
            ("flag", false), ("not flag", true), ("flag == false", true), ("flag != true", true),
            ("flag == true", false), ("answered(flag)", false), ("not answered(flag)", true),
        ] {
            let condition = try ConditionParser.parse(source, at: SourceLocation(file: "t", line: 1, column: 1))
            #expect(evaluator.evaluate(condition).value == expected, "\(source)")
        }
    }

    @Test("the interview's review shows the checks the answers fire")
    func interviewShowsFiredChecks() throws {
        var questionnaire = try MiniLibrary.load().questionnaire
        let at = SourceLocation(file: "q.yaml", line: 1, column: 1)
        questionnaire.checks = [
            AnswerCheck(
                id: "open-and-many", when: try ConditionParser.parse("count(suppliers) > 1 and publish", at: at),
                level: .warning, message: Localized([.sv: "Flera leverantörer publicerar.", .en: "Many publish."]),
                location: at),
            AnswerCheck(
                id: "never", when: try ConditionParser.parse("not publish", at: at), level: .final,
                message: Localized([.sv: "Publiceras inte.", .en: "Not published."]), location: at),
        ]
        let run = try InterviewHarness(questionnaire: questionnaire).run(InterviewTests.completeScript)
        let review = try #require(run.output.components(separatedBy: "Granska svaren").last)
        #expect(review.contains("! Flera leverantörer publicerar."))
        #expect(!run.output.contains("Publiceras inte."))
    }

    // MARK: Survival

    /// The fixture library with survival declared: the purpose clause's sub-clause `purpose-start`, both results
    /// clauses and the publication clause survive, and the contributions clause lists them with `{{survivors}}`.
    func survivalLibrary(purposeSurvives: Bool = true) throws -> ClauseLibrary {
        let root = try TestEnvironment.temporaryDirectory("survival").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(file)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        }
        func header(_ line: String) -> (String) -> String {
            { $0.replacingOccurrences(of: "\nversion:", with: "\n\(line)\nversion:") }
        }
        if purposeSurvives { try edit("purpose/mini-purpose.clause", header("survives: [purpose-start]")) }
        try edit("results/mini-results-open.clause", header("survives: true"))
        try edit("results/mini-results-shared.clause", header("survives: true"))
        try edit("publication/mini-publication.clause", header("survives: true"))
        try edit("contributions/mini-contributions.clause") { text in
            text.replacingOccurrences(
                of: "\n=== en", with: "\n\n{{Survivors}} gäller även efter Avtalets slut.\n=== en")
                + "\n\nThe provisions of {{survivors}} survive.\n"
        }
        return try LibraryLoader.load(directory: root.path)
    }

    /// The paragraph that holds the survivors list, in the contributions clause.
    func survivorsParagraph(_ agreement: Agreement) throws -> [Inline] {
        var found: [Inline]?
        agreement.blocks.forEachBlock { block, _ in
            if case .paragraph(let p) = block, found == nil,
                p.contains(where: {
                    if case .text(let s) = $0 { s.contains("survive") || s.contains("gäller även") } else { false }
                })
            {
                found = p
            }
        }
        return try #require(found)
    }

    func references(_ inlines: [Inline]) -> [CrossReference] {
        inlines.compactMap { if case .reference(let r) = $0 { r } else { nil } }
    }

    @Test("survivors lists only the included surviving clauses, in document order, with the plural word")
    func survivorsOnlyIncludedInDocumentOrder() throws {
        let library = try survivalLibrary()
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        for language in [Language.sv, .en] {
            let result = try Self.assemble(answers, library: library, final: false, language: language)
            let paragraph = try survivorsParagraph(result.agreement)
            // mini-results-shared survives too, but the answers choose the open results clause.
            #expect(
                references(paragraph)
                    == ["purpose-start", "mini-results-open", "mini-publication"].map {
                        CrossReference(target: $0, form: .number)
                    })
            let text = Inline.plainText(paragraph)
            #expect(text.hasPrefix(language == .sv ? "Punkterna " : "The provisions of clauses "), "\(text)")
            #expect(paragraph.contains(.text(language == .sv ? " och " : " and ")))
            // The list is at the contributions clause, before the results and publication clauses it names.
            let ids = MiniLibrary.clauseIDs(result.agreement.blocks)
            #expect(ids.firstIndex(of: "mini-contributions")! < ids.firstIndex(of: "mini-results-open")!)
        }
    }

    @Test("a clause whose condition does not hold is left out of the survivors; one left reads in the singular")
    func survivorsSingular() throws {
        let library = try survivalLibrary(purposeSurvives: false)
        let answers = try MiniLibrary.answers(
            MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no"), library: library)
        let sv = try survivorsParagraph(try Self.assemble(answers, library: library, final: false).agreement)
        #expect(references(sv) == [CrossReference(target: "mini-results-open", form: .clauseCapitalized)])
        #expect(!sv.contains { if case .text(let s) = $0 { s.contains("unkterna") } else { false } })
        let en = try survivorsParagraph(
            try Self.assemble(answers, library: library, final: false, language: .en).agreement)
        #expect(references(en) == [CrossReference(target: "mini-results-open", form: .clause)])
    }

    @Test("the survivors are live cross-reference fields in DOCX and ODT")
    func survivorsAreLiveFields() throws {
        let library = try survivalLibrary()
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        let agreement = try Self.assemble(answers, library: library, final: false, language: .en).agreement
        let renderer = try DocumentRenderer(options: .reproducible(for: agreement, environment: [:]))
        let document = try #require(
            try PackageContents(try renderer.render(agreement, as: .docx)).text("word/document.xml"))
        let content = try #require(try PackageContents(try renderer.render(agreement, as: .odt)).text("content.xml"))
        for bookmark in ["_opi_purpose_start", "_opi_mini_results_open", "_opi_mini_publication"] {
            #expect(document.contains("REF \(bookmark) \\w \\h"), "\(bookmark)")
            #expect(content.contains("text:ref-name=\"\(bookmark)\""), "\(bookmark)")
        }
    }

    @Test("with no surviving clause included, survivors is a blank and --final refuses it")
    func noSurvivors() throws {
        let library = try survivalLibrary(purposeSurvives: false)
        var stripped = try MiniLibrary.answers(
            MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no"), library: library)
        // A value no results clause takes leaves the slot empty, so nothing that survives is included.
        stripped.values["results_model"] = .choice("none")
        let draft = try Self.assemble(stripped, library: library, final: false)
        let paragraph = try survivorsParagraph(draft.agreement)
        #expect(paragraph.contains { if case .blank = $0 { true } else { false } })
        #expect(references(paragraph).isEmpty)
        #expect(
            Self.finalErrors(stripped, library: library).contains {
                $0.message.contains("the survival list ('survivors') names no clause")
            })
    }

    @Test("survives lists must name the clause's own sub-clauses; a non-boolean is an error")
    func survivesIsChecked() throws {
        let root = try TestEnvironment.temporaryDirectory("survives-lint").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let purpose = root.appendingPathComponent("purpose/mini-purpose.clause")
        let text = try String(contentsOf: purpose, encoding: .utf8)
        try text.replacingOccurrences(of: "\nversion:", with: "\nsurvives: [purpose-strat]\nversion:")
            .write(to: purpose, atomically: true, encoding: .utf8)
        let unknown = LibraryLoader.check(directory: root.path).diagnostics
        #expect(
            unknown.contains {
                $0.severity == .error && $0.message.contains("'purpose-strat'")
                    && $0.message.contains("did you mean 'purpose-start'") && $0.location?.line == 3
            }, "\(unknown.map(\.description))")

        try text.replacingOccurrences(of: "\nversion:", with: "\nsurvives: sometimes\nversion:")
            .write(to: purpose, atomically: true, encoding: .utf8)
        let bad = LibraryLoader.check(directory: root.path).diagnostics
        #expect(
            bad.contains { $0.message.contains("'survives' must be true, false or a list") && $0.location?.line == 3 })
    }

    @Test("the bundled term clause lists exactly the included clauses that declare survival, in order")
    func bundledSurvivalSentence() throws {
        let library = try Self.bundled()
        for example in ExampleBuildTests.examples {
            let answers = try Self.example(example, library: library)
            let agreement = try Self.assemble(answers, library: library, final: true).agreement
            // Whole clauses that survive, and the sub-clauses that clauses list as surviving.
            let declared = Set(
                library.clauses.flatMap { clause -> [String] in
                    switch clause.survives {
                    case .whole: return [clause.id]
                    case .subclauses(let ids): return ids
                    case .none: return []
                    }
                })
            let included = MiniLibrary.clauseIDs(agreement.blocks).filter(declared.contains)
            var sentence: [Inline] = []
            agreement.blocks.forEachBlock { block, _ in
                if case .clause(let c) = block, c.id == "term-survival", case .paragraph(let p)? = c.body.first {
                    sentence = p
                }
            }
            #expect(references(sentence).map(\.target) == included, "\(example)")
            #expect(included.count > 1)
            // Clauses that survive but are left out by these answers are not named.
            let leftOut = declared.subtracting(included)
            #expect(!references(sentence).contains { leftOut.contains($0.target) })
        }
    }

    // MARK: Plural headings

    @Test("the knowledge-institutions heading follows the number of institutions")
    func pluralHeading() throws {
        let library = try Self.bundled()
        var answers = try Self.example("health-care.yaml", library: library)
        guard case .list(let institutions)? = answers["knowledge_institutions"] else {
            Issue.record("the health-care example has no knowledge institutions")
            return
        }
        try #require(institutions.count == 1)
        func heading(_ language: Language) throws -> String {
            let agreement = try Self.assemble(answers, library: library, final: false, language: language).agreement
            var found: String?
            agreement.blocks.forEachBlock { block, _ in
                if case .clause(let c) = block, c.id == "knowledge-institutions" {
                    found = c.heading.map { Inline.plainText($0.filter { if case .note = $0 { false } else { true } }) }
                }
            }
            return try #require(found)
        }
        #expect(try heading(.sv) == "Kunskapsinstitutionen")
        #expect(try heading(.en) == "The Knowledge Institution")
        var second = institutions[0]
        second.values["name"] = .text("Exempelstads tekniska högskola")
        second.values["short_name"] = .text("Högskolan")
        answers.values["knowledge_institutions"] = .list(institutions + [second])
        #expect(try heading(.sv) == "Kunskapsinstitutioner")
        #expect(try heading(.en) == "Knowledge Institutions")
    }

    @Test("a title holds only text and conditionals; its conditions are type-checked")
    func titleMarkupIsChecked() throws {
        let root = try TestEnvironment.temporaryDirectory("title-lint").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let purpose = root.appendingPathComponent("purpose/mini-purpose.clause")
        let text = try String(contentsOf: purpose, encoding: .utf8)
        try text.replacingOccurrences(
            of: "  sv: Bakgrund och syfte", with: "  sv: \"{{if count(supplier) > 1}}Syften{{else}}Syfte{{end}}\""
        ).write(to: purpose, atomically: true, encoding: .utf8)
        let unknown = LibraryLoader.check(directory: root.path).diagnostics
        #expect(unknown.contains { $0.severity == .error && $0.message.contains("supplier") && $0.location?.line == 6 })

        try text.replacingOccurrences(of: "  sv: Bakgrund och syfte", with: "  sv: \"Syfte {{project_title}}\"")
            .write(to: purpose, atomically: true, encoding: .utf8)
        let value = LibraryLoader.check(directory: root.path).diagnostics
        #expect(value.contains { $0.message.contains("a title holds only text") && $0.location?.line == 6 })
    }
}
