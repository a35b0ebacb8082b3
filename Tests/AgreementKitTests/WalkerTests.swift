import Foundation
import Testing

@testable import AgreementKit

/// The one model walker and rewriter (`ModelWalker`, `ModelRewriter`) and the one template walker (`TemplateWalker`):
/// what they visit, in which order, at which path and depth, and what a rewrite reaches.
@Suite("Walkers")
struct WalkerTests {
    /// A model with every container: a title, a clause with an emphasised heading holding a sub-clause, a two-level
    /// list, a table with a header, annexes and the blocks that hold no inlines.
    static let blocks: [Block] = [
        .title(TitleBlock(title: [.text("Avtal")], subtitle: [.text("om innovation")])),
        .parties(PartyBlock(parties: ["a"])),
        .clause(
            Clause(
                id: "c1", heading: [.emphasis([.text("Rubrik")])],
                body: [
                    .paragraph([.text("Se "), .reference(CrossReference(target: "c2")), .text(".")]),
                    .clause(
                        Clause(
                            id: "c1a",
                            body: [
                                .list(
                                    ListBlock(
                                        kind: .bulleted,
                                        items: [
                                            ListItem(
                                                content: [.strong([.text("ett")])],
                                                children: ListBlock(
                                                    kind: .numbered,
                                                    items: [
                                                        ListItem(content: [.termUse(term: "t", content: [.text("två")])]
                                                        )
                                                    ])),
                                            ListItem(content: [.text("tre"), .note(DraftingNote(text: "n"))]),
                                        ]))
                            ])),
                ])),
        .table(
            Table(
                header: TableRow(cells: [[.text("H")]]),
                rows: [TableRow(cells: [[.reference(CrossReference(target: "x"))]])])),
        .pageBreak,
        .annexes(AnnexList(annexes: [Annex(id: "b1", title: [.text("Bilaga")])])),
    ]

    /// Records every visit as `kind path clauseDepth/listDepth`.
    struct Recorder: ModelWalker {
        var visits: [String] = []

        mutating func record(_ kind: String, _ p: ModelPosition) {
            visits.append("\(kind) \(p.path) \(p.clauseDepth)/\(p.listDepth)")
        }

        mutating func visit(_ block: Block, at position: ModelPosition) {
            record("block", position)
            descend(into: block, at: position)
        }

        mutating func visit(_ list: ListBlock, at position: ModelPosition) {
            record("list", position)
            descend(into: list, at: position)
        }

        mutating func visit(_ item: ListItem, at position: ModelPosition) {
            record("item", position)
            descend(into: item, at: position)
        }

        mutating func visit(_ inline: Inline, at position: ModelPosition) {
            let name: String
            if case .text(let s) = inline { name = "'\(s)'" } else { name = "inline" }
            record(name, position)
            descend(into: inline, at: position)
        }
    }

