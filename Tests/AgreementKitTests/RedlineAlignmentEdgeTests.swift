import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The redline of laid-out blocks built by hand: a parallel document's columns of one side only, rows whose cells
/// hold more or fewer paragraphs, deleted content that holds comments, references and spans, list instances of the
/// old side only, and the summary of changes outside clauses and in annexes.
@Suite("Redline: alignment edge cases")
struct RedlineAlignmentEdgeTests {
    static let base = LayoutBuilder.layOut(Samples.small())

    static func document(
        _ body: [LaidOutBlock], comments: [LaidOutComment] = [], instances: [ListInstance]? = nil,
        numbers: [String: ClauseNumber] = [:]
    ) -> LaidOutDocument {
        var document = base
        document.body = body
        document.comments = comments
        if let instances { document.listInstances = instances }
        document.numbers = numbers
        return document
    }

    static func paragraph(
        _ text: String, origin: String = "body", bookmark: String? = nil, role: ParagraphRole = .body,
        style: ParagraphStyleID = .bodyText
    ) -> LaidOutParagraph {
        LaidOutParagraph(role: role, style: style, bookmark: bookmark, content: [.text(text)], origin: origin)
    }

    static func paragraph(_ content: [LaidOutInline], origin: String = "body") -> LaidOutParagraph {
        LaidOutParagraph(role: .body, style: .bodyText, content: content, origin: origin)
    }

    /// Every change of the content, in order: its kind and its text.
    static func changes(_ content: [LaidOutInline]) -> [(ChangeMark.Kind, String)] {
        content.flatMap { inline -> [(ChangeMark.Kind, String)] in
            switch inline {
            case .change(let mark, let inner): return [(mark.kind, ColumnWidths.text(inner))]
            case .span(_, let inner): return changes(inner)
            default: return []
            }
        }
    }

    static func paragraphs(_ blocks: [LaidOutBlock]) -> [LaidOutParagraph] {
        var out: [LaidOutParagraph] = []
        Redline.forEachParagraph(blocks) { out.append($0) }
        return out
    }

    static func table(_ rows: [LaidOutRow]) -> LaidOutBlock {
        .table(LaidOutTable(kind: .agreement, indent: .zero, columns: [.zero, .zero], rows: rows, origin: "body"))
    }

    static func row(_ cells: [[String]], bookmark: String? = nil) -> LaidOutRow {
        var row = LaidOutRow(cells: cells.map { $0.map { paragraph($0) } })
        row.cells[0][0].bookmark = bookmark
        return row
    }

    @Test func clauseIDsAreReadFromOrigins() {
        #expect(Redline.clauseID("clause 'pilot' block 2") == "pilot")
        #expect(Redline.clauseID("clause 'pilot") == nil, "no closing quote")
        #expect(Redline.clauseID("title") == nil)
    }

    /// A parallel document's columns of one side only: every paragraph of every cell is marked; a page break in a
    /// deleted cell is dropped, one in an inserted cell kept. The changes are counted outside clauses.
    @Test func columnsOfOneSideAreDeletedOrInsertedInEveryCell() throws {
        let columns = LaidOutBlock.columns(
            LaidOutColumns(
                columns: [.zero, .zero],
                rows: [
                    LaidOutColumnsRow(cells: [
                        [.paragraph(Self.paragraph("Svensk text", origin: "body sv")), .pageBreak],
                        [.paragraph(Self.paragraph("English", origin: "body en"))],
                    ])
                ], origin: "body"))
        let plain = Self.document([.paragraph(Self.paragraph("Inledning"))])
        let parallel = Self.document([.paragraph(Self.paragraph("Inledning")), columns])
        for (old, new, kind) in [(parallel, plain, ChangeMark.Kind.deletion), (plain, parallel, .insertion)] {
            let redline = Redline(old: old, new: new, author: "Advokatfirman")
            #expect(redline.document.body.count == 2)
            guard case .columns(let merged) = redline.document.body.last else {
                Issue.record("no columns: \(redline.document.body)")
                continue
            }
            let cells = try #require(merged.rows.first?.cells)
            #expect(cells[0].count == (kind == .deletion ? 1 : 2), "a deleted page break is dropped")
            let marked = Self.paragraphs([.columns(merged)])
            #expect(marked.map { ColumnWidths.text($0.content) } == ["Svensk text", "English"])
            #expect(marked.allSatisfy { $0.change?.kind == kind })
            #expect(marked.map { Self.changes($0.content).map(\.0) } == [[kind], [kind]])
            #expect(Self.paragraphs(redline.document.body).first?.change == nil, "the paragraph of both is kept")
            #expect(redline.changes == [RedlineChange(number: "", title: "", kind: .changed, outsideClauses: 2)])
        }
    }

