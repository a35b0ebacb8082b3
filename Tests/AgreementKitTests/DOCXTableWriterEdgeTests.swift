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
}
