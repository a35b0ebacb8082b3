import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The clause body markup of docs/clause-format.md: every construct to its template, every error at its line and
/// column, and robustness on arbitrary input.
@Suite("Template parser")
struct TemplateParserTests {
    static let file = "t.clause"

    func at(_ line: Int, _ column: Int) -> AgreementKit.SourceLocation {
        AgreementKit.SourceLocation(file: Self.file, line: line, column: column)
    }

    func blocks(_ text: String, firstLine: Int = 1) throws -> [TemplateBlock] {
        try TemplateParser.parseBlocks(text, file: Self.file, firstLine: firstLine)
    }

    /// The inlines of a body that is one paragraph.
    func inlines(_ text: String) throws -> [TemplateInline] {
        let parsed = try blocks(text)
        guard parsed.count == 1, case .paragraph(let inlines, _) = parsed[0] else {
            Issue.record("expected one paragraph, got \(parsed)")
            return []
        }
        return inlines
    }

    /// The diagnostics thrown for a body (none when it parses).
    func problems(_ text: String, firstLine: Int = 1) -> [Diagnostic] {
        do {
            _ = try TemplateParser.parseBlocks(text, file: Self.file, firstLine: firstLine)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The single problem of a body: its location and message.
    func problem(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
        let found = problems(text)
        #expect(found.count == 1, "expected one problem, got \(found)", sourceLocation: sourceLocation)
        return found.first
    }

    func condition(_ text: String, _ line: Int, _ column: Int) throws -> Condition {
        try ConditionParser.parse(text, at: at(line, column))
    }

    func value(_ path: [String], _ filters: [ValueFilter] = [], _ line: Int, _ column: Int) -> TemplateInline {
        .value(ValueReference(path: AnswerPath(segments: path)!, filters: filters, location: at(line, column)))
    }

    // MARK: - Paragraphs

    @Test func paragraphsJoinLinesWithOneSpaceAndEndAtABlankLine() throws {
        let parsed = try blocks("First line\n   second line  \n\n\nOther paragraph\r\nwith CRLF\n")
        #expect(
            parsed == [
                .paragraph([.text("First line second line")], location: at(1, 1)),
                .paragraph([.text("Other paragraph with CRLF")], location: at(5, 1)),
            ])
    }

    @Test func firstLineOffsetsEveryLocation() throws {
        let parsed = try blocks("\n  Text", firstLine: 10)
        #expect(parsed == [.paragraph([.text("Text")], location: at(11, 3))])
    }

    @Test func textIsKeptLiterally() throws {
        let text = "\"Quotes\" -- 'single' <b>not html</b> & 1 < 2 ... ] } # - + a|b"
        #expect(try inlines(text) == [.text(text)])
    }

    // MARK: - Sub-clauses

    @Test func subclausesNestByTheNumberOfHashes() throws {
        let body = """
            Intro.
            ## Heading one {#one}
            Text one.
            ### Deeper
            Deep text.
            ## {#two}
            Text two.
            ##
            Text three.
            """
        let parsed = try blocks(body)
        #expect(
            parsed == [
                .paragraph([.text("Intro.")], location: at(1, 1)),
                .subclause(
                    TemplateSubclause(
                        id: "one", heading: [.text("Heading one")], depth: 1,
                        body: [
                            .paragraph([.text("Text one.")], location: at(3, 1)),
                            .subclause(
                                TemplateSubclause(
                                    id: nil, heading: [.text("Deeper")], depth: 2,
                                    body: [.paragraph([.text("Deep text.")], location: at(5, 1))], location: at(4, 1))),
                        ],
                        location: at(2, 1))),
                .subclause(
                    TemplateSubclause(
                        id: "two", heading: nil, depth: 1, body: [.paragraph([.text("Text two.")], location: at(7, 1))],
                        location: at(6, 1))),
                .subclause(
                    TemplateSubclause(
                        id: nil, heading: nil, depth: 1, body: [.paragraph([.text("Text three.")], location: at(9, 1))],
                        location: at(8, 1))),
            ])
    }

