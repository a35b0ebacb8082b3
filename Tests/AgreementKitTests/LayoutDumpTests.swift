import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The layout dump the golden files store: what it writes for pages with unequal margins, sizes between whole
/// points, text with characters to escape, a redline's changes and a parallel document's columns.
@Suite("Layout dump")
struct LayoutDumpTests {
    static func lines(_ document: LaidOutDocument) -> [String] {
        document.dump().split(separator: "\n").map(String.init)
    }

    @Test func unequalMarginsAndASizeBetweenWholePointsAreWrittenOut() {
        var document = LayoutBuilder.layOut(Samples.small())
        document.styles.page.marginLeft = .cm(3)
        document.styles.defaultText.size = .pt(10.5)
        let lines = Self.lines(document)
        #expect(
            lines.dropFirst().first
                == "page 21cm x 29.7cm, margins 2.5cm 2.5cm 2.5cm 3cm, header/footer at 1.25cm spaced 0.5cm, "
                + "tab stops every 1.25cm")
        #expect(lines.dropFirst(2).first?.hasPrefix("text font Times New Roman size 0.37cm language sv-SE") == true)
        let plain = Self.lines(LayoutBuilder.layOut(Samples.small()))
        #expect(plain.dropFirst().first?.hasPrefix("page 21cm x 29.7cm, margin 2.5cm, ") == true)
        #expect(plain.dropFirst(2).first?.hasPrefix("text font Times New Roman size 11pt ") == true)
    }

    @Test func quotesBackslashesAndLineEndsAreEscaped() {
        let lines = Self.lines(LayoutBuilder.layOut(Samples.small(text: "a\\b\r\nc\t\"d\"")))
        #expect(lines.contains("  clauseBody(level: 1) \"Clause Body 1\": \"a\\\\b\\r\\nc\\t\\\"d\\\"\" {comment 0}"))
    }

    @Test func aRedlinesChangesAreMarkedWithTheirKindAndNumber() {
        let redline = Redline(
            old: LayoutBuilder.layOut(Samples.small()), new: LayoutBuilder.layOut(Samples.small(text: "Ny text")),
            author: "Advokatfirman")
        let lines = Self.lines(redline.document)
        #expect(lines.contains("  clauseBody(level: 1) \"Clause Body 1\": [deleted 1: \"Text\" {comment 1}]"))
        #expect(lines.contains("  clauseBody(level: 1) \"Clause Body 1\": [inserted 3: \"Ny text\" {comment 0}]"))
    }

    @Test func aParallelDocumentsColumnsAreRowsOfNumberedColumns() throws {
        let lines = Self.lines(ParallelLayoutBuilder.layOut(try ParallelDocumentTests.pair(.sv, .en)))
        let first = try #require(lines.firstIndex { $0.hasPrefix("  columns ") })
        #expect(lines[first] == "  columns 8cm 8cm")
        #expect(lines[first + 1] == "    row")
        #expect(lines[first + 2] == "      column 1")
        let second = try #require(lines[(first + 3)...].firstIndex { $0 == "      column 2" })
        #expect(lines[(first + 3)..<second].allSatisfy { $0.hasPrefix("        ") })
    }
}
