import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The layout of what agreements rarely hold: notes of several lines and without author, a party with several
/// signatories, empty signature, party and annex blocks, and a second block of parties.
@Suite("Layout: rare blocks")
struct LayoutBuilderEdgeTests {
    static func laidOut(_ blocks: [Block], parties: [Party]? = nil) -> LaidOutDocument {
        var agreement = Samples.small()
        agreement.blocks = blocks
        if let parties { agreement.metadata.parties = parties }
        return LayoutBuilder.layOut(agreement)
    }

    @Test func aNoteIsSplitIntoParagraphsAtEveryLineEndAndWithoutAuthorIsTheToolsNote() {
        let document = Self.laidOut([
            .paragraph([.text("x"), .note(DraftingNote(text: "one\r\ntwo\rthree\nfour\n\nsix", author: ""))])
        ])
        #expect(document.comments.count == 1)
        #expect(document.comments.first?.paragraphs == ["one", "two", "three", "four", "", "six"])
        #expect(document.comments.first?.author == Vocabulary(.sv).defaultNoteAuthor)
        #expect(LayoutBuilder.paragraphs(of: "a\r\rb") == ["a", "", "b"])
    }

    @Test func aPartyWithSeveralSignatoriesHasARowOfItsOwn() throws {
        let document = Self.laidOut([
            .signatures(
                SignatureBlock(signatures: [
                    Signature(party: "p"), Signature(party: "s", name: "A"), Signature(party: "s", name: "B"),
                ]))
        ])
        guard case .table(let table)? = document.body.first else {
            Issue.record("\(document.body)")
            return
        }
        let rows = table.rows.map { row in row.cells.map { ColumnWidths.text($0.first?.content ?? []) } }
        #expect(rows == [["För Kommunen", ""], ["För Bolaget AB", "För Bolaget AB"]])
    }

    /// An empty list of annexes keeps its heading (the assembler leaves such a list out).
    @Test func emptyBlocksLayOutNothing() {
        let document = Self.laidOut(
            [
                .signatures(SignatureBlock(signatures: [])), .parties(PartyBlock()),
                .annexes(AnnexList(annexes: [])),
            ], parties: [])
        #expect(document.body.count == 1, "\(document.body)")
        guard case .paragraph(let heading)? = document.body.first else { return }
        #expect(heading.role == .annexesHeading)
        #expect(ColumnWidths.text(heading.content) == "Bilagor")
    }

    @Test func aSecondBlockOfPartiesIsAListOfItsOwn() {
        let document = Self.laidOut([
            .parties(PartyBlock(parties: ["p"])), .paragraph([.text("och")]), .parties(PartyBlock(parties: ["s"])),
        ])
        let instances = document.body.compactMap { block -> Int? in
            if case .list(let list) = block { return list.instance }
            return nil
        }
        #expect(instances.count == 2)
        #expect(Set(instances).count == 2, "each block numbers its parties from (1)")
    }

    /// The text of each paragraph of the body, lists' items included.
    static func texts(_ document: LaidOutDocument) -> [String] {
        var out: [String] = []
        Redline.forEachParagraph(document.body) { out.append(ColumnWidths.text($0.content)) }
        return out
    }

    @Test func aNoteWithAnAuthorIsTheAuthorsComment() {
        let document = Self.laidOut([.paragraph([.text("x"), .note(DraftingNote(text: "Kolla", author: "Anna"))])])
        #expect(document.comments == [LaidOutComment(author: "Anna", paragraphs: ["Kolla"])])
    }

    /// A row with fewer cells than the table has columns is filled with empty cells.
    @Test func aShortTableRowGetsEmptyCells() throws {
        let document = Self.laidOut([
            .table(Table(rows: [TableRow(cells: [[.text("a")], [.text("b")]]), TableRow(cells: [[.text("c")]])]))
        ])
        guard case .table(let table)? = document.body.first else {
            Issue.record("\(document.body)")
            return
        }
        #expect(table.columns.count == 2)
        let rows = table.rows.map { row in row.cells.map { cell in cell.map { ColumnWidths.text($0.content) } } }
        #expect(rows == [[["a"], ["b"]], [["c"], [""]]])
    }

    /// An annex text whose annex the annex list does not name has no number: its heading is titled with its id.
    @Test func anAnnexTextOutsideTheAnnexListIsTitledWithItsID() {
        let document = Self.laidOut([.annex(AnnexContent(annex: "bilaga-x", body: nil))])
        #expect(document.body.first == .pageBreak)
        #expect(Self.texts(document) == [" – bilaga-x", "Bilagan bifogas separat."], "\(document.body)")
    }

    /// A reference to a target that has no number shows "??", as a word processor shows a broken reference.
    @Test func aReferenceToNothingNumberedShowsQuestionMarks() {
        let document = Self.laidOut([.paragraph([.text("Se "), .reference(CrossReference(target: "saknas"))])])
        #expect(Self.texts(document) == ["Se ??"])
    }

    /// Measured text counts a page number or page count as three digits; a word of a parallel document's labels
    /// stands once when both languages spell it the same.
    @Test func measuredTextAndLabelsInBothLanguages() {
        #expect(ColumnWidths.text([.text("Sida "), .pageNumber, .text(" av "), .pageCount]) == "Sida 999 av 999")
        #expect(Vocabulary.both(Vocabulary(.sv), Vocabulary(.en)) { _ in "Namn" } == "Namn")
        #expect(Vocabulary.both(Vocabulary(.sv), Vocabulary(.en), \.pageWord) == "Sida / Page")
        #expect(Vocabulary.both(Vocabulary(.sv), nil, \.pageWord) == "Sida")
    }
}