    @Test func headingsTakeInlineMarkupAndNineLevels() throws {
        let hashes = (2...9).map { String(repeating: "#", count: $0) + " L\($0)" }.joined(separator: "\n")
        var parsed = try blocks(hashes)
        var depth = 1
        while case .subclause(let sub) = parsed.first {
            #expect(sub.depth == depth)
            depth += 1
            parsed = sub.body
        }
        #expect(depth == 9)
        let heading = try blocks("## The *{{project_title}}* [[party]] \\{#not-an-id}")
        guard case .subclause(let sub) = heading.first else {
            Issue.record("no sub-clause")
            return
        }
        #expect(sub.id == nil)
        #expect(
            sub.heading == [
                .text("The "), .emphasis([value(["project_title"], [], 1, 9)]), .text(" "),
                .term(id: "party", display: nil, location: at(1, 28)), .text(" {#not-an-id}"),
            ])
    }

    @Test func aHeadingJumpingTwoLevelsIsAnError() {
        let p = problem("## A\ntext\n#### B\n")
        #expect(p?.location == at(3, 1))
        #expect(p?.message.contains("'####' sub-clause must be inside a '###'") == true)
    }

    @Test func aSingleHashOrTooManyHashesIsAnError() {
        #expect(problem("# Title")?.location == at(1, 1))
        #expect(problem("text\n\n########## Ten")?.location == at(3, 1))
    }

    @Test func subclauseIdErrors() {
        let empty = problem("## Heading {# }")
        #expect(empty?.location == at(1, 15))
        #expect(empty?.message.contains("empty") == true)
        let bad = problem("## Heading {#bad id}")
        #expect(bad?.location == at(1, 17))
        let misplaced = problem("## Heading {#id} more")
        #expect(misplaced?.location == at(1, 12))
        #expect(misplaced?.message == "a sub-clause id '{#id}' must end the heading line")
    }

    // MARK: - Lists

    @Test func listsNestByTwoSpacesAndTakeContinuationLines() throws {
        let body = """
            - first item
              continues here
              - nested *one*
              - nested two
            - second

            - third after a blank line
            Paragraph after.
            """
        let parsed = try blocks(body)
        #expect(
            parsed == [
                .list(
                    TemplateList(
                        kind: .bulleted,
                        items: [
                            TemplateList.Item(
                                content: [.text("first item continues here")],
                                children: TemplateList(
                                    kind: .bulleted,
                                    items: [
                                        TemplateList.Item(content: [.text("nested "), .emphasis([.text("one")])]),
                                        TemplateList.Item(content: [.text("nested two")]),
                                    ],
                                    location: at(3, 3))),
                            TemplateList.Item(content: [.text("second")]),
                            TemplateList.Item(content: [.text("third after a blank line")]),
                        ],
                        location: at(1, 1))),
                .paragraph([.text("Paragraph after.")], location: at(8, 1)),
            ])
    }

    @Test func numberedListsAndEscapedMarkers() throws {
        let parsed = try blocks("+ (a) item\n  + nested\n\n\\- not a list\n\\+ nor this")
        #expect(
            parsed == [
                .list(
                    TemplateList(
                        kind: .numbered,
                        items: [
                            TemplateList.Item(
                                content: [.text("(a) item")],
                                children: TemplateList(
                                    kind: .numbered, items: [TemplateList.Item(content: [.text("nested")])],
                                    location: at(2, 3)))
                        ],
                        location: at(1, 1))),
                .paragraph([.text("- not a list + nor this")], location: at(4, 1)),
            ])
    }

    @Test func listErrors() {
        let mixed = problem("- a\n+ b")
        #expect(mixed?.location == at(2, 1))
        #expect(mixed?.message.contains("mixes") == true)
        let odd = problem("- a\n   - b")
        #expect(odd?.location == at(2, 4))
        let jump = problem("- a\n    - b")
        #expect(jump?.location == at(2, 5))
        #expect(problem("- a\n- \n")?.location == at(2, 1))
        let inItem = problem("- a\n  - *open")
        #expect(inItem?.location == at(2, 5))
    }

    // MARK: - Tables

    @Test func tablesWithAndWithoutHeader() throws {
        let parsed = try blocks("| A | *B* |\n|---|:--:|\n| {{x | upper}} | [[party|Part]] \\| c |\n|  |d|\n\n| x |")
        #expect(
            parsed == [
                .table(
                    TemplateTable(
                        header: [[.text("A")], [.emphasis([.text("B")])]],
                        rows: [
                            [
                                [value(["x"], [.upper], 3, 3)],
                                [.term(id: "party", display: "Part", location: at(3, 19)), .text(" | c")],
                            ],
                            [[], [.text("d")]],
                        ],
                        location: at(1, 1))),
                .table(TemplateTable(header: nil, rows: [[[.text("x")]]], location: at(6, 1))),
            ])
    }

    @Test func malformedTables() {
        let count = problem("| a | b |\n|---|---|\n| c |")
        #expect(count?.location == at(3, 1))
        #expect(count?.message.contains("1 cells, the first row of the table has 2") == true)
        let open = problem("| a | b")
        #expect(open?.location == at(1, 7))
        #expect(open?.message.contains("must end with '|'") == true)
        #expect(problem("|---|\n| a |")?.location == at(1, 1))
        #expect(problem("| a |\n|---|\n| b |\n|---|")?.location == at(4, 1))
        // A relative width the model would refuse (`Table.maximumWidth`) is refused where it is written.
        let wide = problem("| a | b |\n|-|" + String(repeating: "-", count: Table.maximumWidth + 1) + "|\n| c | d |")
        #expect(wide?.location == at(2, 1))
        #expect(wide?.message == "a relative column width may be at most 10000, found 10001")
        #expect(problems("| a | b |\n|-|" + String(repeating: "-", count: Table.maximumWidth) + "|\n| c | d |").isEmpty)
    }

    // MARK: - Block conditionals and loops

    @Test func blockConditionalsEncloseAnyBlocksAndNest() throws {
        let body = """
            {{if results_model == "open"}}
            ## Open {#open}
            Open text.
            {{elif count(suppliers) > 1}}
            - many
            {{else}}
              {{if answered(x)}}
            Nested.
              {{end}}
            {{end}}
            After.
            """
        let parsed = try blocks(body)
        #expect(
            parsed == [
                .conditional(
                    branches: [
                        TemplateBranch(
                            condition: try condition("results_model == \"open\"", 1, 6),
                            content: [
                                .subclause(
                                    TemplateSubclause(
                                        id: "open", heading: [.text("Open")], depth: 1,
                                        body: [.paragraph([.text("Open text.")], location: at(3, 1))],
                                        location: at(2, 1)))
                            ]),
                        TemplateBranch(
                            condition: try condition("count(suppliers) > 1", 4, 8),
                            content: [
                                .list(
                                    TemplateList(
                                        kind: .bulleted, items: [TemplateList.Item(content: [.text("many")])],
                                        location: at(5, 1)))
                            ]),
                    ],
                    otherwise: [
                        .conditional(
                            branches: [
                                TemplateBranch(
                                    condition: try condition("answered(x)", 7, 8),
                                    content: [.paragraph([.text("Nested.")], location: at(8, 1))])
                            ],
                            otherwise: nil)
                    ]),
                .paragraph([.text("After.")], location: at(11, 1)),
            ])
    }

    @Test func conditionalsInsideASubclauseHoldDeeperSubclauses() throws {
        let parsed = try blocks("## A\n{{if x}}\n### A.1\nIn.\n{{end}}\nStill A.\n## B")
        guard case .subclause(let a) = parsed.first else {
            Issue.record("no sub-clause")
            return
        }
        #expect(parsed.count == 2)
        #expect(a.body.count == 2)
        guard case .conditional(let branches, nil) = a.body[0] else {
            Issue.record("no conditional")
            return
        }
        guard case .subclause(let deeper) = branches[0].content.first else {
            Issue.record("no deeper")
            return
        }
        #expect(deeper.depth == 2)
        #expect(deeper.body == [.paragraph([.text("In.")], location: at(4, 1))])
        #expect(a.body[1] == .paragraph([.text("Still A.")], location: at(6, 1)))
    }

    @Test func blockLoops() throws {
        let parsed = try blocks(
            "{{for s in suppliers}}\n**{{s.name}}** contributes {{s.contribution | amount}}.\n{{end}}")
        #expect(
            parsed == [
                .loop(
                    TemplateLoop(
                        variable: "s", list: ValueReference(path: "suppliers", location: at(1, 12)),
                        body: [
                            .paragraph(
                                [
                                    .strong([value(["s", "name"], [], 2, 3)]), .text(" contributes "),
                                    value(["s", "contribution"], [.amount], 2, 28), .text("."),
                                ],
                                location: at(2, 1))
                        ],
                        location: at(1, 1)))
            ])
    }

    @Test func unbalancedBlockDirectives() {
        let unclosed = problem("Text.\n\n{{if a == 1}}\nMore.\n")
        #expect(unclosed?.location == at(3, 1))
        #expect(unclosed?.message == "the '{{if a == 1}}' is not closed by '{{end}}'")
        #expect(problem("{{for s in l}}\nx")?.location == at(1, 1))
        let orphanElse = problem("Text.\n  {{else}}")
        #expect(orphanElse?.location == at(2, 3))
        #expect(orphanElse?.message == "'{{else}}' without '{{if}}'")
        #expect(problem("{{end}}")?.message == "'{{end}}' without '{{if}}' or '{{for}}'")
        #expect(problem("{{elif x}}")?.message == "'{{elif}}' without '{{if}}'")
        let elifAfterElse = problem("{{if a}}\n{{else}}\n{{elif b}}\n{{end}}")
        #expect(elifAfterElse?.location == at(3, 1))
        let secondElse = problem("{{if a}}\n{{else}}\n{{else}}\n{{end}}")
        #expect(secondElse?.location == at(3, 1))
        let elseInFor = problem("{{for s in l}}\n{{else}}\n{{end}}")
        #expect(elseInFor?.location == at(2, 1))
        #expect(elseInFor?.message.contains("inside the '{{for}}' at line 1") == true)
        let elseWithCondition = problem("{{if a}}\n{{else b}}\n{{end}}")
        #expect(elseWithCondition?.location == at(2, 8))
        let endWithText = problem("{{if a}}\n{{end if}}")
        #expect(endWithText?.location == at(2, 7))
    }

    @Test func aHeadingCannotEndTheSubclauseOfAnOpenIf() {
        // An `{{if}}` that starts with text belongs to sub-clause A, so a heading inside it cannot end A.
        let p = problem("## A\n{{if x}}\nText.\n## B\n{{end}}")
        #expect(p?.location == at(4, 1))
        #expect(p?.message.contains("'{{if}}' at line 2") == true)
        // An `{{if}}` that starts with the heading holds the whole sub-clause B (docs/clause-format.md).
        #expect(problems("## A\n{{if x}}\n## B\n{{end}}").isEmpty)
    }

    @Test func conditionErrorsPointIntoTheCondition() {
        let p = problem("{{if results_model = \"open\"}}\n{{end}}")
        #expect(p?.location == at(1, 20))
        #expect(p?.message == "use '==' to compare")
        #expect(problem("{{for 1s in l}}\n{{end}}")?.location == at(1, 7))
        #expect(problem("{{for s of l}}\n{{end}}")?.location == at(1, 9))
    }

    // MARK: - Inlines

    @Test func emphasisAndStrong() throws {
        #expect(
            try inlines("a *em* **strong** *x **y** z* **p *q* r** ***both***") == [
                .text("a "), .emphasis([.text("em")]), .text(" "), .strong([.text("strong")]), .text(" "),
                .emphasis([.text("x "), .strong([.text("y")]), .text(" z")]), .text(" "),
                .strong([.text("p "), .emphasis([.text("q")]), .text(" r")]), .text(" "),
                .strong([.emphasis([.text("both")])]),
            ])
    }

    @Test func termsDefinitionsAndReferences() throws {
        #expect(
            try inlines(
                "[[results]] [[ party | the Parties ]] [[=background]] {{ref results-open}} {{Ref a}} {{num annex-1}}")
                == [
                    .term(id: "results", display: nil, location: at(1, 1)), .text(" "),
                    .term(id: "party", display: "the Parties", location: at(1, 13)), .text(" "),
                    .definition(id: "background", location: at(1, 39)), .text(" "),
                    .reference(target: "results-open", form: .clause, location: at(1, 55)), .text(" "),
                    .reference(target: "a", form: .clauseCapitalized, location: at(1, 76)), .text(" "),
                    .reference(target: "annex-1", form: .number, location: at(1, 86)),
                ])
    }

    @Test func valuesWithFilters() throws {
        #expect(
            try inlines("{{project_title}} {{ suppliers | names | join_or }} {{suppliers.0.name|upper}}") == [
                value(["project_title"], [], 1, 1), .text(" "),
                value(["suppliers"], [.names, .joinOr], 1, 19), .text(" "),
                value(["suppliers", "0", "name"], [.upper], 1, 53),
            ])
        for filter in ValueFilter.allCases {
            #expect(try inlines("{{x | \(filter.rawValue)}}") == [value(["x"], [filter], 1, 1)])
        }
    }

    @Test func inlineConditionalsAndLoops() throws {
        let parsed = try inlines(
            "A{{if x}}b{{elif y == \"z\"}}*c*{{else}}d{{end}}E {{for s in suppliers}}{{s.name}}, {{end}}.")
        #expect(
            parsed == [
                .text("A"),
                .conditional(
                    branches: [
                        TemplateBranch(condition: try condition("x", 1, 7), content: [.text("b")]),
                        TemplateBranch(
                            condition: try condition("y == \"z\"", 1, 18), content: [.emphasis([.text("c")])]),
                    ],
                    otherwise: [.text("d")]),
                .text("E "),
                .loop(
                    TemplateLoop(
                        variable: "s", list: ValueReference(path: "suppliers", location: at(1, 60)),
                        body: [value(["s", "name"], [], 1, 71), .text(", ")], location: at(1, 49))),
                .text("."),
            ])
        #expect(
            try inlines("{{if a}}x{{end}}") == [
                .conditional(
                    branches: [TemplateBranch(condition: try condition("a", 1, 6), content: [.text("x")])],
                    otherwise: nil)
            ])
    }

    @Test func blanksNotesLineBreaksAndEscapes() throws {
        #expect(
            try inlines(
                "{{blank \"date of \\\"signing\\\"\"}}{{note \"Check {{this}}\"}}a{{br}}b \\*\\[\\{\\\\\\#\\-\\+\\| \\x"
            ) == [
                .blank(label: "date of \"signing\"", location: at(1, 1)),
                .note(text: "Check {{this}}", location: at(1, 32)),
                .text("a"), .lineBreak, .text("b *[{\\#-+| \\x"),
            ])
    }

    @Test func inlineLocationsFollowJoinedLines() throws {
        let parsed = try blocks("First line\n  then {{value}} and\n[[term]]")
        #expect(
            parsed == [
                .paragraph(
                    [
                        .text("First line then "), value(["value"], [], 2, 8), .text(" and "),
                        .term(id: "term", display: nil, location: at(3, 1)),
                    ],
                    location: at(1, 1))
            ])
    }

    @Test func aConditionSpanningLinesIsLocatedOnItsOwnLines() throws {
        let parsed = try inlines("{{if a and\n  b}}x{{end}}")
        guard case .conditional(let branches, _) = parsed.first,
            case .and(let operands) = branches[0].condition.expression.kind, operands.count == 2
        else {
            Issue.record("no condition")
            return
        }
        let (a, b) = (operands[0], operands[1])
        #expect(a.location == at(1, 6))
        #expect(b.location == at(2, 3))
        #expect(problem("{{if a and\n   ==}}x{{end}}")?.location == at(2, 4))
    }

    // MARK: - Inline errors

    @Test func unclosedInlineMarkup() {
        let em = problem("Text *open and\nmore")
        #expect(em?.location == at(1, 6))
        #expect(em?.message == "the '*' is not closed")
        #expect(problem("a **strong")?.location == at(1, 3))
        let term = problem("see [[results")
        #expect(term?.location == at(1, 5))
        #expect(term?.message == "the '[[' is not closed by ']]'")
        let directive = problem("x\n  value {{project")
        #expect(directive?.location == at(2, 9))
        #expect(directive?.message == "the '{{' is not closed by '}}'")
        let quote = problem("{{note \"unclosed}}")
        #expect(quote?.location == at(1, 8))
        let inlineIf = problem("a {{if x}}b")
        #expect(inlineIf?.location == at(1, 3))
        #expect(inlineIf?.message == "the '{{if x}}' is not closed by '{{end}}'")
        #expect(problem("a {{for s in l}}b")?.location == at(1, 3))
        let long = "{{if " + String(repeating: "a and ", count: 20) + "b}}"
        #expect(problem(long)?.message == "the '\(long.prefix(56))...}}' is not closed by '{{end}}'")
        let crossed = problem("**a *b** c*")
        #expect(crossed?.location == at(1, 1))
        let emInBranch = problem("{{if x}}*a{{end}}")
        #expect(emInBranch?.location == at(1, 9))
    }

    @Test func misplacedInlineDirectives() {
        let orphan = problem("text {{else}} more")
        #expect(orphan?.location == at(1, 6))
        #expect(orphan?.message == "'{{else}}' without '{{if}}'")
        #expect(problem("a {{end}}")?.message == "'{{end}}' without '{{if}}' or '{{for}}'")
        #expect(problem("{{if a}}x{{else}}y{{elif b}}z{{end}}")?.location == at(1, 19))
        #expect(problem("{{if a}}x{{else}}y{{else}}z{{end}}")?.location == at(1, 19))
        #expect(problem("{{for s in l}}x{{else}}y{{end}}")?.location == at(1, 16))
    }

    @Test func unknownDirectivesAndFilters() {
        let refs = problem("see {{refs results-open}}")
        #expect(refs?.location == at(1, 7))
        #expect(refs?.message == "unknown directive 'refs'; did you mean 'ref'?")
        let other = problem("{{ whatever x }}")
        #expect(other?.location == at(1, 4))
        #expect(other?.message.hasPrefix("unknown directive 'whatever'") == true)
        let filter = problem("{{start_date | dates}}")
        #expect(filter?.location == at(1, 16))
        #expect(
            filter?.message
                == "unknown filter 'dates'; did you mean 'date'?; the filters are date, amount, join, join_or, count, names, yes_no, label, lower, upper, lines"
        )
        #expect(problem("{{x | }}")?.location == at(1, 5))
        #expect(problem("{{}}")?.location == at(1, 1))
        #expect(problem("{{br x}}")?.location == at(1, 6))
        #expect(problem("{{blank label}}")?.location == at(1, 9))
        #expect(problem("{{note \"\"}}")?.location == at(1, 8))
        #expect(problem("{{note \"a\" b}}")?.location == at(1, 12))
        let path = problem("{{a..b}}")
        #expect(path?.location == at(1, 5))
    }

    @Test func emptyAndInvalidIds() {
        let ref = problem("{{ref }}")
        #expect(ref?.location == at(1, 7))
        #expect(ref?.message.contains("empty id") == true)
        #expect(problem("{{num a b}}")?.location == at(1, 8))
        let term = problem("[[ ]]")
        #expect(term?.location == at(1, 4))
        #expect(term?.message == "the term id is empty")
        #expect(problem("[[=]]")?.location == at(1, 4))
        #expect(problem("[[a b]]")?.location == at(1, 4))
        #expect(problem("[[a|]]")?.location == at(1, 4))
    }

    @Test func everyProblemOfABodyIsReported() {
        let found = problems("*one\n\n- [[two\n\n| a | b |\n| c |\n\n{{if x}}\n")
        #expect(found.map(\.location) == [at(1, 1), at(3, 3), at(6, 1), at(8, 1)])
        #expect(found.map(\.description).first == "t.clause:1:1: error: the '*' is not closed")
    }

    // MARK: - parseInlines

    @Test func parseInlinesStartsAtTheGivenLocation() throws {
        let parsed = try TemplateParser.parseInlines(
            "a [[party]]\nand {{x}}\n", at: AgreementKit.SourceLocation(file: "terms.yaml", line: 4, column: 7))
        #expect(
            parsed == [
                .text("a "),
                .term(
                    id: "party", display: nil,
                    location: AgreementKit.SourceLocation(file: "terms.yaml", line: 4, column: 9)),
                .text(" and "),
                .value(
                    ValueReference(
                        path: "x", location: AgreementKit.SourceLocation(file: "terms.yaml", line: 5, column: 11))),
            ])
        #expect(
            throws: DiagnosticError(
                worded: "the '*' is not closed", at: AgreementKit.SourceLocation(file: "f", line: 2, column: 5))
        ) {
            try TemplateParser.parseInlines("ab *c", at: AgreementKit.SourceLocation(file: "f", line: 2, column: 2))
        }
    }

    // MARK: - Robustness

    /// A fixed-seed generator, so a failure can be reproduced.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [String] = [
        "*", "**", "***", "[[", "]]", "[[=", "|", "{{", "}}", "{{if ", "{{elif ", "{{else}}", "{{end}}", "{{for s in ",
        "{{ref ", "{{Ref x}}", "{{num", "{{blank \"", "{{note \"", "\"", "{{br}}", "\\", "\\*", "#", "## ", "### ",
        "{#", "{#id}", "}", "- ", "+ ", "  ", "\t", "\n", "\n\n", "\r\n", "\r", "a", "text ", "x == 1", " and ", "(",
        ")",
        "[", "]", "not ", "count(", "s.name", " | ", "date", "join_or", "|---|", "😀", "👩‍👩‍👧‍👦", "🇸🇪", "שלום", "مرحبا",
        "\u{202E}", "\u{200F}", "\u{0}", "\u{7}", "\u{1B}[31m", "\u{FEFF}", "e\u{301}", "å", "ß", "<", "&", "]]>",
    ]

    static func failure(_ text: String) -> DiagnosticError? {
        do {
            _ = try TemplateParser.parseBlocks(text, file: file, firstLine: 1)
            return nil
        } catch {
            return error
        }
    }

    /// Every location of a problem lies within the text.
    func checkLocations(_ error: DiagnosticError, lines: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation)
    {
        #expect(!error.diagnostics.isEmpty, sourceLocation: sourceLocation)
        for d in error.diagnostics {
            guard let l = d.location else {
                Issue.record("no location: \(d)", sourceLocation: sourceLocation)
                continue
            }
            #expect(
                l.file == Self.file && l.line >= 1 && l.line <= lines + 1 && l.column >= 1, "\(d)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func arbitraryInputGivesTemplatesOrLocatedDiagnostics() {
        var random = SplitMix(state: 0x5EED)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &random) {
                if Int.random(in: 0..<8, using: &random) == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0..<0xD800, using: &random)) ?? "?")
                } else {
                    text += Self.fragments.randomElement(using: &random)!
                }
            }
            let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
            do {
                _ = try TemplateParser.parseBlocks(text, file: Self.file, firstLine: 1)
            } catch {
                checkLocations(error, lines: lines)
            }
            do {
                _ = try TemplateParser.parseInlines(text, at: at(1, 1))
            } catch {
                checkLocations(error, lines: lines)
            }
        }
    }

    @Test func longAndDeepInputIsParsedQuickly() {
        let size = 100_000
        let inputs: [String] =
            Self.fragments.map { String(repeating: $0, count: size / max(1, $0.unicodeScalars.count)) } + [
                String(repeating: "{{if a}}", count: 20_000),
                String(repeating: "{{if a}}\n", count: 20_000),
                String(repeating: "{{for s in l}}", count: 20_000) + String(repeating: "{{end}}", count: 20_000),
                String(repeating: "*a **b ", count: 20_000),
                (0..<1_000).map { String(repeating: " ", count: 2 * $0) + "- x" }.joined(separator: "\n"),
                "{{if " + String(repeating: "(", count: 50_000) + "a}}x{{end}}",
                "{{if " + String(repeating: "not ", count: 20_000) + "a}}x{{end}}",
                "{{if " + String(repeating: "a and ", count: 20_000) + "a}}x{{end}}",
                "{{" + String(repeating: "a.", count: 50_000) + "b}}",
                "| " + String(repeating: "{{x}} | ", count: 20_000),
                String(repeating: "| a |\n", count: 20_000),
                "## " + String(repeating: "{#", count: 50_000) + "}",
                "[[" + String(repeating: "a", count: size) + "]]",
                "{{" + String(repeating: "refs", count: 25_000) + " x}}",
                "{{x | " + String(repeating: "datum", count: 20_000) + "}}",
            ]
        let clock = ContinuousClock()
        for text in inputs {
            let lines = text.unicodeScalars.filter { $0 == "\n" }.count + 1
            var failure: DiagnosticError?
            let elapsed = clock.measure {
                failure = Self.failure(text)
            }
            if let failure { checkLocations(failure, lines: lines) }
            #expect(elapsed < .seconds(5), "\(elapsed) for \(text.prefix(30).debugDescription)...")
        }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "{{if a}}", count: 100) + "x" + String(repeating: "{{end}}", count: 100)
        #expect(problem(deep)?.message.contains("nested more than 64 levels") == true)
        let deepBlocks = String(repeating: "{{if a}}\n", count: 100) + String(repeating: "{{end}}\n", count: 100)
        #expect(problems(deepBlocks).contains { $0.message.contains("nested more than 64 levels") })
        let parens =
            "{{if " + String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40) + "}}x{{end}}"
        #expect(problem(parens)?.location == at(1, 38))
    }
}
