import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// One combination of `check` that the questionnaire's checks refuse, or whose final agreement is not sound: a
/// reference to a clause the answers leave out (and its blank), a term used but not defined, a term defined but used
/// only inside the definitions.
@Suite("Combination check: failures of one agreement")
struct AgreementCheckerEdgeTests {
    static func copy(_ edit: (URL) throws -> Void) throws -> ClauseLibrary {
        let root = try TestEnvironment.temporaryDirectory("checker-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        try edit(copy)
        return try LibraryLoader.read(directory: copy.path)
    }

    static func replace(_ file: String, _ old: String, _ new: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(file) does not contain \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    static func failures(_ outcome: AgreementChecker.Outcome) -> [String] {
        guard case .failed(let diagnostics) = outcome else {
            Issue.record("not a failure: \(outcome)")
            return []
        }
        return diagnostics.map(\.message)
    }

    /// Answers a check of level `final` refuses are left out of the check, in every language.
    @Test func answersTheFinalChecksRefuseAreExcluded() throws {
        let library = try Self.copy { root in
            let url = root.appendingPathComponent("questionnaire.yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
            try
                (text
                    + """
                    checks:
                      - id: unpublished
                        when: not publish
                        level: final
                        sv: Resultaten offentliggörs inte.
                        en: The results are not published.

                    """).write(to: url, atomically: true, encoding: .utf8)
        }
        let checker = AgreementChecker(library: library, validator: nil)
        let unpublished = MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no")
        let outcomes = checker.check(yaml: unpublished, languages: [.sv, .en], outline: "mini")
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            guard case .excluded = outcome else {
                Issue.record("\(outcome)")
                continue
            }
        }
        guard case .ok = checker.check(yaml: MiniLibrary.complete, language: .en, outline: "mini") else {
            Issue.record("published answers are not refused")
            return
        }
    }

    /// A clause referring to an annex these answers leave out: the final agreement is refused with the reference
    /// error, a failure of the library (not a rule of the answers).
    @Test func aReferenceToWhatTheAnswersLeaveOutFails() throws {
        let folder = try TestEnvironment.temporaryDirectory("checker-edge")
        let library = try LibraryLoader.load(directory: CheckFixture.make(in: folder).path)
        let unpublished = MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no")
        let messages = Self.failures(
            AgreementChecker(library: library, validator: nil).check(yaml: unpublished, language: .en, outline: "mini"))
        #expect(
            messages.contains("the text refers to 'annex-publication', which these answers leave out of the agreement"),
            "\(messages)")
    }

    /// A term the text uses that terms.yaml lacks, and a term used only inside another term's definition.
    @Test func undefinedTermsAndTermsUsedOnlyInDefinitionsFail() throws {
        let library = try Self.copy { root in
            try Self.replace(
                "purpose/mini-purpose.clause", "on the project {{project_title}}.",
                "on the project {{project_title}} and the [[ghost]].", in: root)
            try Self.replace(
                "results/mini-results-open.clause", "Each [[party]] keeps its [[background]].",
                "Each [[party]] keeps its own.", in: root)
            try Self.replace(
                "terms.yaml", "everything a [[party]] produces in the project",
                "everything a [[party]] produces in the project beyond its [[background]]", in: root)
        }
        let messages = Self.failures(
            AgreementChecker(library: library, validator: nil).check(
                yaml: MiniLibrary.complete, language: .en, outline: "mini"))
        #expect(messages.contains("the term 'ghost' is used but not defined"), "\(messages)")
        #expect(
            messages.contains("the term 'background' is defined but not used outside the definitions"), "\(messages)")
    }

    /// A contribution naming no party is a warning even in a final agreement (its amount still counts under the name
    /// written): the final assembly succeeds with it among its problems, and the check passes.
    @Test func aWarningOfTheFinalAssemblyDoesNotFail() throws {
        let library = try Self.copy { root in
            try Self.replace(
                "questionnaire.yaml", "      - id: publish\n",
                """
                      - id: contributions
                        type: list
                        label: { sv: Insatser, en: Contributions }
                        fields:
                          - { id: party, type: text, label: { sv: Part, en: Party } }
                          - { id: value, type: amount, currency: SEK, label: { sv: Värde, en: Value } }
                      - id: publish

                """, in: root)
        }
        let yaml = MiniLibrary.complete + "\ncontributions:\n  - party: Gamma AB\n    value: 1000\n"
        let answers = try AnswersLoader.load(
            Data(yaml.utf8), file: AgreementChecker.file, questionnaire: library.questionnaire)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(outline: "mini", language: .en, final: true))
        #expect(result.problems.map(\.severity) == [.warning], "\(result.problems)")
        #expect(result.problems.first?.message.contains("Gamma AB") == true, "\(result.problems)")
        let outcome = AgreementChecker(library: library, validator: nil).check(
            yaml: yaml, language: .en, outline: "mini")
        guard case .ok = outcome else {
            Issue.record("\(outcome)")
            return
        }
    }

    /// A heading anchor with the id of an annex (which the library's loader lets through; lint refuses it): the
    /// final agreement is assembled but its model is not valid, and the check names the id used twice.
    @Test func aModelWithAnIDUsedTwiceFails() throws {
        let library = try Self.copy { root in
            let url = root.appendingPathComponent("results/mini-results-open.clause")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "## Spridning\n", with: "## Spridning {#annex-plan}\n")
                .replacingOccurrences(of: "## Dissemination\n", with: "## Dissemination {#annex-plan}\n")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let messages = Self.failures(
            AgreementChecker(library: library, validator: nil).check(
                yaml: MiniLibrary.complete, language: .en, outline: "mini"))
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.hasPrefix("the agreement is not valid: ") == true, "\(messages)")
        #expect(messages.first?.contains("annex-plan") == true, "\(messages)")
    }
}
