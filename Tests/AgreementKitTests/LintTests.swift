import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `clauses lint`: the fixture library is clean, and each seeded defect is reported at its line.
@Suite("Library lint")
struct LintTests {
    /// A copy of the fixture library in a temporary folder, changed by `edit`, then loaded and linted.
    /// Returns the reading errors when the files cannot be read, else the linter's diagnostics.
    func lint(_ edit: (URL) throws -> Void) throws -> (diagnostics: [Diagnostic], root: URL) {
        let root = try TestEnvironment.temporaryDirectory("lint")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        try edit(copy)
        return (LibraryLoader.check(directory: copy.path).diagnostics, copy)
    }

    func replace(_ file: String, _ old: String, _ new: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(file) does not contain \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func expectDiagnostic(
        _ result: (diagnostics: [Diagnostic], root: URL), file: String, line: Int, _ message: String,
        severity: Diagnostic.Severity = .error, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let path = result.root.appendingPathComponent(file).path
        let found = result.diagnostics.contains {
            $0.severity == severity && $0.location?.file == path && $0.location?.line == line
                && $0.message.contains(message)
        }
        #expect(
            found,
            "expected \(severity) '\(message)' at \(file):\(line), got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    @Test func fixtureIsClean() throws {
        let result = try lint { _ in }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func bundledLibraryIsClean() throws {
        let diagnostics = LibraryLoader.check(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path
        ).diagnostics
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func duplicateClauseIDs() throws {
        let result = try lint { root in
            try FileManager.default.copyItem(
                at: root.appendingPathComponent("publication/mini-publication.clause"),
                to: root.appendingPathComponent("publication/copy.clause"))
        }
        expectDiagnostic(result, file: "publication/copy.clause", line: 2, "mini-publication")
    }

    @Test func unknownClauseInAReference() throws {
        let result = try lint {
            try replace(
                "publication/mini-publication.clause", "se {{ref results-owner}}.\n{{elif",
                "se {{ref results-ownr}}.\n{{elif", in: $0)
        }
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 12, "unknown clause 'results-ownr'")
    }

    @Test func unknownClauseInTheOutline() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "  - clause: mini-contributions", "  - clause: mini-contribution", in: $0)
        }
        expectDiagnostic(result, file: "agreements/mini.yaml", line: 16, "mini-contribution")
    }

    @Test func termUsedButNotDefined() throws {
        let result = try lint {
            try replace(
                "publication/mini-publication.clause", "[[results|Resultaten]] ska", "[[result|Resultaten]] ska", in: $0
            )
        }
        expectDiagnostic(
            result, file: "publication/mini-publication.clause", line: 12, "the term 'result' is used but not defined")
    }

    @Test func termDefinedButNeverUsed() throws {
        let result = try lint { root in
            let url = root.appendingPathComponent("terms.yaml")
            var text = try String(contentsOf: url, encoding: .utf8)
            text += "\nunused:\n  sv: { term: Oanvänd, definition: \"x\" }\n  en: { term: Unused, definition: \"x\" }\n"
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let line =
            try String(contentsOf: result.root.appendingPathComponent("terms.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("unused:") }.map {
                $0 + 1
            } ?? 0
        expectDiagnostic(result, file: "terms.yaml", line: line, "the term 'unused' is defined but never used")
    }

    @Test func conditionComparingAChoiceWithAnUnknownOption() throws {
        let result = try lint {
            try replace(
                "publication/mini-publication.clause", "=== sv\n{{if results_model == \"open\"}}",
                "=== sv\n{{if results_model == \"opne\"}}", in: $0)
        }
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 11, "opne")
    }

    @Test func conditionNamingAnUnknownQuestion() throws {
        let result = try lint {
            try replace("publication/mini-publication.clause", "when: publish", "when: publsh", in: $0)
        }
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 8, "publsh")
    }

    @Test func missingTranslation() throws {
        let result = try lint { root in
            let url = root.appendingPathComponent("publication/mini-publication.clause")
            let text = try String(contentsOf: url, encoding: .utf8)
            try String(text[..<text.range(of: "=== en")!.lowerBound]).write(to: url, atomically: true, encoding: .utf8)
        }
        expectDiagnostic(
            result, file: "publication/mini-publication.clause", line: 2, "no 'en' text (missing translation)")
    }

    @Test func translationsUsingDifferentReferencesTermsOrValues() throws {
        let result = try lint { root in
            try replace(
                "publication/mini-publication.clause", "see {{ref results-owner}}.", "see the ownership clause.",
                in: root)
            try replace("publication/mini-publication.clause", "The [[results]] shall", "The results shall", in: root)
            try replace(
                "publication/mini-publication.clause", "Publication: {{publish | yes_no}}", "Publication: yes", in: root
            )
        }
        expectDiagnostic(
            result, file: "publication/mini-publication.clause", line: 20, "lacks the reference to 'results-owner'")
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 20, "lacks the term 'results'")
        expectDiagnostic(
            result, file: "publication/mini-publication.clause", line: 20, "lacks the value 'publish|yes_no'")
    }

    @Test func valueNoQuestionProvides() throws {
        let result = try lint {
            try replace(
                "publication/mini-publication.clause", "senast {{publication_deadline | date}}",
                "senast {{publication_dedline | date}}", in: $0)
        }
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 12, "publication_dedline")
    }

    @Test func questionNoClauseUses() throws {
        let result = try lint { root in
            try replace(
                "questionnaire.yaml", "      - id: start_date\n",
                "      - id: never_used\n        type: text\n        label: { sv: Oanvänd, en: Unused }\n      - id: start_date\n",
                in: root)
        }
        let line =
            try String(contentsOf: result.root.appendingPathComponent("questionnaire.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("id: never_used") }.map {
                $0 + 1
            } ?? 0
        expectDiagnostic(result, file: "questionnaire.yaml", line: line, "'never_used' is not used", severity: .warning)
    }

    @Test func versionThatIsNotSemver() throws {
        let result = try lint {
            try replace("publication/mini-publication.clause", "version: 0.9.1", "version: 0.9", in: $0)
        }
        expectDiagnostic(result, file: "publication/mini-publication.clause", line: 3, "0.9")
    }

    @Test func idRepeatedByALoop() throws {
        let result = try lint { root in
            try replace(
                "contributions/mini-contributions.clause",
                "{{for s in suppliers}}\n**{{s.name}}** ({{s.organisation_number}}) bidrar",
                "{{for s in suppliers}}\n## {#per-supplier}\n**{{s.name}}** ({{s.organisation_number}}) bidrar",
                in: root)
        }
        expectDiagnostic(result, file: "contributions/mini-contributions.clause", line: 17, "repeated by a loop")
    }

    @Test func loopRowsWithOtherColumnsThanTheTableAbove() throws {
        let result = try lint { root in
            try replace(
                "purpose/mini-purpose.clause", "## Start {#purpose-start}\nProjektet",
                "| Part | Roll |\n|---|---|\n{{for s in suppliers}}\n| {{s.name}} |\n{{end}}\n\n## Start {#purpose-start}\nProjektet",
                in: root)
        }
        expectDiagnostic(
            result, file: "purpose/mini-purpose.clause", line: 17,
            "continue the table above, which has 2 columns, but have 1 cells")
    }

    @Test func fieldAskWhenNamingASiblingAndLoopsOverListsWithoutNames() throws {
        let result = try lint { root in
            try replace(
                "questionnaire.yaml", "          - id: contribution\n",
                "          - id: country\n            type: choice\n            default: se\n            label: { sv: Land, en: Country }\n            options:\n              - { value: se, label: { sv: Sverige, en: Sweden } }\n              - { value: dk, label: { sv: Danmark, en: Denmark } }\n          - id: contribution\n            ask_when: country == \"se\"\n",
                in: root)
            try replace(
                "questionnaire.yaml", "      - id: project_title\n",
                "      - id: goals\n        type: list\n        required: false\n        label: { sv: Mål, en: Goals }\n        fields:\n          - id: goal\n            type: text\n            label: { sv: Mål, en: Goal }\n      - id: project_title\n",
                in: root)
            for (language, word) in [("sv", "Projektet startar"), ("en", "The project starts")] {
                _ = language
                try replace(
                    "purpose/mini-purpose.clause", word, "{{for g in goals}}\n- {{g.goal}}\n{{end}}\n\n" + word,
                    in: root)
            }
        }
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.description))")
    }
}