    /// Rows of both sides whose cells hold more or fewer paragraphs: the extra ones are deleted or inserted inside
    /// the row, and the row itself is not marked.
    @Test func extraParagraphsOfACellAreDeletedOrInsertedInsideTheRow() throws {
        let old = Self.document([
            Self.table([Self.row([["Alfa"], ["100"]]), Self.row([["Beta", "utgår"], ["200"]])])
        ])
        let new = Self.document([
            Self.table([Self.row([["Alfa"], ["100", "tillägg"]]), Self.row([["Beta"], ["200"]])])
        ])
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        guard case .table(let table) = try #require(redline.document.body.first) else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 2)
        #expect(table.rows.allSatisfy { $0.change == nil })
        #expect(table.rows[0].cells[1].map { $0.change?.kind } == [nil, .insertion])
        #expect(table.rows[1].cells[0].map { $0.change?.kind } == [nil, .deletion])
        #expect(Self.changes(table.rows[0].cells[1][1].content).map(\.1) == ["tillägg"])
        #expect(Self.changes(table.rows[1].cells[0][1].content).map(\.1) == ["utgår"])
    }

    /// Rows with another number of cells, or whose first cell holds no paragraph, never pair, even with the same
    /// text: a row merge pairs the cells column by column, so the old row is deleted whole and the new one inserted
    /// whole, and rejecting every change still finds each old cell.
    @Test func rowsWithAnotherNumberOfCellsNeverPair() throws {
        let old = Self.document([
            Self.table([Self.row([["Alfa"], ["100"]]), LaidOutRow(cells: [[], [Self.paragraph("1")]])])
        ])
        let new = Self.document([Self.table([Self.row([["Alfa"]]), LaidOutRow(cells: [[], [Self.paragraph("1")]])])])
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        guard case .table(let table) = try #require(redline.document.body.first) else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.map { $0.change?.kind } == [.deletion, .deletion, .insertion, .insertion])
        #expect(table.rows.map(\.cells.count) == [2, 2, 1, 2])
        #expect(table.rows[0].cells.map { $0.map { Self.changes($0.content).map(\.1) } } == [[["Alfa"]], [["100"]]])
        #expect(redline.changes == [RedlineChange(number: "", title: "", kind: .changed, outsideClauses: 1)])
    }

