/// Writes `office:body` with the agreement's blocks as ODF text: clauses as outline-numbered headings and
/// paragraphs, lists as `text:list` with named list styles, tables as `table:table`.
struct ODFBody {
    /// The agreement.
    let agreement: Agreement
    /// Clause and annex numbers and bookmarks.
    let layout: DocumentLayout
    /// The names of the automatic styles tables use.
    let automatic: ODFAutomaticStyles
    /// Writes inline content.
    let inline: ODFInlineWriter

    /// The number of tables written so far, for unique `table:name`s.
    private var tableCount = 0

    /// Creates a body writer.
    init(agreement: Agreement, layout: DocumentLayout, automatic: ODFAutomaticStyles, inline: ODFInlineWriter) {
        self.agreement = agreement
        self.layout = layout
        self.automatic = automatic
        self.inline = inline
    }

    /// Writes `office:body` and everything in it.
    mutating func write(into xml: XMLWriter) throws {
        tableCount = 0
        try xml.start("office:body")
        try xml.start("office:text")
        for (index, block) in agreement.blocks.enumerated() {
            try write(block, clauseLevel: 0, origin: "block \(index + 1)", into: xml)
        }
        try xml.end()
        try xml.end()
    }

    /// Writes one block; `clauseLevel` is the level of the enclosing clause (0 outside clauses).
    private mutating func write(_ block: Block, clauseLevel: Int, origin: String, into xml: XMLWriter) throws {
        xml.origin = origin
        switch block {
        case .title(let title):
            try paragraph(ODFStyleName.title, title.title, into: xml)
            if !title.subtitle.isEmpty { try paragraph(ODFStyleName.subtitle, title.subtitle, into: xml) }
        case .parties(let block):
            try parties(block, into: xml)
        case .clause(let clause):
            try self.clause(clause, level: clauseLevel + 1, into: xml)
        case .paragraph(let content):
            let style = clauseLevel == 0 ? ODFStyleName.bodyText : .clauseBody(Self.styleLevel(clauseLevel))
            try paragraph(style, content, into: xml)
        case .list(let list):
            try self.list(list, clauseLevel: clauseLevel, outermost: true, into: xml)
        case .table(let table):
            try self.table(table, clauseLevel: clauseLevel, into: xml)
        case .signatures(let block):
            try signatures(block, clauseLevel: clauseLevel, into: xml)
        case .annexes(let list):
            try annexes(list, into: xml)
        case .pageBreak:
            try xml.element("text:p", ["text:style-name": ODFAutomaticStyles.pageBreak])
        }
    }

    /// A style level within the nine the styles define (the validator rejects deeper clauses).
    private static func styleLevel(_ level: Int) -> Int { min(max(level, 1), ODFListStyles.outlineLevels) }

    /// Writes a paragraph of one style.
    private func paragraph(_ style: ODFStyleName, _ content: [Inline], into xml: XMLWriter) throws {
        try xml.element("text:p", ["text:style-name": style.name]) {
            try inline.write(content, into: xml)
        }
    }

    // MARK: Clauses

    /// Writes a clause at `level`: its numbered heading (or numbered first paragraph), then its body.
    private mutating func clause(_ clause: Clause, level: Int, into xml: XMLWriter) throws {
        let styleLevel = Self.styleLevel(level)
        let bookmark = layout.number(of: clause.id)?.bookmark
        var body = clause.body[...]
        xml.origin = "clause '\(clause.id)'"
        if let heading = clause.heading {
            xml.origin = "clause '\(clause.id)' heading"
            try numbered(.clauseHeading(styleLevel), level: styleLevel, bookmark: bookmark, heading, into: xml)
        } else if case .paragraph(let content)? = body.first {
            xml.origin = "clause '\(clause.id)' first paragraph"
            try numbered(.clauseText(styleLevel), level: styleLevel, bookmark: bookmark, content, into: xml)
            body = body.dropFirst()
        } else {
            try numbered(.clauseText(styleLevel), level: styleLevel, bookmark: bookmark, [], into: xml)
        }
        for (index, block) in body.enumerated() {
            try write(block, clauseLevel: level, origin: "clause '\(clause.id)' block \(index + 1)", into: xml)
        }
    }

    /// Writes an outline-numbered `text:h` whose content is wrapped in the clause's bookmark.
    private func numbered(
        _ style: ODFStyleName, level: Int, bookmark: String?, _ content: [Inline], into xml: XMLWriter
    ) throws {
        try xml.element("text:h", ["text:style-name": style.name, "text:outline-level": String(level)]) {
            if let bookmark { try xml.element("text:bookmark-start", ["text:name": bookmark]) }
            try inline.write(content, into: xml)
            if let bookmark { try xml.element("text:bookmark-end", ["text:name": bookmark]) }
        }
    }

    // MARK: Lists

    /// Writes a bulleted or numbered list and its nested lists. A numbered list restarts at (a).
    private func list(_ list: ListBlock, clauseLevel: Int, outermost: Bool, into xml: XMLWriter) throws {
        let style = ODFStyleName.list(list.kind, clauseLevel: clauseLevel)
        try xml.element("text:list", ["text:style-name": style.name]) {
            for (index, item) in list.items.enumerated() {
                try xml.start("text:list-item")
                if index == 0 && outermost && list.kind == .numbered { try xml.attribute("text:start-value", "1") }
                try paragraph(.listParagraph, item.content, into: xml)
                if let children = item.children {
                    try self.list(children, clauseLevel: clauseLevel, outermost: false, into: xml)
                }
                try xml.end()
            }
        }
    }

