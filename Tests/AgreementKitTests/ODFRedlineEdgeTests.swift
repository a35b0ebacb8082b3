import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Where an ODF redline anchors its changes when paragraphs are inserted or deleted next to tables, at the body's
/// start or end, and in nested lists: every deleted paragraph is kept in a changed region whose change point is in
/// the body, so that rejecting every change brings it back.
@Suite("Redline in ODF: where changes anchor")
struct ODFRedlineEdgeTests {
    /// The flat ODF text of the redline of `old` to `new`, split into its tracked changes and the body after them.
    static func redline(_ old: LaidOutDocument, _ new: LaidOutDocument) throws -> (tracked: String, body: String) {
        func flat(_ document: LaidOutDocument) throws -> Data {
            try ODFWriter(document: document, metadata: Samples.small().metadata, options: Samples.options)
                .flatDocument()
        }
        let redline = Redline(old: old, new: new, author: "Advokatfirman")
        let data = try flat(redline.document)
        // Accepting every change gives the new text, rejecting every change the old (empty paragraphs aside).
        func text(_ data: Data, _ resolution: RedlineTests.Resolution) throws -> [String] {
            try RedlineTests.paragraphs(odt: data, resolution).filter { !$0.isEmpty }
        }
        #expect(try text(data, .accept) == (try text(try flat(new), .plain)))
        #expect(try text(data, .reject) == (try text(try flat(old), .plain)))
        let text = String(decoding: data, as: UTF8.self)
        let start = try #require(text.range(of: "<text:tracked-changes>"))
        let end = try #require(text.range(of: "</text:tracked-changes>"))
        let bodyEnd = try #require(text.range(of: "</office:text>"))
        return (String(text[start.upperBound..<end.lowerBound]), String(text[end.upperBound..<bodyEnd.lowerBound]))
    }

    static func laidOut(_ change: (inout Agreement) -> Void) -> LaidOutDocument {
        var agreement = Samples.small()
        change(&agreement)
        return LayoutBuilder.layOut(agreement)
    }

