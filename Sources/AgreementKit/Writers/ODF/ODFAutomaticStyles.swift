/// The automatic styles the body needs and the list styles it uses, found by one walk over the laid-out body before
/// anything is written (automatic styles precede the body in ODF).
///
/// Automatic styles are used only where a style depends on the content: a table's width and indent, a column's
/// width. Everything a firm may want to restyle is a named style in `ODFStyles`.
struct ODFAutomaticStyles: Sendable {
    /// A bulleted or numbered list style at a clause level (0 outside clauses).
    struct ListStyleKey: Sendable, Hashable, Comparable {
        let clauseLevel: Int
        let list: ListID

        static func < (a: ListStyleKey, b: ListStyleKey) -> Bool {
            (a.clauseLevel, a.list == .bullets ? 0 : 1) < (b.clauseLevel, b.list == .bullets ? 0 : 1)
        }
    }

    /// The cell style of each kind of table and of header cells.
    static func cellStyle(_ kind: TableKind, header: Bool) -> String {
        switch kind {
        case .signatures: return "SignatureCell"
        case .parallel: return "ParallelCell"
        case .agreement: return header ? "TableHeaderCell" : "TableCell"
        }
    }
    /// Rows that are never split across pages.
    static let unsplitRow = "UnsplitRow"
    /// The automatic style of the body's first paragraph, or of its first table: its own style (or the table's
    /// look) on the first page's master page, which gives the first page its own header.
    static let firstPage = "FirstPage"

    /// The empty paragraph that carries a page break: it starts the new page (a break before it, unlike a break
    /// after it, never leaves a blank page when the paragraph itself falls onto the next page) and is 1 pt high.
    static let pageBreak = "PageBreak"

    private struct TableKey: Hashable {
        /// Whether it is the body's first block, which starts the first page.
        var firstPage = false
        let indent: Length
        let width: Length
        let spaceBefore: Length
        let spaceAfter: Length
    }

    /// Table styles in order of first use.
    private var tableStyles: [(name: String, key: TableKey)] = []
    /// Column styles in order of first use.
    private var columnStyles: [(name: String, width: Length)] = []
    /// The list styles the body uses, sorted.
    private(set) var listStyles: [ListStyleKey] = []
    /// The style of the paragraph that starts the first page (`LaidOutDocument.firstPageBlock`), which `firstPage`
    /// derives from; nil when a table starts it (its table style carries the first page's master page) or the body is
    /// empty or only page breaks (every page then uses the normal master page).
    private(set) var firstPageStyle: ParagraphStyleID?

    private var tableStyleByKey: [TableKey: String] = [:]
    private var columnStyleByWidth: [Length: String] = [:]
    private let sheet: StyleSheet

    /// Walks the laid-out body once and names every automatic style its tables and lists need.
    init(_ document: LaidOutDocument) {
        sheet = document.styles
        let firstPage = document.firstPageBlock
        var lists: Set<ListStyleKey> = []
        func visit(_ block: LaidOutBlock, first: Bool) {
            switch block {
            case .paragraph(let paragraph):
                if first { firstPageStyle = paragraph.style }
            case .list(let list):
                if first { firstPageStyle = list.items.first?.paragraph.style }
                collect(list, document: document, into: &lists)
            case .table(let table):
                register(key(table, first: first), columns: table.columns)
            case .columns(let columns):
                register(key(columns, first: first), columns: columns.columns)
                for row in columns.rows {
                    for cell in row.cells {
                        for block in cell { visit(block, first: false) }
                    }
                }
            case .pageBreak:
                break
            }
        }
        for (index, block) in document.body.enumerated() { visit(block, first: index == firstPage) }
        listStyles = lists.sorted()
    }

    private func collect(_ list: LaidOutList, document: LaidOutDocument, into lists: inout Set<ListStyleKey>) {
        let id = document.listInstances[list.instance].list
        if id == .bullets || id == .numbered { lists.insert(ListStyleKey(clauseLevel: list.clauseLevel, list: id)) }
        for item in list.items {
            if let children = item.children { collect(children, document: document, into: &lists) }
        }
    }

    private func key(_ table: LaidOutTable, first: Bool) -> TableKey {
        let style = sheet.tableStyle(table.kind)
        return TableKey(
            firstPage: first, indent: table.indent, width: table.width, spaceBefore: style.spaceBefore,
            spaceAfter: style.spaceAfter)
    }

