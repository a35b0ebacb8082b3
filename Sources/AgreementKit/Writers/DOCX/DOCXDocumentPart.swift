import Foundation

/// Writes `word/document.xml`: the laid-out body, block by block, ending with the section properties that set the
/// page and refer to the header and footer.
struct DOCXDocumentPart {
    let document: LaidOutDocument
    /// The author and date of a redline's changes; nil for a document without changes.
    var revision: DOCXRevision? = nil

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        var writer = Body(document: document, xml: xml, revision: revision)
        try xml.declaration()
        try xml.element(
            "w:document", ["xmlns:w": DOCXNamespace.wordprocessingML, "xmlns:r": DOCXNamespace.officeRelationships]
        ) {
            try xml.element("w:body") {
                for block in document.body { try writer.block(block) }
                try writer.sectionProperties()
            }
        }
        return try xml.finish()
    }

    /// The body writer; numbers bookmarks in the order it writes them.
    private struct Body {
        let document: LaidOutDocument
        let xml: XMLWriter
        let revision: DOCXRevision?
        var nextBookmarkID = 0

        init(document: LaidOutDocument, xml: XMLWriter, revision: DOCXRevision?) {
            self.document = document
            self.xml = xml
            self.revision = revision
        }

        mutating func block(_ block: LaidOutBlock) throws {
            switch block {
            case .paragraph(let paragraph):
                try self.paragraph(paragraph)
            case .list(let list):
                try self.list(list)
            case .table(let table):
                xml.origin = table.origin
                try DOCXTableWriter(xml: xml, document: document, revision: revision).table(table)
            case .columns(let columns):
                try self.columns(columns)
            case .pageBreak:
                xml.origin = "page break"
                try xml.element("w:p") {
                    try xml.element("w:r") {
                        try xml.element("w:br", ["w:type": "page"])
                    }
                }
            }
        }

        /// Writes content in columns: a table of the parallel table style whose cells hold blocks, each cell ending
        /// with a paragraph as a cell must.
        mutating func columns(_ columns: LaidOutColumns) throws {
            xml.origin = columns.origin
            let grid = Length.twips(of: columns.columns)
            let tables = DOCXTableWriter(xml: xml, document: document, revision: revision)
            try xml.element("w:tbl") {
                try tables.tableProperties(
                    style: DOCXStyleID.id(TableKind.parallel), width: columns.width.twips, indent: 0)
                try xml.element("w:tblGrid") {
                    for width in grid { try xml.element("w:gridCol", ["w:w": String(width)]) }
                }
                for row in columns.rows {
                    try xml.element("w:tr") {
                        for (column, width) in grid.enumerated() {
                            let blocks = column < row.cells.count ? row.cells[column] : []
                            try xml.element("w:tc") {
                                try xml.element("w:tcPr") {
                                    try xml.element("w:tcW", ["w:w": String(width), "w:type": "dxa"])
                                }
                                for block in blocks { try self.block(block) }
                                var endsWithParagraph = false
                                switch blocks.last {
                                case .paragraph?, .list?: endsWithParagraph = true
                                default: break
                                }
                                if !endsWithParagraph { try xml.element("w:p") }
                            }
                        }
                    }
                }
            }
        }

        /// Writes a list's items in order, each followed by its nested list.
        mutating func list(_ list: LaidOutList) throws {
            for item in list.items {
                try paragraph(item.paragraph)
                if let children = item.children { try self.list(children) }
            }
        }

        /// Writes a paragraph, with a bookmark around its content when it has one.
        mutating func paragraph(_ paragraph: LaidOutParagraph) throws {
            xml.origin = paragraph.origin
            try xml.element("w:p") {
                try DOCXParagraphProperties(paragraph, in: document, revision: revision).write(to: xml)
                let runs = DOCXRunWriter(xml: xml, revision: revision)
                if let bookmark = paragraph.bookmark {
                    let id = String(nextBookmarkID)
                    nextBookmarkID += 1
                    try xml.element("w:bookmarkStart", ["w:id": id, "w:name": bookmark])
                    try runs.write(paragraph.content)
                    try xml.element("w:bookmarkEnd", ["w:id": id])
                } else {
                    try runs.write(paragraph.content)
                }
            }
        }

        /// The final `w:sectPr`: header and footer references (the first page has its own, `w:titlePg`), page size
        /// and margins.
        func sectionProperties() throws {
            xml.origin = "section properties"
            let page = document.styles.page
            try xml.element("w:sectPr") {
                try xml.element(
                    "w:headerReference", ["w:type": "default", "r:id": DOCXPartName.DocumentRelationshipID.header])
                try xml.element(
                    "w:headerReference",
                    ["w:type": "first", "r:id": DOCXPartName.DocumentRelationshipID.firstPageHeader])
                try xml.element(
                    "w:footerReference", ["w:type": "default", "r:id": DOCXPartName.DocumentRelationshipID.footer])
                try xml.element(
                    "w:footerReference",
                    ["w:type": "first", "r:id": DOCXPartName.DocumentRelationshipID.firstPageFooter])
                if page.pageWidth > page.pageHeight {
                    try xml.element(
                        "w:pgSz",
                        [
                            "w:w": String(page.pageWidth.twips), "w:h": String(page.pageHeight.twips),
                            "w:orient": "landscape",
                        ])
                } else {
                    try xml.element(
                        "w:pgSz", ["w:w": String(page.pageWidth.twips), "w:h": String(page.pageHeight.twips)])
                }
                let distance = String(page.headerFooterDistance.twips)
                try xml.element(
                    "w:pgMar",
                    [
                        "w:top": String(page.marginTop.twips), "w:right": String(page.marginRight.twips),
                        "w:bottom": String(page.marginBottom.twips), "w:left": String(page.marginLeft.twips),
                        "w:header": distance, "w:footer": distance, "w:gutter": "0",
                    ])
                try xml.element("w:cols", ["w:space": "708"])
                try xml.element("w:titlePg")
                try xml.element("w:docGrid", ["w:linePitch": "360"])
            }
        }
    }
}

extension DOCXParagraphProperties {
    /// The properties of a laid-out paragraph: its style, its list instance and level unless its style already
    /// binds it (the shared instance of a list level bound to this very style), and an indent that overrides the
    /// style's. A Clause Text paragraph repeats its clause list level: LibreOffice ignores a list level given in a
    /// style that the list level does not name (`w:pStyle` binds the level to the heading style).
    init(_ paragraph: LaidOutParagraph, in document: LaidOutDocument, revision: DOCXRevision? = nil) {
        self.init(style: DOCXStyleID.id(paragraph.style))
        if let mark = paragraph.change, let revision { change = (mark, revision) }
        if let number = paragraph.numbering {
            let instance = document.listInstances[number.instance]
            let level = document.styles.list(instance).levels[number.level]
            if !(instance.isShared && level.style == paragraph.style) {
                numbering = (number.instance + 1, number.level)
            }
        }
        if let indent = paragraph.indent {
            indentLeft = indent.start.twips
            indentHanging = indent.start.twips - (indent.start - indent.hanging).twips
        }
    }
}
