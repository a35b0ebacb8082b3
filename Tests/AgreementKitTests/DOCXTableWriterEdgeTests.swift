import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A table in `document.xml`: one written without columns is left out, and a row with fewer cells than the table has
/// columns still gets a cell for each column, with the empty paragraph Word requires of every cell.
@Suite("DOCX table writer: edge cases")
struct DOCXTableWriterEdgeTests {
    static let document = LayoutBuilder.layOut(Samples.small())

    static func written(_ table: LaidOutTable) throws -> String {
        let xml = try XMLWriter()
        try DOCXTableWriter(xml: xml, document: document).table(table)
        return String(decoding: try xml.finish(), as: UTF8.self)
    }

    static func paragraph(_ text: String) -> LaidOutParagraph {
        LaidOutParagraph(
            role: .tableCell(header: false), style: .bodyText, content: [.text(text)], origin: "table")
    }

    @Test func aTableWithoutColumnsIsNotWritten() throws {
        let table = LaidOutTable(
            kind: .agreement, indent: .zero, columns: [], rows: [LaidOutRow(cells: [[Self.paragraph("A")]])],
            origin: "table")
        #expect(try Self.written(table).isEmpty)
    }

    @Test func aRowWithFewerCellsGetsAnEmptyCellForEachColumn() throws {
        let table = LaidOutTable(
            kind: .agreement, indent: .zero, columns: [Length(emu: 914_400), Length(emu: 914_400)],
            rows: [LaidOutRow(cells: [[Self.paragraph("Alfa")]])], origin: "table")
        let xml = try Self.written(table)
        #expect(xml.components(separatedBy: "<w:tc>").count == 3, "\(xml)")
        #expect(xml.contains("<w:t>Alfa</w:t>"), "\(xml)")
        #expect(xml.hasSuffix("</w:tcPr><w:p/></w:tc></w:tr></w:tbl>"), "\(xml)")
    }

    /// Under a table style that lets rows split, body rows have no row properties; the header row still never splits
    /// and repeats on each page.
    @Test func aStyleThatLetsRowsSplitLeavesBodyRowsWithoutProperties() throws {
        var document = Self.document
        let index = try #require(document.styles.tableStyles.firstIndex { $0.kind == .agreement })
        document.styles.tableStyles[index].keepRowsTogether = false
        let table = LaidOutTable(
            kind: .agreement, indent: .zero, columns: [Length(emu: 914_400)],
            header: LaidOutRow(cells: [[Self.paragraph("Rubrik")]]), rows: [LaidOutRow(cells: [[Self.paragraph("A")]])],
            origin: "table")
        let xml = try XMLWriter()
        try DOCXTableWriter(xml: xml, document: document).table(table)
        let text = String(decoding: try xml.finish(), as: UTF8.self)
        #expect(text.components(separatedBy: "<w:tr>").count == 3, "\(text)")
        #expect(text.contains("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc>"), "\(text)")
        #expect(text.contains("</w:tr><w:tr><w:tc>"), "\(text)")
        #expect(text.components(separatedBy: "w:cantSplit").count == 2, "\(text)")
    }

    /// Runs outside a redline: empty text writes no run, and content marked as changed (which only a redline, with
    /// its author, marks) is written as it stands.
    @Test func runsWithoutARevisionAreWrittenAsTheyStand() throws {
        let xml = try XMLWriter()
        try xml.element("w:p") {
            try DOCXRunWriter(xml: xml).write([
                .text(""), .change(ChangeMark(kind: .insertion, id: 1), [.text("Ny")]),
            ])
        }
        #expect(String(decoding: try xml.finish(), as: UTF8.self) == "<w:p><w:r><w:t>Ny</w:t></w:r></w:p>")
    }
}
