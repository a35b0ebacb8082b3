import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `clauses lint` on the outline's agreement date and signing question, and on the rarer defects of outlines,
/// clauses and terms: each reported at the line to fix.
@Suite("Library lint: edge cases")
struct LintEdgeTests {
    /// A copy of the fixture library in a temporary folder, changed by `edit`, then loaded and linted.
    func lint(_ edit: (URL) throws -> Void) throws -> (diagnostics: [Diagnostic], root: URL) {
        let root = try TestEnvironment.temporaryDirectory("lint-edge")
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

    func write(_ file: String, _ text: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func expectDiagnostic(
        _ result: (diagnostics: [Diagnostic], root: URL), file: String, line: Int, column: Int? = nil,
        _ message: String, severity: Diagnostic.Severity = .error,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let path = result.root.appendingPathComponent(file).path
        let found = result.diagnostics.contains {
            $0.severity == severity && $0.location?.file == path && $0.location?.line == line
                && (column == nil || $0.location?.column == column) && $0.message.contains(message)
        }
        #expect(
            found,
            "expected \(severity) '\(message)' at \(file):\(line), got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    // MARK: Date and signing questions

    /// The agreement date and signing question name questions of the wrong type: each error stands where the
    /// outline names the question (it used to have no line at all).
    @Test func aDateOrSigningQuestionOfTheWrongTypeIsReportedWhereTheOutlineNamesIt() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n", "version: 1.0.0\ndate: project_title\nsigning: publish\n",
                in: $0)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 3, column: 7,
            "the agreement date 'project_title' is not a date question")
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 4, column: 10,
            "the signing question 'publish' is not a choice with the options electronic, paper")
        #expect(result.diagnostics.allSatisfy { $0.location != nil }, "\(result.diagnostics)")
    }

    /// A signing question that is a choice, but with other options than `electronic` and `paper`, is refused too;
    /// a question the questionnaire lacks also.
    @Test func aSigningChoiceWithOtherOptionsAndAMissingDateQuestionAreRefused() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n",
                "version: 1.0.0\ndate: signed_on\nsigning: results_model\n", in: $0)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 3, "the agreement date 'signed_on' is not a date question")
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 4, "the signing question 'results_model' is not a choice")
    }

    /// Date and signing questions of the right kinds are clean, and count as used.
    @Test func rightDateAndSigningQuestionsAreClean() throws {
        let result = try lint { root in
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n", "version: 1.0.0\ndate: start_date\nsigning: signing\n",
                in: root)
            try replace(
                "questionnaire.yaml", "      - id: publish\n",
                """
                      - id: signing
                        type: choice
                        label: { sv: Undertecknande, en: Signing }
                        options:
                          - value: electronic
                            label: { sv: Elektroniskt, en: Electronic }
                          - value: paper
                            label: { sv: På papper, en: On paper }
                      - id: publish

                """, in: root)
        }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    /// An outline built in code (no place in the file for `date:`) names a question of the wrong type: the error
    /// stands at the question itself.
    @Test func anOutlineWithoutPlacesReportsAtTheQuestion() throws {
        var library = try MiniLibrary.load()
        library.outlines["mini"]?.dateQuestion = "project_title"
        library.outlines["mini"]?.signingQuestion = "budget"
        let lint = LibraryLinter(library: library).lint()
        let title = try #require(library.questionnaire.question("project_title"))
        let budget = try #require(library.questionnaire.question("budget"))
        #expect(lint.contains { $0.location == title.location && $0.message.contains("'project_title'") }, "\(lint)")
        #expect(lint.contains { $0.location == budget.location && $0.message.contains("'budget'") }, "\(lint)")
    }
}
