import Foundation
import Testing

@testable import AgreementKit

/// A condition written over several lines of a paragraph: every part of it, and every error in it, is located on
/// the line and column where it is written in the clause file.
@Suite("Conditions over several lines")
struct ConditionReaderTests {
    static let lines = [
        "Text {{if not publish or",
        "count(suppliers) > 1 or answered(budget) or",
        #"results_model in ["open", "shared"] or any(phases, p, p.end_date > start_date)}}x{{end}}"#,
    ]

    /// The paths of an expression with where each is written.
    static func paths(_ e: AgreementKit.Expression, into out: inout [String: AgreementKit.SourceLocation]) {
        switch e.kind {
        case .path(let p): out[p.dotted] = e.location
        case .string, .integer, .boolean: break
        case .list(let items): items.forEach { paths($0, into: &out) }
        case .not(let a), .count(let a), .answered(let a): paths(a, into: &out)
        case .and(let operands), .or(let operands): operands.forEach { paths($0, into: &out) }
        case .compare(let a, _, let b):
            paths(a, into: &out)
            paths(b, into: &out)
        case .any(let list, _, let condition):
            paths(list, into: &out)
            paths(condition, into: &out)
        }
    }

    /// Where `word` is written in line `line` (from 1) of the text, as the file counts (the text starts at line 10).
    static func place(_ word: String, line: Int) throws -> AgreementKit.SourceLocation {
        let text = lines[line - 1]
        let range = try #require(text.range(of: word))
        return AgreementKit.SourceLocation(
            file: "c.clause", line: line + 9, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
    }

    @Test func everyPartStandsWhereItIsWritten() throws {
        let blocks = try TemplateParser.parseBlocks(
            Self.lines.joined(separator: "\n") + "\n", file: "c.clause", firstLine: 10)
        guard case .paragraph(let inlines, _)? = blocks.first,
            let branch = inlines.lazy.compactMap({ inline -> TemplateBranch<TemplateInline>? in
                if case .conditional(let branches, _) = inline { return branches.first }
                return nil
            }).first
        else {
            Issue.record("no condition: \(blocks)")
            return
        }
        var found: [String: AgreementKit.SourceLocation] = [:]
        Self.paths(branch.condition.expression, into: &found)
        #expect(found["publish"] == (try Self.place("publish", line: 1)))
        #expect(found["suppliers"] == (try Self.place("suppliers", line: 2)))
        #expect(found["budget"] == (try Self.place("budget", line: 2)))
        #expect(found["results_model"] == (try Self.place("results_model", line: 3)))
        #expect(found["phases"] == (try Self.place("phases", line: 3)))
        #expect(found["start_date"] == (try Self.place("start_date", line: 3)))
        #expect(branch.condition.expression.location == (try Self.place("not", line: 1)))
    }

    /// An error on the second line of a condition is reported there.
    @Test func anErrorStandsOnItsLine() {
        do {
            _ = try TemplateParser.parseBlocks(
                "Text {{if publish or\ncount(suppliers) > }}x{{end}}\n", file: "c.clause", firstLine: 10)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location?.line == 11, "\(error.diagnostics)")
        }
    }
}
