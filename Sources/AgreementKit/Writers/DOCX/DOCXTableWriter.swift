/// Writes tables into the body: model tables in the "Agreement Table" style, and signature blocks as a borderless
/// two-column "Signature Table" with two signatures per row.
struct DOCXTableWriter {
    let xml: XMLWriter
    let runs: DOCXRunWriter

    /// Writes a model table `indent` twips in from the margin, its width the rest of the text width, columns in
    /// proportion to the relative widths. The header row repeats on each page.
    func table(_ table: Table, indent: Int) throws {
        let columns = table.columnCount
        guard columns > 0 else { return }
        let width = DOCXMetrics.textWidth - indent
        let grid = DOCXTableWriter.columnWidths(total: width, relative: table.widths, count: columns)
        try xml.element("w:tbl") {
            try tableProperties(style: DOCXStyleID.agreementTable, width: width, indent: indent)
            try self.grid(grid)
            if let header = table.header {
                try row(header.cells, widths: grid, header: true)
            }
            for row in table.rows {
                try self.row(row.cells, widths: grid, header: false)
            }
        }
    }

    /// Writes signatures two to a row; each cell holds the lines of one signature, kept together on a page.
    func signatures(_ block: SignatureBlock, layout: DocumentLayout, metadata: AgreementMetadata) throws {
        guard !block.signatures.isEmpty else { return }
        let presentation = SignaturePresentation(vocabulary: layout.vocabulary)
        let half = DOCXMetrics.textWidth / 2
        let grid = [half, DOCXMetrics.textWidth - half]
        try xml.element("w:tbl") {
            try tableProperties(style: DOCXStyleID.signatureTable, width: DOCXMetrics.textWidth, indent: 0)
            try self.grid(grid)
            var index = 0
            while index < block.signatures.count {
                let pair = block.signatures[index..<min(index + 2, block.signatures.count)]
                try xml.element("w:tr") {
                    try xml.element("w:trPr") {
                        try xml.element("w:cantSplit")
                    }
                    for (column, width) in grid.enumerated() {
                        let signature: Signature? = column < pair.count ? pair[pair.startIndex + column] : nil
                        try cell(width: width) {
                            guard let signature else {
                                try xml.element("w:p") {
                                    try DOCXParagraphProperties(style: DOCXStyleID.signature).write(to: xml)
                                }
                                return
                            }
                            xml.origin = "signature of '\(signature.party)'"
                            let party = metadata.parties.first { $0.id == signature.party }
                            let lines = presentation.lines(signature, party: party)
                            for (number, line) in lines.enumerated() {
                                var properties = DOCXParagraphProperties(style: DOCXStyleID.signature)
                                // The style keeps lines together; the last line need not keep with what follows.
                                properties.keepNext = number < lines.count - 1
                                try xml.element("w:p") {
                                    try properties.write(to: xml)
                                    try runs.write(line)
                                }
                            }
                        }
                    }
                }
                index += 2
            }
        }
    }

    /// Splits `total` twips into `count` columns in proportion to `relative` (equal when nil or unusable); the last
    /// column takes the rounding remainder.
    static func columnWidths(total: Int, relative: [Int]?, count: Int) -> [Int] {
        var weights = Array(repeating: 1, count: count)
        if let relative, relative.count == count, relative.allSatisfy({ $0 > 0 }) { weights = relative }
        let sum = weights.reduce(0, +)
        var widths = weights.map { total * $0 / sum }
        widths[count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// `w:tblPr` in CT_TblPrBase order: tblStyle, tblW, tblInd, tblLayout, tblLook.
    private func tableProperties(style: String, width: Int, indent: Int) throws {
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

    private func grid(_ widths: [Int]) throws {
        try xml.element("w:tblGrid") {
            for width in widths { try xml.element("w:gridCol", ["w:w": String(width)]) }
        }
    }

    /// Writes one row; a header row repeats on each page and its cells use "Table Heading".
    private func row(_ cells: [[Inline]], widths: [Int], header: Bool) throws {
        try xml.element("w:tr") {
            if header {
                try xml.element("w:trPr") {
                    try xml.element("w:cantSplit")
                    try xml.element("w:tblHeader")
                }
            }
            for (column, width) in widths.enumerated() {
                let content = column < cells.count ? cells[column] : []
                try cell(width: width) {
                    try xml.element("w:p") {
                        try DOCXParagraphProperties(style: header ? DOCXStyleID.tableHeading : DOCXStyleID.tableText)
                            .write(to: xml)
                        try runs.write(content)
                    }
                }
            }
        }
    }

    /// Writes `w:tc` with its width; `content` must write at least one paragraph.
    private func cell(width: Int, content: () throws -> Void) throws {
        try xml.element("w:tc") {
            try xml.element("w:tcPr") {
                try xml.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
            }
            try content()
        }
    }
}
