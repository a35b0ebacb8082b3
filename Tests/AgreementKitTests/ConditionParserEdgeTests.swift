import Foundation
import Testing

@testable import AgreementKit

/// The condition parser's refusals, each with its message at the column where the problem is; and the escapes a
/// string may hold.
@Suite("Conditions: refusals and escapes")
struct ConditionParserEdgeTests {
    static let at = AgreementKit.SourceLocation(file: "c.clause", line: 4, column: 10)

    @Test(arguments: [
        ("a || b", "use 'or' instead of '||'", 12),
        ("!a", "use 'not' instead of '!'", 10),
        ("count(a", "expected ')'", 17),
        ("count(1)", "count() takes a question id", 16),
        ("answered(\"x\")", "answered() takes a question id", 19),
        ("any(1, p, p)", "any() takes a list question first", 14),
        ("any(phases p)", "expected ',' and a name for each record", 21),
        ("any(phases, 1, p)", "expected a name for each record, as in any(phases, p, p.end_date > project_end)", 22),
        ("any(phases, not, p)", "'not' cannot name a record", 22),
        ("any(phases, p, p.done", "expected ')'", 31),
        ("a == 99999999999999999999", "the number 99999999999999999999 is too large", 15),
        (#"a == "x\q""#, #"unknown escape '\q'"#, 17),
        (#"a == "x\"#, "the string is not closed", 15),
    ])
    func aRefusalIsReportedWhereItIs(condition: String, message: String, column: Int) {
        do {
            _ = try ConditionParser.parse(condition, at: Self.at)
            Issue.record("parsed: \(condition)")
        } catch {
            #expect(error.diagnostics.map(\.message) == [message], "\(condition)")
            #expect(error.diagnostics.first?.location?.column == column, "\(condition): \(error.diagnostics)")
        }
    }

    /// A string may hold an escaped quote, backslash and new line.
    @Test func escapesInAString() throws {
        let condition = try ConditionParser.parse(#"a == "say \"hi\"\\n\n""#, at: Self.at)
        guard case .compare(_, .equal, let right) = condition.expression.kind, case .string(let text) = right.kind
        else {
            Issue.record("\(condition.expression)")
            return
        }
        #expect(text == "say \"hi\"\\n\n")
    }

    /// A path, as a value reference: nothing may follow it.
    @Test func aPathAloneIsAPath() throws {
        #expect(try ConditionParser.parsePath("suppliers.0.name", at: Self.at).dotted == "suppliers.0.name")
        do {
            _ = try ConditionParser.parsePath("\"x\"", at: Self.at)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["expected a question id or path"])
        }
    }
}
