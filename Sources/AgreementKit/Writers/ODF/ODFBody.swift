/// Writes `office:body` from the laid-out body: clause headings and numbered clause text as outline-numbered
/// `text:h`, lists as `text:list` with their list styles, tables as `table:table`.
struct ODFBody {
    let document: LaidOutDocument
    /// The names of the automatic styles tables use.
    let automatic: ODFAutomaticStyles
    /// Writes inline content.
    let inline: ODFInlineWriter

    /// Writes `office:body` and everything in it.
    func write(into xml: XMLWriter) throws {
        var tableCount = 0
        try xml.start("office:body")
        try xml.start("office:text")
        for block in document.body {
            switch block {
            case .paragraph(let paragraph):
                try self.paragraph(paragraph, into: xml)
            case .list(let list):
                try self.list(list, outermost: true, into: xml)
            case .table(let table):
                tableCount += 1
                try self.table(table, number: tableCount, into: xml)
            case .pageBreak:
                xml.origin = "page break"
                try xml.element("text:p", ["text:style-name": ODFAutomaticStyles.pageBreak])
            }
        }
        try xml.end()
        try xml.end()
    }

    /// Writes a paragraph: a `text:h` at its outline level when the clause list numbers it (restarting at 1 where
    /// the layout says, the first clause of an annex), else a `text:p`; the content wrapped in its bookmark when it
    /// has one.
    private func paragraph(_ paragraph: LaidOutParagraph, into xml: XMLWriter) throws {
        xml.origin = paragraph.origin
        let style = ODFStyleName(paragraph.style).name
        let outline = paragraph.numbering.flatMap { number in
            document.listInstances[number.instance].list == .clauses ? number.level + 1 : nil
        }
        try xml.start(outline == nil ? "text:p" : "text:h")
        try xml.attribute("text:style-name", style)
        if let outline { try xml.attribute("text:outline-level", String(outline)) }
        if outline != nil, paragraph.numbering?.restarts == true {
            try xml.attribute("text:restart-numbering", "true")
            try xml.attribute("text:start-value", "1")
        }
        if let bookmark = paragraph.bookmark { try xml.element("text:bookmark-start", ["text:name": bookmark]) }
        try inline.write(paragraph.content, into: xml)
        if let bookmark = paragraph.bookmark { try xml.element("text:bookmark-end", ["text:name": bookmark]) }
        try xml.end()
    }

    /// Writes a list and its nested lists; the first item of the outermost list carries the list's start value.
    private func list(_ list: LaidOutList, outermost: Bool, into xml: XMLWriter) throws {
        let id = document.listInstances[list.instance].list
        let style = ODFStyleName.list(id, clauseLevel: list.clauseLevel)
        try xml.element("text:list", ["text:style-name": style.name]) {
            for (index, item) in list.items.enumerated() {
                try xml.start("text:list-item")
                if index == 0, let start = list.startValue { try xml.attribute("text:start-value", String(start)) }
                try paragraph(item.paragraph, into: xml)
                if let children = item.children { try self.list(children, outermost: false, into: xml) }
                try xml.end()
            }
        }
    }

    /// Writes a table: its columns, the header row (repeated on each page) and the body rows.
    private func table(_ table: LaidOutTable, number: Int, into xml: XMLWriter) throws {
        xml.origin = table.origin
        let style = document.styles.tableStyle(table.kind)
        try xml.start("table:table")
        try xml.attribute("table:name", "Table\(number)")
        try xml.attribute("table:style-name", automatic.tableStyle(table))
        for column in table.columns {
            try xml.element("table:table-column", ["table:style-name": automatic.columnStyle(column)])
        }
        if let header = table.header {
            try xml.element("table:table-header-rows") {
                try row(header, kind: table.kind, header: true, keepTogether: false, into: xml)
            }
        }
        for row in table.rows {
            try self.row(row, kind: table.kind, header: false, keepTogether: style.keepRowsTogether, into: xml)
        }
        try xml.end()
    }

    private func row(
        _ row: LaidOutRow, kind: TableKind, header: Bool, keepTogether: Bool, into xml: XMLWriter
    ) throws {
        try xml.start("table:table-row")
        if keepTogether { try xml.attribute("table:style-name", ODFAutomaticStyles.unsplitRow) }
        for cell in row.cells {
            try xml.element(
                "table:table-cell",
                ["table:style-name": ODFAutomaticStyles.cellStyle(kind, header: header), "office:value-type": "string"]
            ) {
                for paragraph in cell { try self.paragraph(paragraph, into: xml) }
            }
        }
        try xml.end()
    }
}