    /// The ids of the changed regions, and of the change points in the body.
    static func ids(_ text: String, _ pattern: String) -> [String] {
        let regex = try! Regex(pattern + #"="(ct\d+)""#)
        return text.matches(of: regex).compactMap { $0.output[1].substring.map(String.init) }
    }

    /// Every region has one point in the body that starts it (a deletion's `text:change`, an insertion's
    /// `text:change-start`), and every deleted text is in the tracked changes, not in the body.
    static func expectAnchored(_ parts: (tracked: String, body: String), deleted: [String]) {
        let regions = ids(parts.tracked, "text:changed-region xml:id")
        let points =
            ids(parts.body, "<text:change text:change-id") + ids(parts.body, "<text:change-start text:change-id")
        #expect(!regions.isEmpty)
        #expect(points.sorted() == regions.sorted(), "\(parts.body)")
        for text in deleted {
            #expect(parts.tracked.contains(">\(text)<"), "\(text)")
            #expect(!parts.body.contains(">\(text)<"), "\(text)")
        }
    }

    static let signatures = "</table:table>"

    /// After the last table nothing is written: an empty Standard paragraph holds the change.
    @Test func aParagraphDeletedAfterTheLastTableIsKeptInItsRegion() throws {
        let old = Self.laidOut { $0.blocks.append(.paragraph([.text("Slut")])) }
        let parts = try Self.redline(old, Self.laidOut { _ in })
        Self.expectAnchored(parts, deleted: ["Slut"])
        let id = try #require(Self.ids(parts.tracked, "text:changed-region xml:id").last)
        #expect(
            parts.body.hasSuffix(
                Self.signatures
                    + "<text:p text:style-name=\"Standard\"><text:change text:change-id=\"\(id)\"/></text:p>"))
        #expect(
            parts.tracked.contains(
                "<text:p text:style-name=\"Standard\"/><text:p text:style-name=\"Body_20_Text\">Slut</text:p>"))
    }

    @Test func paragraphsDeletedBetweenTwoTablesAreKeptInTheirRegion() throws {
        let table = Block.table(Table(rows: [TableRow(cells: [[.text("Alfa")], [.text("100")]])]))
        let old = Self.laidOut {
            $0.blocks.insert(contentsOf: [table, .paragraph([.text("Mellan")]), .paragraph([.text("Och mer")])], at: 3)
        }
        let new = Self.laidOut { $0.blocks.insert(table, at: 3) }
        let parts = try Self.redline(old, new)
        Self.expectAnchored(parts, deleted: ["Mellan", "Och mer"])
        #expect(parts.body.contains("</table:table><text:p text:style-name=\"Standard\"><text:change "))
    }

    @Test func aParagraphInsertedAfterTheLastTableHoldsItsOwnChange() throws {
        let new = Self.laidOut { $0.blocks.append(.paragraph([.text("Nytt")])) }
        let parts = try Self.redline(Self.laidOut { _ in }, new)
        Self.expectAnchored(parts, deleted: [])
        let id = try #require(Self.ids(parts.tracked, "text:changed-region xml:id").last)
        #expect(
            parts.body.hasSuffix(
                "<text:change-start text:change-id=\"\(id)\"/>Nytt<text:change-end text:change-id=\"\(id)\"/></text:p>")
        )
    }

    /// At the body's start the paragraph after holds the change: an insertion ends at its start, a deletion is
    /// written before an empty copy of it.
    @Test func atTheBodysStartTheParagraphAfterHoldsTheChange() throws {
        let withTitle = Self.laidOut { _ in }
        let withoutTitle = Self.laidOut { $0.blocks.removeFirst() }
        let inserted = try Self.redline(withoutTitle, withTitle)
        Self.expectAnchored(inserted, deleted: [])
        let id = try #require(Self.ids(inserted.tracked, "text:changed-region xml:id").first)
        let start = try #require(inserted.body.range(of: "<text:change-start text:change-id=\"\(id)\"/>Avtal"))
        let end = try #require(
            inserted.body.range(of: "<text:change-end text:change-id=\"\(id)\"/><text:bookmark-start"))
        #expect(start.upperBound < end.lowerBound)

        let deleted = try Self.redline(withTitle, withoutTitle)
        Self.expectAnchored(deleted, deleted: ["Avtal"])
        #expect(
            deleted.tracked.contains(
                "<text:p text:style-name=\"Title\">Avtal</text:p><text:list xml:id=\"clauses\" "
                    + "text:style-name=\"Clause_20_Numbering\"><text:list-item><text:h "
                    + "text:style-name=\"Clause_20_Heading_20_1\" text:outline-level=\"1\"/>"))
    }

    /// A nested list, a deleted item with its nested list and a whole list with nested items: every deleted item is
    /// in a region, and a list whose items are all deleted leaves no empty list in the body.
    @Test(arguments: [
        ([RedlineBlockTests.list(children: true)], [RedlineBlockTests.list(children: false)], ["Underpunkt"]),
        (
            [RedlineBlockTests.list(children: true)],
            [Block.list(ListBlock(kind: .bulleted, items: [ListItem(content: [.text("Första punkten")])]))],
            ["Andra punkten", "Underpunkt"]
        ),
        ([RedlineBlockTests.list(children: true)], [], ["Första punkten", "Andra punkten", "Underpunkt"]),
    ])
    func deletedListItemsAreKeptInTheirRegions(old: [Block], new: [Block], deleted: [String])
        throws
    {
        let parts = try Self.redline(RedlineBlockTests.laidOut(old), RedlineBlockTests.laidOut(new))
        Self.expectAnchored(parts, deleted: deleted)
        #expect(!parts.body.contains(try Regex(#"<text:list [^>]*/>|<text:list [^>]*></text:list>"#)), "no empty list")
        let inserted = try Self.redline(RedlineBlockTests.laidOut(new), RedlineBlockTests.laidOut(old))
        Self.expectAnchored(inserted, deleted: [])
        for text in deleted { #expect(inserted.body.contains(text), "\(text)") }
    }

    /// A page break is a paragraph of the body: a paragraph deleted right after it anchors at the break, whose empty
    /// copy (a page-break paragraph) joins it in the region.
    @Test func aParagraphDeletedAfterAPageBreakAnchorsAtTheBreak() throws {
        let old = RedlineBlockTests.laidOut([.pageBreak, .paragraph([.text("Efter brytningen")])])
        let parts = try Self.redline(old, RedlineBlockTests.laidOut([.pageBreak]))
        Self.expectAnchored(parts, deleted: ["Efter brytningen"])
        let id = try #require(Self.ids(parts.tracked, "text:changed-region xml:id").last)
        #expect(
            parts.body.hasSuffix(
                "<text:p text:style-name=\"PageBreak\"><text:change text:change-id=\"\(id)\"/></text:p>"))
        #expect(
            parts.tracked.hasSuffix(
                "<text:p text:style-name=\"PageBreak\"/><text:p text:style-name=\"Body_20_Text\">Efter brytningen"
                    + "</text:p></text:deletion></text:changed-region>"))
    }

    /// The same two documents: a redline without changes has no tracked changes.
    @Test func aRedlineWithoutChangesHasNoTrackedChanges() throws {
        let document = Self.laidOut { _ in }
        let redline = Redline(old: document, new: document, author: "Advokatfirman")
        #expect(redline.changes.isEmpty)
        let data = try ODFWriter(
            document: redline.document, metadata: Samples.small().metadata, options: Samples.options
        )
        .flatDocument()
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<text:tracked-changes"))
        #expect(!text.contains("<text:change"))
        #expect(text.contains("<text:h text:style-name=\"Clause_20_Heading_20_1\" text:outline-level=\"1\">"))
    }

    /// A paragraph deleted at the body's start with a table right after it has nothing written on either side (a
    /// change never spans a table, so the paragraph after the table cannot anchor it): an empty paragraph before the
    /// table holds its change, and as the body's first block it starts the first page.
    @Test func aParagraphDeletedBeforeATableAtTheBodysStartIsHeldByAnEmptyParagraph() throws {
        let table = Block.table(Table(rows: [TableRow(cells: [[.text("Alfa")], [.text("100")]])]))
        let after = Block.paragraph([.text("Efter")])
        let old = Self.laidOut { $0.blocks = [.paragraph([.text("Inledning")]), table, after] }
        let parts = try Self.redline(old, Self.laidOut { $0.blocks = [table, after] })
        Self.expectAnchored(parts, deleted: ["Inledning"])
        let id = try #require(Self.ids(parts.tracked, "text:changed-region xml:id").first)
        #expect(
            parts.body.hasPrefix(
                "<text:p text:style-name=\"FirstPage\"><text:change text:change-id=\"\(id)\"/></text:p><table:table "))
    }

    static func list(_ items: [String]) -> Block {
        .list(ListBlock(kind: .bulleted, items: items.map { ListItem(content: [.text($0)]) }))
    }

    /// An inserted list item followed by a deleted paragraph: the deletion's change point is never in the
    /// inserted paragraph (it would be inside the insertion, and rejecting every change would lose the deleted
    /// paragraph), but at the kept paragraph before, or at the body's start the one after, past the insertion's
    /// end. Regression: the deleted paragraph was anchored at the end of the inserted item.
    @Test func aDeletionAfterAnInsertionIsAnchoredOutsideIt() throws {
        // Mid-document: a kept item, an inserted one, then the deleted paragraph.
        let old = Self.laidOut {
            $0.blocks.insert(contentsOf: [Self.list(["Första punkten"]), .paragraph([.text("Borttagen")])], at: 3)
        }
        let new = Self.laidOut { $0.blocks.insert(Self.list(["Första punkten", "Andra punkten"]), at: 3) }
        let middle = try Self.redline(old, new)
        Self.expectAnchored(middle, deleted: ["Borttagen"])
        let deletion = try #require(Self.ids(middle.body, "<text:change text:change-id").first)
        let insertion = try #require(Self.ids(middle.body, "<text:change-start text:change-id").first)
        #expect(
            middle.body.contains(
                "Första punkten<text:change text:change-id=\"\(deletion)\"/><text:change-start "
                    + "text:change-id=\"\(insertion)\"/>"), "\(middle.body)")

        // At the body's start: nothing is written before the inserted item, so it ends at the start of the first
        // paragraph written after it, past the deleted one; the deletion's change point follows that end.
        let first = Self.laidOut {
            $0.blocks.insert(contentsOf: [Self.list(["Gammal punkt"]), .paragraph([.text("Borttagen")])], at: 0)
        }
        let replaced = Self.laidOut { $0.blocks.insert(Self.list(["Helt annan rad"]), at: 0) }
        let start = try Self.redline(first, replaced)
        Self.expectAnchored(start, deleted: ["Gammal punkt", "Borttagen"])
        let id = try #require(Self.ids(start.body, "<text:change-start text:change-id").first)
        // The deletions in their order: the old item, then the paragraph after it.
        let deletions = Self.ids(start.tracked, "text:changed-region xml:id").filter { $0 != id }
        #expect(deletions.count == 2)
        #expect(
            start.body.contains(
                "<text:change-end text:change-id=\"\(id)\"/>"
                    + deletions.map { "<text:change text:change-id=\"\($0)\"/>" }.joined() + "Avtal"),
            "\(start.body)")
    }
}
