import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The redline of lists and tables: a list, a table or a page break of one side only is deleted or inserted whole
/// (every paragraph of it marked); in lists of both sides a nested list of one side only is deleted or inserted and
/// a table's header of one side only likewise. Accepting every change gives the new text, rejecting every change the
/// old.
@Suite("Redline: lists, tables and page breaks")
struct RedlineBlockTests {
    static func laidOut(_ extra: [Block]) -> LaidOutDocument {
        var agreement = Samples.small()
        agreement.blocks += extra
        return LayoutBuilder.layOut(agreement)
    }

    static func list(children: Bool) -> Block {
        .list(
            ListBlock(
                kind: .bulleted,
                items: [
                    ListItem(content: [.text("Första punkten")]),
                    ListItem(
                        content: [.text("Andra punkten")],
                        children: children
                            ? ListBlock(kind: .numbered, items: [ListItem(content: [.text("Underpunkt")])]) : nil),
                ]))
    }

    static func table(header: Bool) -> Block {
        .table(
            Table(
                header: header ? TableRow(cells: [[.text("Part")], [.text("Belopp")]]) : nil,
                rows: [TableRow(cells: [[.text("Alfa")], [.text("100")]])]))
    }

    /// Each paragraph's text with its change mark (a table cell's: its row's), in document order.
    static func marks(_ document: LaidOutDocument) -> [(String, ChangeMark.Kind?)] {
        var out: [(String, ChangeMark.Kind?)] = []
        func paragraph(_ p: LaidOutParagraph, _ row: ChangeMark? = nil) {
            out.append((ColumnWidths.text(p.content), (row ?? p.change)?.kind))
        }
        func list(_ l: LaidOutList) {
            for item in l.items {
                paragraph(item.paragraph)
                item.children.map(list)
            }
        }
        for block in document.body {
            switch block {
            case .paragraph(let p): paragraph(p)
            case .list(let l): list(l)
            case .table(let t):
                for row in (t.header.map { [$0] } ?? []) + t.rows {
                    for cell in row.cells { cell.forEach { paragraph($0, row.change) } }
                }
            case .columns, .pageBreak: break
            }
        }
        return out
    }

    /// The text after accepting (`kind` .deletion dropped) or rejecting (.insertion dropped) every change.
    static func resolved(_ document: LaidOutDocument, dropping kind: ChangeMark.Kind) -> [String] {
        marks(document).filter { $0.1 != kind }.map(\.0)
    }

    static func pageBreaks(_ document: LaidOutDocument) -> Int {
        document.body.filter { if case .pageBreak = $0 { return true } else { return false } }.count
    }

    @Test func aListATableAndAPageBreakOfOneSideAreDeletedOrInsertedWhole() {
        let plain = Self.laidOut([])
        let extra = Self.laidOut([
            Self.list(children: true), Self.table(header: true), .pageBreak, .paragraph([.text("Slut")]),
        ])
        let added = ["Första punkten", "Andra punkten", "Underpunkt", "Part", "Belopp", "Alfa", "100", "Slut"]
        for (old, new, kind) in [(extra, plain, ChangeMark.Kind.deletion), (plain, extra, .insertion)] {
            let redline = Redline(old: old, new: new, author: "Advokatfirman")
            let marks = Self.marks(redline.document)
            for text in added {
                #expect(marks.contains { $0.0 == text && $0.1 == kind }, "\(text) \(kind): \(marks)")
            }
            #expect(marks.filter { $0.1 != nil }.count == added.count, "\(marks)")
            #expect(Self.resolved(redline.document, dropping: .deletion) == Self.marks(new).map(\.0))
            #expect(Self.resolved(redline.document, dropping: .insertion) == Self.marks(old).map(\.0))
            // A page break has no mark: an inserted one stands, a deleted one is gone.
            #expect(Self.pageBreaks(redline.document) == Self.pageBreaks(new))
            #expect(!redline.changes.isEmpty)
        }
    }

    @Test func aNestedListOrAHeaderOfOneSideIsDeletedOrInsertedInsideTheBlock() {
        let full = Self.laidOut([Self.list(children: true), Self.table(header: true)])
        let bare = Self.laidOut([Self.list(children: false), Self.table(header: false)])
        for (old, new, kind) in [(full, bare, ChangeMark.Kind.deletion), (bare, full, .insertion)] {
            let redline = Redline(old: old, new: new, author: "Advokatfirman")
            let changed = Self.marks(redline.document).filter { $0.1 != nil }
            #expect(changed.map(\.0) == ["Underpunkt", "Part", "Belopp"], "\(changed)")
            #expect(changed.allSatisfy { $0.1 == kind })
            #expect(Self.resolved(redline.document, dropping: .deletion) == Self.marks(new).map(\.0))
            #expect(Self.resolved(redline.document, dropping: .insertion) == Self.marks(old).map(\.0))
        }
        // Both with the nested list and the header: nothing changes.
        let same = Redline(old: full, new: full, author: "Advokatfirman")
        #expect(same.changes.isEmpty && same.document.body == full.body)
    }

    /// Empty lists of both sides pair as lists of the same kind do: the redline keeps one list, not one deleted and
    /// one inserted.
    @Test func emptyListsOfBothSidesPair() {
        let list = Block.list(ListBlock(kind: .bulleted, items: []))
        let redline = Redline(
            old: Self.laidOut([list]), new: Self.laidOut([list, .paragraph([.text("Ny")])]), author: "Advokatfirman")
        let lists = redline.document.body.filter { if case .list = $0 { true } else { false } }
        #expect(lists == [.list(LaidOutList(instance: 3, clauseLevel: 0, startValue: nil, items: []))])
        #expect(redline.changes.map(\.outsideClauses) == [1])
    }
}
