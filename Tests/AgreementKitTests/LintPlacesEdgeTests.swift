import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `clauses lint` on a slot no clause fills (its condition still checked), a clause without its first language's
/// text, a term defined in place (`[[=id]]`), and a library made in code, whose clauses know no line of their keys:
/// each problem stands at the clause's file.
@Suite("Library lint: empty slots, missing texts, clauses made in code")
struct LintPlacesEdgeTests {
    func lint(_ edit: (URL) throws -> Void) throws -> (diagnostics: [Diagnostic], root: URL) {
        try LintTests().lint(edit)
    }

    func replace(_ file: String, _ old: String, _ new: String, in root: URL) throws {
        try LintTests().replace(file, old, new, in: root)
    }

    /// The diagnostics as `file:line:col: severity: message`, the file relative to `root`.
    func described(_ diagnostics: [Diagnostic], root: URL) -> [String] {
        diagnostics.map { $0.description.replacingOccurrences(of: root.path + "/", with: "") }
    }

    /// A slot no clause fills is an error where the outline names it; its `when` is checked as any condition is.
    @Test func aSlotNoClauseFillsIsReportedAndItsConditionChecked() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "  - slot: results\n",
                "  - slot: results\n  - slot: extras\n    when: no_such_question\n", in: $0)
        }
        let found = described(result.diagnostics, root: result.root)
        #expect(
            found.contains("agreements/mini.yaml:18:11: error: the outline names slot 'extras', which no clause fills"),
            "\(found)")
        #expect(
            found.contains { $0.hasPrefix("agreements/mini.yaml:19:11: error: ") && $0.contains("'no_such_question'") },
            "\(found)")
    }

    /// A clause without the text of the library's first language: that is reported, and its other language is
    /// not compared with a text that is not there.
    @Test func aClauseWithoutItsFirstLanguagesText() throws {
        let result = try lint { root in
            let url = root.appendingPathComponent("purpose/mini-purpose.clause")
            let text = try String(contentsOf: url, encoding: .utf8)
            let sv = try #require(text.range(of: "=== sv\n"))
            let en = try #require(text.range(of: "=== en\n"))
            try (String(text[..<sv.lowerBound]) + String(text[en.lowerBound...])).write(
                to: url, atomically: true, encoding: .utf8)
        }
        let found = described(result.diagnostics, root: result.root)
        #expect(
            found == [
                "purpose/mini-purpose.clause:2:1: error: the clause 'mini-purpose' has no 'sv' text (missing translation)"
            ])
    }

    /// A term defined in place (`[[=id]]`) counts as a use of the term, and must be defined in terms.yaml.
    @Test func aTermDefinedInPlace() throws {
        let result = try lint { root in
            try replace(
                "publication/mini-publication.clause", "Leverantören får offentliggöra sina resultat.",
                "[[=party]] [[=publisher]] Leverantören får offentliggöra sina resultat.", in: root)
            try replace(
                "publication/mini-publication.clause", "The supplier may publish its results.",
                "[[=party]] [[=publisher]] The supplier may publish its results.", in: root)
        }
        let found = described(result.diagnostics, root: result.root)
        #expect(
            found == [
                "publication/mini-publication.clause:16:12: error: the term 'publisher' is used but not defined in terms.yaml",
                "publication/mini-publication.clause:26:12: error: the term 'publisher' is used but not defined in terms.yaml",
            ])
    }

    /// A clause made in code has no key or body locations: what is wrong with its `survives`, title, note and
    /// translation is reported at the start of its file.
    @Test func aClauseMadeInCodeIsReportedAtItsFile() throws {
        var library = try MiniLibrary.load()
        let index = try #require(library.clauses.firstIndex { $0.id == "mini-purpose" })
        let other = try #require(library.clause("mini-contributions"))
        var clause = library.clauses[index]
        clause.keyLocations = [:]
        clause.bodyLocations = [:]
        clause.survives = .subclauses(["purpose-aimm"])
        clause.title = Localized([.sv: "Syfte"])
        clause.note = Localized([.sv: "En anteckning."])
        clause.bodies[.en] = other.bodies[.en]
        library.clauses[index] = clause
        let found = LibraryLinter(library: library).lint().filter { $0.location?.file == clause.file }
        let start = AgreementKit.SourceLocation(file: clause.file, line: 1, column: 1)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location == start && $0.severity == .error }, "\(found)")
        let messages = Set(found.map(\.message))
        for message in [
            "'survives' names 'purpose-aimm', which is not a sub-clause of 'mini-purpose'; did you mean 'purpose-aim'?",
            "the clause 'mini-purpose' has no 'en' title (missing translation)",
            "the drafting note has no 'en' text (missing translation)",
            "the 'en' text lacks the value 'project_title' that the 'sv' text has",
        ] {
            #expect(messages.contains(message), "\(message) not in \(messages)")
        }
    }
}
