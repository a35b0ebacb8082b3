import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Clause body markup at its edges: a directive that belongs to an `{{if}}` where none is open, a `{{for}}` holding
/// `{{elif}}` or `{{else}}`, a `{{for}}` nested too deep, a quoted argument missing, a `{#id}` with spaces, and a
/// list whose items go back left of its first one.
@Suite("Template markup at the edges")
struct TemplateMarkupEdgeTests {
    static let file = "t.clause"

    func at(_ line: Int, _ column: Int) -> AgreementKit.SourceLocation {
        AgreementKit.SourceLocation(file: Self.file, line: line, column: column)
    }

    func problems(_ text: String) -> [Diagnostic] {
        do {
            _ = try TemplateParser.parseBlocks(text, file: Self.file, firstLine: 1)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func anElifInsideAParagraphWithoutAnIfIsRefusedWhereItStands() {
        let found = problems("Text {{elif a}} more")
        #expect(found.map(\.message) == ["'{{elif}}' without '{{if}}'"], "\(found)")
        #expect(found.first?.location == at(1, 6))
    }

    @Test(arguments: [("elif a", "'{{elif}}' inside"), ("else", "'{{else}}' inside")])
    func aForEndsOnlyWithEnd(directive: String, start: String) {
        let found = problems("{{for s in suppliers}}\nText\n{{\(directive)}}\nMore\n{{end}}\n")
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.hasPrefix(start) == true, "\(found)")
        #expect(found.first?.message.contains("line 1") == true, "\(found)")
        #expect(found.first?.location == at(3, 1))
    }

    @Test func forsNestedTooDeepStopTheParse() {
        let deep =
            String(repeating: "{{for x in list}}\n", count: 70) + "x\n" + String(repeating: "{{end}}\n", count: 70)
        let found = problems(deep)
        #expect(found.contains { $0.message.contains("nested more than 64 levels") }, "\(found)")
    }

    @Test func aNoteAndABlankNeedTheirTextInQuotes() {
        let note = problems("Text {{note}}")
        #expect(note.map(\.message) == [#"expected a text in double quotes: '{{note "text"}}'"#], "\(note)")
        let blank = problems("Text {{blank x}}")
        #expect(blank.map(\.message) == [#"expected a label in double quotes: '{{blank "label"}}'"#], "\(blank)")
    }

    @Test func theIdOfASubclauseIsTrimmed() throws {
        let blocks = try TemplateParser.parseBlocks("## Heading {# named  }\nText\n", file: Self.file, firstLine: 1)
        guard case .subclause(let subclause)? = blocks.first else {
            Issue.record("expected a sub-clause, got \(blocks)")
            return
        }
        #expect(subclause.id == "named")
        let empty = problems("## Heading {#   }\nText\n")
        #expect(empty.map(\.message) == ["the sub-clause id in '{#}' is empty"], "\(empty)")
    }

    @Test func anItemLeftOfTheFirstStartsAnotherList() throws {
        let blocks = try TemplateParser.parseBlocks("  - one\n  - two\n- three\n", file: Self.file, firstLine: 1)
        let lists = blocks.compactMap { block -> TemplateList? in
            if case .list(let list) = block { return list }
            return nil
        }
        #expect(lists.count == 2, "\(blocks)")
        #expect(lists.map(\.items.count) == [2, 1], "\(blocks)")
    }

    /// An `{{if}}` whose body starts, after blank lines and a nested `{{if}}`, with a heading of the sub-clause's own
    /// level holds whole sub-clauses: it ends the sub-clause before it and stands beside it.
    @Test func anIfHoldingASubclauseOfTheSameLevelEndsThePreviousOne() throws {
        let text = "## A {#a}\nText A\n\n{{if x}}\n\n{{if y}}\n## B {#b}\nText B\n{{end}}\n{{end}}\n"
        let blocks = try TemplateParser.parseBlocks(text, file: Self.file, firstLine: 1)
        #expect(blocks.count == 2, "\(blocks)")
        guard case .subclause(let a)? = blocks.first, case .conditional(let outer, nil)? = blocks.last else {
            Issue.record("expected a sub-clause and an if, got \(blocks)")
            return
        }
        #expect(a.id == "a")
        #expect(a.body.count == 1, "\(a.body)")
        guard case .conditional(let inner, nil)? = outer.first?.content.first,
            case .subclause(let b)? = inner.first?.content.first
        else {
            Issue.record("expected the sub-clause inside both ifs, got \(outer)")
            return
        }
        #expect(b.id == "b")
    }

    /// Inside a paragraph line, `{{else}}` with a condition is refused at the condition, and `{{elif}}` inside an
    /// inline `{{for}}` at the `{{elif}}`, naming where the `{{for}}` opened.
    @Test func anInlineElseWithAConditionAndAnInlineElifInAForAreRefused() {
        let otherwise = problems("A {{if a}}b{{else c}}d{{end}} e\n")
        #expect(
            otherwise.map(\.message) == ["'{{else}}' takes no condition; write '{{elif CONDITION}}'"], "\(otherwise)")
        #expect(otherwise.first?.location == at(1, 19))
        let elif = problems("Text {{for s in suppliers}}x{{elif a}}y{{end}}\n")
        #expect(
            elif.map(\.message) == ["'{{elif}}' inside the '{{for}}' at 1:6: a '{{for}}' ends with '{{end}}'"],
            "\(elif)")
        #expect(elif.first?.location == at(1, 29))
    }

    /// A backslash in a term's display text keeps the character after it (`\*`, `\|`) as text.
    @Test func anEscapeInATermsDisplayTextIsKept() throws {
        let inlines = try TemplateParser.parseInlines(
            #"[[supplier|Leverantören\*]] och [[party|A\|B]]"#, at: at(1, 1))
        let displays = inlines.compactMap { inline -> String? in
            if case .term(_, let display, _) = inline { return display }
            return nil
        }
        #expect(displays == ["Leverantören*", "A|B"], "\(inlines)")
    }

    /// A table cell whose markup does not parse: the cell's error, at the cell, and no table.
    @Test func aTableCellWhoseMarkupDoesNotParseIsAnError() {
        let found = problems("| Part | Belopp |\n|---|---|\n| {{if x}}Alfa | 100 |\n")
        #expect(found.map(\.message) == ["the '{{if x}}' is not closed by '{{end}}'"], "\(found)")
        #expect(found.first?.location == at(3, 3))
    }

    /// Inside a sub-clause, an `{{if}}` followed only by blank lines to the end holds no heading: it is read as
    /// the sub-clause's own text, and reported as not closed.
    @Test func anUnclosedIfAtTheEndOfASubclauseIsNotClosed() {
        let found = problems("## A {#a}\nText A\n\n{{if x}}\n\n")
        #expect(found.map(\.message) == ["the '{{if x}}' is not closed by '{{end}}'"], "\(found)")
        #expect(found.first?.location == at(4, 1))
    }
}
