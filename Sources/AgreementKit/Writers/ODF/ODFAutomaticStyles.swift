/// The automatic styles the body needs and the list styles it uses, found by one walk over the model before
/// anything is written (automatic styles precede the body in ODF).
///
/// Automatic styles are used only where a style depends on the content: a table's width and indent, a column's
/// width. Everything a firm may want to restyle is a named style in `ODFStyles`.
struct ODFAutomaticStyles: Sendable {
    /// A bulleted or numbered list style at a clause level (0 outside clauses).
    struct ListStyleKey: Sendable, Hashable, Comparable {
        let clauseLevel: Int
        let kind: ListKind

        static func < (a: ListStyleKey, b: ListStyleKey) -> Bool {
            (a.clauseLevel, a.kind == .bulleted ? 0 : 1) < (b.clauseLevel, b.kind == .bulleted ? 0 : 1)
        }
    }

    /// Cells of ordinary tables: thin borders.
    static let cell = "TableCell"
    /// Header cells: thin borders and a light shade.
    static let headerCell = "TableHeaderCell"
    /// Cells of the signature table: no borders.
    static let signatureCell = "SignatureCell"
    /// Rows of the signature table: never split across pages.
    static let signatureRow = "SignatureRow"
    /// The empty paragraph that carries a page break: it starts the new page (a break before it, unlike a break
    /// after it, never leaves a blank page when the paragraph itself falls onto the next page) and is 1 pt high.
    static let pageBreak = "PageBreak"

    /// Table styles in order of first use, with the (indent, width) each stands for.
    private(set) var tableStyles: [(name: String, indent: ODFLength, width: ODFLength)] = []
    /// Column styles in order of first use.
    private(set) var columnStyles: [(name: String, width: ODFLength)] = []
    /// The list styles the body uses, sorted.
    private(set) var listStyles: [ListStyleKey] = []

    private var tableStyleByIndent: [ODFLength: String] = [:]
    private var columnStyleByWidth: [ODFLength: String] = [:]

    /// Walks the agreement once and names every automatic style its tables need.
    init(_ agreement: Agreement) {
        var lists: Set<ListStyleKey> = []
        walk(agreement.blocks, clauseLevel: 0, lists: &lists)
        listStyles = lists.sorted()
    }

    private mutating func walk(_ blocks: [Block], clauseLevel: Int, lists: inout Set<ListStyleKey>) {
        for block in blocks {
            switch block {
            case .clause(let clause):
                walk(clause.body, clauseLevel: clauseLevel + 1, lists: &lists)
            case .list(let list):
                collect(list, clauseLevel: clauseLevel, lists: &lists)
            case .table(let table):
                register(ODFTableGeometry(count: table.columnCount, widths: table.widths, clauseLevel: clauseLevel))
            case .signatures:
                register(ODFTableGeometry(count: 2, widths: nil, clauseLevel: clauseLevel))
            case .title, .parties, .paragraph, .annexes, .pageBreak:
                break
            }
        }
    }

    private func collect(_ list: ListBlock, clauseLevel: Int, lists: inout Set<ListStyleKey>) {
        lists.insert(ListStyleKey(clauseLevel: clauseLevel, kind: list.kind))
        for item in list.items {
            if let children = item.children { collect(children, clauseLevel: clauseLevel, lists: &lists) }
        }
    }

    private mutating func register(_ geometry: ODFTableGeometry) {
        if tableStyleByIndent[geometry.indent] == nil {
            let name = "Table\(tableStyles.count + 1)"
            tableStyleByIndent[geometry.indent] = name
            tableStyles.append((name, geometry.indent, geometry.width))
        }
        for column in geometry.columns where columnStyleByWidth[column] == nil {
            let name = "TableColumn\(columnStyles.count + 1)"
            columnStyleByWidth[column] = name
            columnStyles.append((name, column))
        }
    }

    /// The table style for a table of this geometry.
    func tableStyle(_ geometry: ODFTableGeometry) -> String { tableStyleByIndent[geometry.indent] ?? "" }

    /// The column style for a column of this width.
    func columnStyle(_ width: ODFLength) -> String { columnStyleByWidth[width] ?? "" }

    /// Writes the automatic styles of the body (inside an open `office:automatic-styles`).
    func write(into xml: XMLWriter) throws {
        xml.origin = "automatic styles"
        for style in tableStyles {
            try xml.element("style:style", ["style:name": style.name, "style:family": "table"]) {
                try xml.element(
                    "style:table-properties",
                    [
                        "style:width": style.width.text, "table:align": "left", "fo:margin-left": style.indent.text,
                        "fo:margin-top": "0.1cm", "fo:margin-bottom": "0.21cm",
                    ])
            }
        }
        for column in columnStyles {
            try xml.element("style:style", ["style:name": column.name, "style:family": "table-column"]) {
                // Absolute widths only: LibreOffice 7.4 misplaces columns given `style:rel-column-width` too.
                try xml.element("style:table-column-properties", ["style:column-width": column.width.text])
            }
        }
        try cellStyle(Self.cell, ["fo:padding": "0.1cm", "fo:border": "0.5pt solid #000000"], into: xml)
        try cellStyle(
            Self.headerCell,
            ["fo:background-color": "#e6e6e6", "fo:padding": "0.1cm", "fo:border": "0.5pt solid #000000"], into: xml)
        try cellStyle(
            Self.signatureCell,
            [
                "style:vertical-align": "top", "fo:padding-top": "0.1cm", "fo:padding-bottom": "0.6cm",
                "fo:padding-left": "0.1cm", "fo:padding-right": "0.1cm", "fo:border": "none",
            ], into: xml)
        try xml.element("style:style", ["style:name": Self.signatureRow, "style:family": "table-row"]) {
            try xml.element("style:table-row-properties", ["fo:keep-together": "always"])
        }
        try xml.element(
            "style:style",
            [
                "style:name": Self.pageBreak, "style:family": "paragraph",
                "style:parent-style-name": ODFStyleName.standard.name,
            ]
        ) {
            try xml.element(
                "style:paragraph-properties",
                ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:break-before": "page"])
            try xml.element("style:text-properties", ["fo:font-size": "1pt"])
        }
    }

    private func cellStyle(_ name: String, _ properties: KeyValuePairs<String, String>, into xml: XMLWriter) throws {
        try xml.element("style:style", ["style:name": name, "style:family": "table-cell"]) {
            try xml.element("style:table-cell-properties", properties)
        }
    }
}