    private func key(_ columns: LaidOutColumns, first: Bool) -> TableKey {
        let style = sheet.tableStyle(.parallel)
        return TableKey(
            firstPage: first, indent: .zero, width: columns.columns.reduce(.zero, +), spaceBefore: style.spaceBefore,
            spaceAfter: style.spaceAfter)
    }

    private mutating func register(_ key: TableKey, columns: [Length]) {
        if tableStyleByKey[key] == nil {
            let name = "Table\(tableStyles.count + 1)"
            tableStyleByKey[key] = name
            tableStyles.append((name, key))
        }
        for column in columns where columnStyleByWidth[column] == nil {
            let name = "TableColumn\(columnStyles.count + 1)"
            columnStyleByWidth[column] = name
            columnStyles.append((name, column))
        }
    }

    // The lookups below are of tables and widths of the body that `init` walked: each has its style registered.

    /// The table style of a table of the body; `first` when it is the body's first block.
    func tableStyle(_ table: LaidOutTable, first: Bool) -> String { tableStyleByKey[key(table, first: first)]! }

    /// The table style of columns of the body; `first` when they are the body's first block.
    func tableStyle(_ columns: LaidOutColumns, first: Bool) -> String { tableStyleByKey[key(columns, first: first)]! }

    /// The column style for a column width of a table of the body.
    func columnStyle(_ width: Length) -> String { columnStyleByWidth[width]! }

    /// Writes the automatic styles of the body (inside an open `office:automatic-styles`).
    func write(into xml: XMLWriter) throws {
        xml.origin = "automatic styles"
        for style in tableStyles {
            try xml.element("style:style", ["style:name": style.name, "style:family": "table"]) {
                if style.key.firstPage { try xml.attribute("style:master-page-name", ODFStyles.firstPageMaster.name) }
                try xml.element(
                    "style:table-properties",
                    [
                        "style:width": style.key.width.odf, "table:align": "left",
                        "fo:margin-left": style.key.indent.odf, "fo:margin-top": style.key.spaceBefore.odf,
                        "fo:margin-bottom": style.key.spaceAfter.odf,
                    ])
            }
        }
        if let parent = firstPageStyle {
            try xml.element(
                "style:style",
                [
                    "style:name": Self.firstPage, "style:family": "paragraph",
                    "style:parent-style-name": ODFStyleName(parent).name,
                    "style:master-page-name": ODFStyles.firstPageMaster.name,
                ])
        }
        for column in columnStyles {
            try xml.element("style:style", ["style:name": column.name, "style:family": "table-column"]) {
                // Absolute widths only: LibreOffice 7.4 misplaces columns given `style:rel-column-width` too.
                try xml.element("style:table-column-properties", ["style:column-width": column.width.odf])
            }
        }
        for kind in sheet.tableStyles.map(\.kind) {
            let style = sheet.tableStyle(kind)
            try cellStyle(Self.cellStyle(kind, header: false), style, background: nil, into: xml)
            if kind == .agreement {
                try cellStyle(Self.cellStyle(kind, header: true), style, background: style.headerBackground, into: xml)
            }
        }
        try xml.element("style:style", ["style:name": Self.unsplitRow, "style:family": "table-row"]) {
            try xml.element("style:table-row-properties", ["fo:keep-together": "always"])
        }
        try xml.element(
            "style:style",
            [
                "style:name": Self.pageBreak, "style:family": "paragraph",
                "style:parent-style-name": ODFStyleName(ParagraphStyleID.normal).name,
            ]
        ) {
            try xml.element(
                "style:paragraph-properties",
                ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:break-before": "page"])
            try xml.element("style:text-properties", ["fo:font-size": "1pt"])
        }
    }

    private func cellStyle(_ name: String, _ style: TableStyle, background: Colour?, into xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": name, "style:family": "table-cell"]) {
            try xml.start("style:table-cell-properties")
            if let background { try xml.attribute("fo:background-color", background.odf) }
            let padding = style.cellPadding
            try xml.attribute("fo:padding-top", padding.top.odf)
            try xml.attribute("fo:padding-bottom", padding.bottom.odf)
            try xml.attribute("fo:padding-left", padding.start.odf)
            try xml.attribute("fo:padding-right", padding.end.odf)
            try xml.attribute("fo:border", style.border.map { "\($0.pointsDescription) solid #000000" } ?? "none")
            try xml.end()
        }
    }
}