    /// Writes the party block: one "Party" paragraph per party, numbered (1), (2) … by the "Party List" style.
    private func parties(_ block: PartyBlock, into xml: XMLWriter) throws {
        let presentation = PartyPresentation(vocabulary: layout.vocabulary)
        let parties = presentation.parties(of: block, in: agreement.metadata)
        guard !parties.isEmpty else { return }
        try xml.element("text:list", ["text:style-name": ODFStyleName.partyList.name]) {
            for (index, party) in parties.enumerated() {
                xml.origin = "party '\(party.id)'"
                try xml.start("text:list-item")
                if index == 0 { try xml.attribute("text:start-value", "1") }
                try paragraph(.party, presentation.entry(party), into: xml)
                try xml.end()
            }
        }
    }

    /// Writes the annex list: an unnumbered heading, then one bookmarked "Annex" paragraph per annex, labelled
    /// "Bilaga 1" … by the "Annex List" style. The list starts at the layout's number of its first annex.
    private func annexes(_ list: AnnexList, into xml: XMLWriter) throws {
        try xml.element("text:p", ["text:style-name": ODFStyleName.annexHeading.name]) {
            try inline.writeText(layout.vocabulary.annexesHeading, into: xml)
        }
        guard !list.annexes.isEmpty else { return }
        try xml.element("text:list", ["text:style-name": ODFStyleName.annexList.name]) {
            for (index, annex) in list.annexes.enumerated() {
                xml.origin = "annex '\(annex.id)'"
                let number = layout.number(of: annex.id)
                try xml.start("text:list-item")
                if index == 0 { try xml.attribute("text:start-value", String(number?.counters.first ?? 1)) }
                try xml.element("text:p", ["text:style-name": ODFStyleName.annex.name]) {
                    if let number { try xml.element("text:bookmark-start", ["text:name": number.bookmark]) }
                    try inline.write(annex.title, into: xml)
                    if let number { try xml.element("text:bookmark-end", ["text:name": number.bookmark]) }
                }
                try xml.end()
            }
        }
    }

    // MARK: Tables

    /// Opens a `table:table` with its columns; the caller writes the rows and closes it.
    private mutating func startTable(_ geometry: ODFTableGeometry, into xml: XMLWriter) throws {
        tableCount += 1
        try xml.start("table:table")
        try xml.attribute("table:name", "Table\(tableCount)")
        try xml.attribute("table:style-name", automatic.tableStyle(geometry))
        for column in geometry.columns {
            try xml.element("table:table-column", ["table:style-name": automatic.columnStyle(column)])
        }
    }

    /// Writes one cell holding one paragraph.
    private func cell(_ content: [Inline], cellStyle: String, paragraphStyle: ODFStyleName, into xml: XMLWriter) throws {
        try xml.element("table:table-cell", ["table:style-name": cellStyle, "office:value-type": "string"]) {
            try paragraph(paragraphStyle, content, into: xml)
        }
    }

    /// Writes a table: the header row (repeated on each page) and the body rows, indented to the clause body.
    private mutating func table(_ table: Table, clauseLevel: Int, into xml: XMLWriter) throws {
        let origin = xml.origin
        let geometry = ODFTableGeometry(count: table.columnCount, widths: table.widths, clauseLevel: clauseLevel)
        let columns = geometry.columns.count
        try startTable(geometry, into: xml)
        func row(_ cells: [[Inline]], header: Bool) throws {
            try xml.element("table:table-row") {
                for index in 0..<columns {
                    try cell(
                        index < cells.count ? cells[index] : [],
                        cellStyle: header ? ODFAutomaticStyles.headerCell : ODFAutomaticStyles.cell,
                        paragraphStyle: header ? .tableHeading : .tableText, into: xml)
                }
            }
        }
        if let header = table.header {
            xml.origin = "\(origin), table header"
            try xml.element("table:table-header-rows") { try row(header.cells, header: true) }
        }
        for (index, body) in table.rows.enumerated() {
            xml.origin = "\(origin), table row \(index + 1)"
            try row(body.cells, header: false)
        }
        if table.rows.isEmpty && table.header == nil { try row([], header: false) }
        try xml.end()
    }

    /// Writes the signatures as a borderless two-column table, two signatures per row, each row kept on one page.
    private mutating func signatures(_ block: SignatureBlock, clauseLevel: Int, into xml: XMLWriter) throws {
        guard !block.signatures.isEmpty else { return }
        let presentation = SignaturePresentation(vocabulary: layout.vocabulary)
        var parties: [String: Party] = [:]
        for party in agreement.metadata.parties where parties[party.id] == nil { parties[party.id] = party }
        let geometry = ODFTableGeometry(count: 2, widths: nil, clauseLevel: clauseLevel)
        try startTable(geometry, into: xml)
        var start = 0
        while start < block.signatures.count {
            try xml.element("table:table-row", ["table:style-name": ODFAutomaticStyles.signatureRow]) {
                for index in start..<(start + 2) {
                    try xml.element(
                        "table:table-cell",
                        ["table:style-name": ODFAutomaticStyles.signatureCell, "office:value-type": "string"]
                    ) {
                        guard index < block.signatures.count else {
                            try xml.element("text:p", ["text:style-name": ODFStyleName.signature.name])
                            return
                        }
                        let signature = block.signatures[index]
                        xml.origin = "signature of '\(signature.party)'"
                        for line in presentation.lines(signature, party: parties[signature.party]) {
                            try paragraph(.signature, line, into: xml)
                        }
                    }
                }
            }
            start += 2
        }
        try xml.end()
    }
}