    /// Rows whose first paragraphs carry the same bookmark pair however much their text differs: a word diff inside
    /// the row, not a deleted and an inserted row.
    @Test func rowsWithTheSameBookmarkPairWhateverTheirText() throws {
        let old = Self.document([Self.table([Self.row([["Gammal lydelse helt"], ["1"]], bookmark: "_opi_row")])])
        let new = Self.document([Self.table([Self.row([["Ny"], ["2"]], bookmark: "_opi_row")])])
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        guard case .table(let table) = try #require(redline.document.body.first) else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 1)
        #expect(table.rows[0].change == nil)
        let first = table.rows[0].cells[0][0]
        #expect(first.bookmark == "_opi_row")
        #expect(Self.changes(first.content).map(\.0) == [.deletion, .insertion])
        // Without the bookmark the rows share no word: one is deleted and the other inserted whole.
        let bare = Redline(
            old: Self.document([Self.table([Self.row([["Gammal lydelse helt"], ["1"]])])]),
            new: Self.document([Self.table([Self.row([["Ny"], ["2"]])])]), author: "Advokatfirman")
        guard case .table(let split) = try #require(bare.document.body.first) else {
            Issue.record("no table")
            return
        }
        #expect(split.rows.map { $0.change?.kind } == [.deletion, .insertion])
    }

    /// Paragraphs of the same clause pair when a fifth of their words stay; outside clauses that is too few, and
    /// the old paragraph is deleted and the new inserted. A bookmark of one side only never pairs.
    @Test func paragraphsOfAClausePairOnFewerCommonWords() {
        let origin = "clause 'pris' block 2"
        let inClause = Redline(
            old: Self.document([.paragraph(Self.paragraph("ett två tre fyra fem", origin: origin))]),
            new: Self.document([.paragraph(Self.paragraph("ett sex sju åtta nio", origin: origin))]),
            author: "Advokatfirman")
        #expect(inClause.document.body.count == 1)
        let paired = Self.paragraphs(inClause.document.body)
        #expect(paired.first?.change == nil)
        #expect(paired.first.map { Self.changes($0.content).map(\.0) } == [.deletion, .insertion])
        #expect(inClause.changes.map(\.kind) == [.changed])

        let outside = Redline(
            old: Self.document([.paragraph(Self.paragraph("ett två tre fyra fem"))]),
            new: Self.document([.paragraph(Self.paragraph("ett sex sju åtta nio"))]), author: "Advokatfirman")
        #expect(Self.paragraphs(outside.document.body).map { $0.change?.kind } == [.deletion, .insertion])

        let bookmarked = Redline(
            old: Self.document([.paragraph(Self.paragraph("Text", bookmark: "_opi_a"))]),
            new: Self.document([.paragraph(Self.paragraph("Text"))]), author: "Advokatfirman")
        #expect(Self.paragraphs(bookmarked.document.body).map { $0.change?.kind } == [.deletion, .insertion])
    }

    /// Deleted old content as it stands in the new document: its comments kept after the new ones (a comment used
    /// twice kept once), references to and the bookmark of a name the new document gives to another clause renamed,
    /// inside spans and earlier changes too.
    @Test func deletedContentKeepsItsCommentsAndRenamesClashingBookmarks() throws {
        let reference = LaidOutInline.reference(LaidOutReference(bookmark: "_opi_b", kind: .clause, result: "1"))
        let content: [LaidOutInline] = [
            .span(.emphasis, [.text("Se "), reference]), .comment(0), .text(" och "),
            .change(ChangeMark(kind: .insertion, id: 90), [.comment(0)]),
        ]
        let old = Self.document(
            [
                .paragraph(Self.paragraph("Gammal rubrik", bookmark: "_opi_b")),
                .paragraph(Self.paragraph(content)),
            ], comments: [LaidOutComment(author: "A", paragraphs: ["gammal"])],
            numbers: ["gammal": ClauseNumber(kind: .clause, counters: [1], bookmark: "_opi_b")])
        let new = Self.document(
            [.paragraph(Self.paragraph("Parten", bookmark: "_opi_b", role: .party, style: .normal))],
            comments: [LaidOutComment(author: "B", paragraphs: ["ny"])],
            numbers: ["ny": ClauseNumber(kind: .clause, counters: [1], bookmark: "_opi_b")])
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        #expect(redline.document.comments.map(\.paragraphs) == [["ny"], ["gammal"]])
        let paragraphs = Self.paragraphs(redline.document.body)
        #expect(paragraphs.count == 3)
        let deletedHeading = try #require(paragraphs.first { ColumnWidths.text($0.content) == "Gammal rubrik" })
        #expect(deletedHeading.bookmark == "_opi_old_1")
        #expect(paragraphs.contains { $0.bookmark == "_opi_b" && $0.change?.kind == .insertion })
        let deleted = try #require(
            paragraphs.first { $0.content.count == 1 && $0 != deletedHeading && $0.change?.kind == .deletion })
        let id = try #require(Self.mark(deleted.content))
        let renamed = LaidOutInline.reference(LaidOutReference(bookmark: "_opi_old_1", kind: .clause, result: "1"))
        #expect(
            deleted.content == [
                .change(
                    ChangeMark(kind: .deletion, id: id),
                    [
                        .span(.emphasis, [.text("Se "), renamed]), .comment(1), .text(" och "),
                        .change(ChangeMark(kind: .insertion, id: 90), [.comment(1)]),
                    ])
            ], "\(deleted.content)")
        // The same bookmark for the same clause on both sides is no clash.
        let same = Redline(
            old: old,
            new: Self.document(
                new.body, numbers: ["gammal": ClauseNumber(kind: .clause, counters: [1], bookmark: "_opi_b")]),
            author: "Advokatfirman")
        #expect(Self.paragraphs(same.document.body).allSatisfy { $0.bookmark?.hasPrefix("_opi_old") != true })
    }

    static func mark(_ content: [LaidOutInline]) -> Int? {
        if case .change(let mark, _)? = content.first { return mark.id }
        return nil
    }

    /// A deleted list keeps its numbering: an old list instance that restarts is the new document's instance of
    /// the same list when there is one, and an instance added after the new document's when there is none.
    @Test func aDeletedListKeepsAnInstanceOfItsOwn() throws {
        let shared = Self.base.listInstances
        func list(_ instance: Int, _ text: String) -> LaidOutBlock {
            var item = Self.paragraph(text, role: .listItem(level: 0))
            item.numbering = ListItemNumber(instance: instance, level: 0)
            return .list(LaidOutList(instance: instance, clauseLevel: 0, items: [LaidOutListItem(paragraph: item)]))
        }
        let numbered = ListInstance(list: .numbered, isShared: false)
        let old = Self.document(
            [list(shared.count, "Första"), list(shared.count + 1, "Andra")], instances: shared + [numbered, numbered])
        let new = Self.document([.paragraph(Self.paragraph("Inget"))], instances: shared + [numbered])
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        #expect(redline.document.listInstances == shared + [numbered, numbered])
        let instances = redline.document.body.compactMap { block -> [Int]? in
            guard case .list(let list) = block else { return nil }
            return [list.instance] + list.items.compactMap { $0.paragraph.numbering?.instance }
        }
        #expect(instances == [[shared.count, shared.count], [shared.count + 1, shared.count + 1]])
    }
}
