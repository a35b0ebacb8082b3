import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A parallel document's rows when the two languages word things differently: running text in one language only,
/// text after the last sub-clause in one only, an annex with text in both; and the firm's font for the watermark.
@Suite("Parallel documents: rows of uneven text")
struct ParallelLayoutEdgeTests {
    static func agreement(_ language: Language, _ blocks: [Block]) -> Agreement {
        var agreement = Samples.small()
        agreement.metadata.language = language
        agreement.blocks = blocks
        return agreement
    }

    /// The text of each row's cells, for the body's columns blocks.
    static func rows(_ document: LaidOutDocument) -> [[String]] {
        document.body.flatMap { block -> [[String]] in
            guard case .columns(let columns) = block else { return [] }
            return columns.rows.map { row in
                row.cells.map { cell in
                    cell.map { block -> String in
                        if case .paragraph(let p) = block { return ColumnWidths.text(p.content) }
                        return "…"
                    }.joined(separator: " | ")
                }
            }
        }
    }

    static func layOut(_ sv: [Block], _ en: [Block], firm: FirmLook? = nil) throws -> LaidOutDocument {
        ParallelLayoutBuilder.layOut(
            try ParallelAgreement(main: agreement(.sv, sv), second: agreement(.en, en)), firm: firm)
    }

    @Test func textInOneLanguageOnlyLeavesTheOtherCellEmpty() throws {
        let clause: (String, String) -> Block = { heading, text in
            .clause(
                Clause(
                    id: "a", heading: [.text(heading)],
                    body: [.clause(Clause(id: "a1", body: [.paragraph([.text(text)])]))]
                        + (heading == "Första" ? [.paragraph([.text("Efter")])] : [])))
        }
        let rows = Self.rows(
            try Self.layOut(
                [.paragraph([.text("Bara svenska")]), clause("Första", "Text")], [clause("First", "Text en")]))
        #expect(rows.contains(["Bara svenska", ""]), "\(rows)")
        #expect(rows.contains(["Efter", ""]), "\(rows)")
        #expect(rows.contains { $0[0].hasSuffix("Text") && $0[1].hasSuffix("Text en") }, "\(rows)")
    }

    @Test func anAnnexWithTextInBothLanguagesIsRowsUnderItsHeadings() throws {
        let annex: (String, String) -> [Block] = { title, text in
            [
                .annexes(AnnexList(annexes: [Annex(id: "x", title: [.text(title)])])),
                .annex(AnnexContent(annex: "x", body: [.paragraph([.text(text)])])),
            ]
        }
        let document = try Self.layOut(annex("Budget", "Belopp"), annex("Budget en", "Amount"))
        let rows = Self.rows(document)
        #expect(rows.contains(["Belopp", "Amount"]), "\(rows)")
        #expect(document.body.contains { if case .pageBreak = $0 { return true } else { return false } })
    }

    @Test func theWatermarkTakesTheFirmsFont() throws {
        var look = FirmLook(page: PageGeometry())
        look.font = "DejaVu Serif"
        let document = try Self.layOut([.paragraph([.text("a")])], [.paragraph([.text("b")])], firm: look)
        #expect(document.watermark?.font == "DejaVu Serif")
        #expect(document.firm == look)
    }

    /// The mirror of `textInOneLanguageOnlyLeavesTheOtherCellEmpty`: running text and text after the last sub-clause
    /// in the second language only leave the left cells empty.
    @Test func textInTheSecondLanguageOnlyLeavesTheLeftCellEmpty() throws {
        let clause: (String, String, [Block]) -> Block = { heading, text, after in
            .clause(
                Clause(
                    id: "a", heading: [.text(heading)],
                    body: [.clause(Clause(id: "a1", body: [.paragraph([.text(text)])]))] + after))
        }
        let rows = Self.rows(
            try Self.layOut(
                [clause("Första", "Text", [])],
                [.paragraph([.text("English only")]), clause("First", "Text en", [.paragraph([.text("After")])])]))
        #expect(rows.first == ["", "English only"], "\(rows)")
        #expect(rows.contains(["", "After"]), "\(rows)")
    }

    /// An empty cell of the columns still holds a paragraph, as a table cell must, in both formats.
    @Test func anEmptyCellIsWrittenWithAnEmptyParagraph() throws {
        let document = try Self.layOut([.paragraph([.text("Bara svenska")])], [])
        #expect(Self.rows(document) == [["Bara svenska", ""]])
        let fodt = String(
            decoding: try ODFWriter(document: document, metadata: Samples.small().metadata, options: Samples.options)
                .flatDocument(), as: UTF8.self)
        #expect(
            fodt.contains(
                "<table:table-cell table:style-name=\"ParallelCell\" office:value-type=\"string\"><text:p/>"
                    + "</table:table-cell>"), "\(fodt)")
        let docx = String(decoding: try DOCXDocumentPart(document: document).data(), as: UTF8.self)
        #expect(docx.contains(try Regex(#"<w:tc><w:tcPr><w:tcW [^>]*/></w:tcPr><w:p/></w:tc>"#)), "\(docx)")
    }
}
