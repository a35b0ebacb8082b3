/// Writes a laid-out table into the body: its style, width, indent and column grid, then its rows. A header row
/// repeats on each page; rows of a table style that keeps rows together never split across pages.
struct DOCXTableWriter {
    let xml: XMLWriter
    let document: LaidOutDocument
    /// The author and date of a redline's changes; nil for a document without changes.
    var revision: DOCXRevision? = nil

    /// Writes the table.
    func table(_ table: LaidOutTable) throws {
        guard !table.columns.isEmpty else { return }
        let style = document.styles.tableStyle(table.kind)
        let grid = Length.twips(of: table.columns)
        try xml.element("w:tbl") {
            try tableProperties(style: DOCXStyleID.id(table.kind), width: table.width.twips, indent: table.indent.twips)
            try xml.element("w:tblGrid") {
                for width in grid { try xml.element("w:gridCol", ["w:w": String(width)]) }
            }
            if let header = table.header {
                try row(header, widths: grid, header: true, keepTogether: true, shade: style.headerBackground)
            }
            for row in table.rows {
                try self.row(row, widths: grid, header: false, keepTogether: style.keepRowsTogether, shade: nil)
            }
        }
    }

    /// `w:tblPr` in CT_TblPrBase order: tblStyle, tblW, tblInd, tblLayout, tblLook.
    func tableProperties(style: String, width: Int, indent: Int) throws {
        try xml.element("w:tblPr") {
            try xml.element("w:tblStyle", ["w:val": style])
            try xml.element("w:tblW", ["w:w": String(width), "w:type": "dxa"])
            if indent > 0 { try xml.element("w:tblInd", ["w:w": String(indent), "w:type": "dxa"]) }
            try xml.element("w:tblLayout", ["w:type": "fixed"])
            try xml.element(
                "w:tblLook",
                [
                    "w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0", "w:lastColumn": "0",
                    "w:noHBand": "0", "w:noVBand": "1",
                ])
        }
    }

    /// Writes one row.
    private func row(_ row: LaidOutRow, widths: [Int], header: Bool, keepTogether: Bool, shade: Colour?) throws {
        try xml.element("w:tr") {
            let change = row.change.flatMap { mark in revision.map { (mark, $0) } }
            if keepTogether || header || change != nil {
                try xml.element("w:trPr") {
                    if keepTogether { try xml.element("w:cantSplit") }
                    if header { try xml.element("w:tblHeader") }
                    if let (mark, revision) = change { try revision.write(mark, to: xml) }
                }
            }
            for (column, width) in widths.enumerated() {
                let paragraphs = column < row.cells.count ? row.cells[column] : []
                try xml.element("w:tc") {
                    try xml.element("w:tcPr") {
                        try xml.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                        if let shade {
                            try xml.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shade.hex])
                        }
                    }
                    for paragraph in paragraphs {
                        xml.origin = paragraph.origin
                        try xml.element("w:p") {
                            try DOCXParagraphProperties(paragraph, in: document, revision: revision).write(to: xml)
                            try DOCXRunWriter(xml: xml, revision: revision).write(paragraph.content)
                        }
                    }
                    // Every cell holds at least one paragraph.
                    if paragraphs.isEmpty { try xml.element("w:p") }
                }
            }
        }
    }
}