    @Test func theModelWalkerVisitsEveryNodeInDocumentOrderWithPathAndDepths() {
        var recorder = Recorder()
        recorder.walk(Self.blocks)
        #expect(
            recorder.visits == [
                "block blocks[0] 0/0",
                "'Avtal' blocks[0].title[0] 0/0",
                "'om innovation' blocks[0].subtitle[0] 0/0",
                "block blocks[1] 0/0",
                "block blocks[2] 0/0",
                "inline blocks[2].heading[0] 0/0",
                "'Rubrik' blocks[2].heading[0].content[0] 0/0",
                "block blocks[2].body[0] 1/0",
                "'Se ' blocks[2].body[0].content[0] 1/0",
                "inline blocks[2].body[0].content[1] 1/0",
                "'.' blocks[2].body[0].content[2] 1/0",
                "block blocks[2].body[1] 1/0",
                "block blocks[2].body[1].body[0] 2/0",
                "list blocks[2].body[1].body[0] 2/1",
                "item blocks[2].body[1].body[0].items[0] 2/1",
                "inline blocks[2].body[1].body[0].items[0].content[0] 2/1",
                "'ett' blocks[2].body[1].body[0].items[0].content[0].content[0] 2/1",
                "list blocks[2].body[1].body[0].items[0].children 2/2",
                "item blocks[2].body[1].body[0].items[0].children.items[0] 2/2",
                "inline blocks[2].body[1].body[0].items[0].children.items[0].content[0] 2/2",
                "'två' blocks[2].body[1].body[0].items[0].children.items[0].content[0].content[0] 2/2",
                "item blocks[2].body[1].body[0].items[1] 2/1",
                "'tre' blocks[2].body[1].body[0].items[1].content[0] 2/1",
                "inline blocks[2].body[1].body[0].items[1].content[1] 2/1",
                "block blocks[3] 0/0",
                "'H' blocks[3].header[0][0] 0/0",
                "inline blocks[3].rows[0][0][0] 0/0",
                "block blocks[4] 0/0",
                "block blocks[5] 0/0",
                "'Bilaga' blocks[5].annexes[0].title[0] 0/0",
            ])
    }

    /// The paths the walker gives are the ones the JSON form and its locator use.
    @Test func theWalkersPathsAreTheValidatorsPaths() {
        var blocks = Self.blocks
        blocks[2] = .clause(
            Clause(
                id: "c1",
                body: [
                    .list(
                        ListBlock(
                            kind: .bulleted,
                            items: [
                                ListItem(
                                    content: [.text("a")],
                                    children: ListBlock(kind: .bulleted, items: [ListItem(content: [.text("b\u{1}")])]))
                            ]))
                ]))
        let agreement = Agreement(
            metadata: AgreementMetadata(
                title: "T", language: .sv, status: .draft, parties: [Party(id: "a", name: "A", role: .publicParty)]),
            blocks: blocks)
        let issues = ModelValidator().issues(in: agreement).map { "\($0.path)" }
        #expect(issues.contains("blocks[2].body[0].items[0].children.items[0].content[0]"))
    }

    /// A walker that does not descend skips the children: here the clause bodies.
    @Test func aVisitThatDoesNotDescendSkipsTheChildren() {
        struct Headings: ModelWalker {
            var seen: [String] = []
            mutating func visit(_ block: Block, at position: ModelPosition) {
                guard case .clause(let c) = block else { return descend(into: block, at: position) }
                seen.append(c.id)
            }
            mutating func visit(_ inline: Inline, at position: ModelPosition) {
                if case .text(let s) = inline { seen.append(s) }
                descend(into: inline, at: position)
            }
        }
        var walker = Headings()
        walker.walk(Self.blocks)
        #expect(walker.seen == ["Avtal", "om innovation", "c1", "H", "Bilaga"])
    }

    @Test func forEachBlockGivesNestedBlocksWithTheirClauseDepth() {
        var seen: [String] = []
        Self.blocks.forEachBlock { block, depth in
            switch block {
            case .clause(let c): seen.append("\(c.id)@\(depth)")
            case .paragraph: seen.append("p@\(depth)")
            case .list: seen.append("list@\(depth)")
            default: seen.append("-@\(depth)")
            }
        }
        #expect(seen == ["-@0", "-@0", "c1@0", "p@1", "c1a@1", "list@2", "-@0", "-@0", "-@0"])
    }

    @Test func forEachInlineGoesIntoNestedContentInReadingOrder() {
        let run: [Inline] = [
            .text("a"), .emphasis([.text("b"), .strong([.text("c")])]), .definition(term: "t", content: [.text("d")]),
            .lineBreak,
        ]
        var texts: [String] = []
        run.forEachInline { if case .text(let s) = $0 { texts.append(s) } }
        #expect(texts == ["a", "b", "c", "d"])
        var all: [String] = []
        Self.blocks.forEachInline { if case .text(let s) = $0 { all.append(s) } }
        #expect(all == ["Avtal", "om innovation", "Rubrik", "Se ", ".", "ett", "två", "tre", "H", "Bilaga"])
        #expect(Inline.plainText(run) == "abcd\n")
    }

    @Test func rewritingInlinesReachesHeadingsListsNestedItemsTablesAndAnnexes() {
        let agreement = Agreement(metadata: AgreementMetadata(title: "T", language: .sv), blocks: Self.blocks)
        let rewrittenAgreement = agreement.rewritingInlines { inline in
            switch inline {
            case .text(let s): return [.text(s.uppercased())]
            case .reference(let r) where r.target == "x": return [.blank(Blank(name: "ref-x"))]
            case .note: return []
            default: return nil
            }
        }
        #expect(rewrittenAgreement.metadata == agreement.metadata)
        let rewritten = rewrittenAgreement.blocks
        let expected: [Block] = [
            .title(TitleBlock(title: [.text("AVTAL")], subtitle: [.text("OM INNOVATION")])),
            .parties(PartyBlock(parties: ["a"])),
            .clause(
                Clause(
                    id: "c1", heading: [.emphasis([.text("RUBRIK")])],
                    body: [
                        .paragraph([.text("SE "), .reference(CrossReference(target: "c2")), .text(".")]),
                        .clause(
                            Clause(
                                id: "c1a",
                                body: [
                                    .list(
                                        ListBlock(
                                            kind: .bulleted,
                                            items: [
                                                ListItem(
                                                    content: [.strong([.text("ETT")])],
                                                    children: ListBlock(
                                                        kind: .numbered,
                                                        items: [
                                                            ListItem(content: [
                                                                .termUse(term: "t", content: [.text("TVÅ")])
                                                            ])
                                                        ])),
                                                ListItem(content: [.text("TRE")]),
                                            ]))
                                ])),
                    ])),
            .table(
                Table(
                    header: TableRow(cells: [[.text("H")]]), rows: [TableRow(cells: [[.blank(Blank(name: "ref-x"))]])])),
            .pageBreak,
            .annexes(AnnexList(annexes: [Annex(id: "b1", title: [.text("BILAGA")])])),
        ]
        #expect(rewritten == expected)
    }

    @Test func aReplacementIsNotRewrittenAgain() {
        let rewritten = ([.paragraph([.emphasis([.text("a")])])] as [Block]).rewritingInlines { inline in
            switch inline {
            case .emphasis(let c): return [.strong(c + [.emphasis([.text("b")])])]
            case .text(let s): return [.text(s + "!")]
            default: return nil
            }
        }
        #expect(rewritten == [.paragraph([.strong([.text("a"), .emphasis([.text("b")])])])])
    }

    /// A rewriter replaces, drops and splices blocks at any depth, and sees each block before its children.
    @Test func theModelRewriterReplacesDropsAndSplicesBlocks() {
        struct Rewriter: ModelRewriter {
            var order: [String] = []
            mutating func rewrite(_ block: Block) -> [Block] {
                switch block {
                case .pageBreak, .parties: return []
                case .paragraph(let content): return [.paragraph(content), .paragraph([.text("(copy)")])]
                case .clause(let c):
                    order.append(c.id)
                    return [rewritingChildren(of: block)]
                default: return [rewritingChildren(of: block)]
                }
            }
        }
        var rewriter = Rewriter()
        let agreement = Agreement(
            metadata: AgreementMetadata(title: "T", language: .sv, status: .draft), blocks: Self.blocks)
        let rewritten = rewriter.rewrite(agreement)
        #expect(rewriter.order == ["c1", "c1a"])
        #expect(rewritten.metadata == agreement.metadata)
        #expect(rewritten.blocks.count == 4)
        guard case .clause(let c1) = rewritten.blocks[1] else {
            Issue.record("no clause")
            return
        }
        #expect(c1.body.count == 3)
        #expect(c1.body[1] == .paragraph([.text("(copy)")]))
        #expect(MiniLibrary.clauseIDs(rewritten.blocks) == ["c1", "c1a"])
    }

    // MARK: Templates

    func parse(_ text: String) throws -> [TemplateBlock] {
        try TemplateParser.parseBlocks(text, file: "t.clause", firstLine: 1)
    }

    /// Records every visit of a template walk, with the list and loop depths.
    struct TemplateRecorder: TemplateWalker {
        var visits: [String] = []

        mutating func record(_ what: String, _ context: TemplateContext) {
            visits.append("\(what) \(context.listDepth)/\(context.loopDepth)")
        }

        mutating func visit(_ blocks: [TemplateBlock], in context: TemplateContext) {
            record("sequence of \(blocks.count)", context)
            descend(into: blocks, in: context)
        }

        mutating func visit(_ block: TemplateBlock, in context: TemplateContext) {
            switch block {
            case .paragraph: record("paragraph", context)
            case .subclause(let s): record("subclause \(s.id ?? "-")", context)
            case .list: record("list block", context)
            case .table: record("table", context)
            case .conditional: record("if", context)
            case .loop(let loop): record("for \(loop.variable)", context)
            }
            descend(into: block, in: context)
        }

        mutating func visit(_ list: TemplateList, in context: TemplateContext) {
            record("list", context)
            descend(into: list, in: context)
        }

        mutating func visit(_ inline: TemplateInline, in context: TemplateContext) {
            switch inline {
            case .text(let s): record("'\(s)'", context)
            case .value(let v): record("value \(v.path.dotted)", context)
            case .conditional: record("inline if", context)
            case .loop(let loop): record("inline for \(loop.variable)", context)
            default: record("inline", context)
            }
            descend(into: inline, in: context)
        }

        mutating func visit(_ condition: Condition, in context: TemplateContext) {
            record("condition \(condition.source)", context)
        }
    }

    @Test func theTemplateWalkerVisitsSequencesBranchesLoopsAndListsInSourceOrder() throws {
        // The sub-clause's body runs to the end: the `{{if}}` and the `{{for}}`.
        let body = try parse(
            """
            ## Head *x* {#h}
            {{if a}}
            - one {{if b}}yes{{else}}no{{end}}
              - two
            {{else}}
            | c |
            {{end}}
            {{for s in suppliers}}
            {{s.name}}{{for t in s.tags}}{{t}}{{end}}
            {{end}}
            """)
        var recorder = TemplateRecorder()
        recorder.walk(body)
        #expect(
            recorder.visits == [
                "sequence of 1 0/0",
                "subclause h 0/0",
                "'Head ' 0/0",
                "inline 0/0",
                "'x' 0/0",
                "sequence of 2 0/0",
                "if 0/0",
                "condition a 0/0",
                "sequence of 1 0/0",
                "list block 0/0",
                "list 1/0",
                "'one ' 1/0",
                "inline if 1/0",
                "condition b 1/0",
                "'yes' 1/0",
                "'no' 1/0",
                "list 2/0",
                "'two' 2/0",
                "sequence of 1 0/0",
                "table 0/0",
                "'c' 0/0",
                "for s 0/0",
                "sequence of 1 0/1",
                "paragraph 0/1",
                "value s.name 0/1",
                "inline for t 0/1",
                "value t 0/2",
            ])
    }

    @Test func templateForEachBlockFindsSubclausesInsideBranchesAndLoops() throws {
        let body = try parse(
            """
            ## A {#a}
            {{if x}}
            ### B {#b}
            {{else}}
            {{for s in suppliers}}
            ### C
            {{end}}
            {{end}}
            """)
        var headings: [String] = []
        body.forEachBlock { block in
            if case .subclause(let s) = block { headings.append(s.id ?? "-") }
        }
        #expect(headings == ["a", "b", "-"])
    }
}
