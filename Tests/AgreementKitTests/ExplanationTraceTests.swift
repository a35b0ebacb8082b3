import Foundation
import Testing

@testable import AgreementKit

/// The assembler's trace as plain text (`ExplanationTrace.text`, for programs using AgreementKit; `explain` words
/// it for lawyers instead): one line per decision, indented by depth, with the condition, the values it read and
/// where the subject is written.
@Suite("Assembly: the trace as text")
struct ExplanationTraceTests {
    @Test func eachDecisionIsOneLine() {
        let location = AgreementKit.SourceLocation(file: "agreements/opi.yaml", line: 12, column: 5)
        let left = ExplanationEntry(
            depth: 1, subject: "clause publication", decision: .excluded, condition: "publish and count(suppliers) > 1",
            consulted: [
                ConsultedValue(path: "publish", value: "true"), ConsultedValue(path: "count(suppliers)", value: "1"),
            ],
            location: location)
        #expect(
            left.line
                == "  clause publication: left out — when publish and count(suppliers) > 1 "
                + "[publish = true, count(suppliers) = 1] (agreements/opi.yaml:12:5)")
        let plain = ExplanationEntry(depth: 0, subject: "slot results", decision: .notReached)
        #expect(plain.line == "slot results: not reached")
        let trace = ExplanationTrace(entries: [plain, left])
        #expect(trace.text == plain.line + "\n" + left.line + "\n")
        #expect(ExplanationTrace().text == "")
    }

    /// The mini library's trace: one line per decision of the assembler, the unpublished clause left out with the
    /// answer that decided it.
    @Test func theAssemblersTraceReadsAsText() throws {
        let library = try MiniLibrary.load()
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no")
        let answers = try MiniLibrary.answers(yaml, library: library, final: false)
        let trace = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv)).trace
        let lines = trace.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == trace.entries.count + 1 && lines.last == "")
        // An outline entry, at depth 0: its condition and the answer it read, then where the outline has it.
        let publication = try #require(
            lines.first { $0.hasPrefix("clause mini-publication (outline): ") }, "\(trace.text)")
        #expect(publication.hasPrefix("clause mini-publication (outline): left out — when publish [publish = no] ("))
        #expect(publication.hasSuffix("/agreements/mini.yaml:18:13)"), "\(publication)")
    }
}
