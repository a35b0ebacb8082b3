/// Writes `office:body` from the laid-out body: clause headings as `text:h` and the numbered first paragraphs of
/// clauses without a heading as `text:p`, both items of the one clause list; lists as `text:list` with their list
/// styles, tables as `table:table`.
struct ODFBody {
    let document: LaidOutDocument
    /// The names of the automatic styles tables use.
    let automatic: ODFAutomaticStyles
    /// Writes inline content.
    let inline: ODFInlineWriter
    /// A redline's changes and their date; nil for a document without changes.
    var changes: ODFChanges? = nil
    var changeDate = ""
    /// The next slot of `changes` the body writes.
    let slotCounter = SlotCounter()

    /// Counts the slots as the body writes them.
    final class SlotCounter {
        var next = 0
        /// The list blocks the body has written (or skipped), for `ODFChanges.listID`.
        var nextList = 0
        /// The lists whose `xml:id` is written already (by a deletion, before the body).
        var definedLists: Set<String> = []
    }

    /// The index of the next slot (a paragraph outside tables), counted only in a redline.
    private func takeSlot() -> Int? {
        guard changes != nil else { return nil }
        defer { slotCounter.next += 1 }
        return slotCounter.next
    }

    /// Whether a slot's paragraph is in a deletion (`takeSlot` gives a slot only in a redline, which has `changes`).
    private func isDeleted(_ slot: Int?) -> Bool {
        guard let slot, let changes else { return false }
        return changes.isDeleted(slot)
    }

    /// Writes `office:body` and everything in it.
    func write(into xml: XMLWriter) throws {
        var state = State()
        try xml.start("office:body")
        try xml.start("office:text")
        if let changes, !changes.regions.isEmpty { try trackedChanges(changes, into: xml) }
        // The block the layout says starts the first page, whose master page has the first-page header.
        let firstPage = document.firstPageBlock
        for (index, block) in document.body.enumerated() {
            try self.block(block, firstPage: index == firstPage, state: &state, into: xml)
        }
        try xml.end()
        try xml.end()
    }

    /// What the body writer counts as it goes: the tables, and the `xml:id` of each clause list instance started.
    struct State {
        var tableCount = 0
        /// The `xml:id` of each clause list instance, by instance index, in order of first use.
        var clauseLists: [Int: String] = [:]
    }

    /// Writes one block; `firstPage` when it starts the first page.
    private func block(_ block: LaidOutBlock, firstPage first: Bool, state: inout State, into xml: XMLWriter) throws {
        switch block {
        case .paragraph, .list:
            // A deleted run with nothing written on either side starts here: its empty paragraph holds the change.
            if let holder = changes?.holders[slotCounter.next] {
                try paragraph(holder, firstPage: first, slot: slotCounter.next, into: xml)
            }
        case .table, .columns, .pageBreak:
            break
        }
        switch block {
        case .paragraph(let paragraph):
            let slot = takeSlot()
            if isDeleted(slot) { return }
            if let number = paragraph.numbering, document.listInstances[number.instance].list == .clauses {
                // Each clause list instance (the agreement's, an annex's text, a parallel document's right
                // column) is a list of its own, which its later clause paragraphs continue.
                let started = state.clauseLists[number.instance]
                let listID = started ?? Self.clauseListID(state.clauseLists.count)
                state.clauseLists[number.instance] = listID
                let defined = slotCounter.definedLists.contains(listID)
                try clauseItem(
                    paragraph, number: number, listID: listID, continuing: started != nil || defined,
                    firstPage: first, slot: slot, into: xml)
            } else {
                try self.paragraph(paragraph, firstPage: first, slot: slot, into: xml)
            }
        case .list(let list):
            let id: String? = changes == nil ? nil : ODFChanges.listID(slotCounter.nextList)
            slotCounter.nextList += 1
            try self.list(list, firstPage: first, continuing: id, into: xml)
        case .table(let table):
            state.tableCount += 1
            try self.table(table, number: state.tableCount, first: first, into: xml)
        case .columns(let columns):
            state.tableCount += 1
            try self.columns(columns, number: state.tableCount, first: first, state: &state, into: xml)
        case .pageBreak:
            xml.origin = "page break"
            let slot = takeSlot()
            try xml.element("text:p", ["text:style-name": ODFAutomaticStyles.pageBreak]) {
                try points(changes?.starts, slot, into: xml)
                try points(changes?.ends, slot, into: xml)
            }
        }
    }

    /// Writes content in columns: a table of the parallel table style whose cells hold blocks.
    private func columns(
        _ columns: LaidOutColumns, number: Int, first: Bool, state: inout State, into xml: XMLWriter
    ) throws {
        xml.origin = columns.origin
        try xml.start("table:table")
        try xml.attribute("table:name", "Table\(number)")
        try xml.attribute("table:style-name", automatic.tableStyle(columns, first: first))
        for column in columns.columns {
            try xml.element("table:table-column", ["table:style-name": automatic.columnStyle(column)])
        }
        for row in columns.rows {
            try xml.start("table:table-row")
            for cell in row.cells {
                try xml.start("table:table-cell")
                try xml.attribute("table:style-name", ODFAutomaticStyles.cellStyle(.parallel, header: false))
                try xml.attribute("office:value-type", "string")
                for block in cell { try self.block(block, firstPage: false, state: &state, into: xml) }
                if cell.isEmpty { try xml.element("text:p") }
                try xml.end()
            }
            try xml.end()
        }
        try xml.end()
    }

    /// Writes a clause paragraph, numbered `number` by a clause list, as an item of that list at its level (1–9):
    /// nested `text:list` elements down to the level, the first one naming the clause numbering style and, after the
    /// first clause, continuing the first clause list, so every clause paragraph counts in one list whatever lists
    /// come between.
    private func clauseItem(
        _ paragraph: LaidOutParagraph, number: ListItemNumber, listID: String, continuing: Bool, firstPage: Bool,
        slot: Int? = nil, into xml: XMLWriter
    ) throws {
        xml.origin = paragraph.origin
        let level = number.level + 1
        try xml.start("text:list")
        if continuing {
            try xml.attribute("text:continue-list", listID)
        } else {
            try xml.attribute("xml:id", listID)
        }
        let column = document.listInstances[number.instance].column
        try xml.attribute("text:style-name", ODFStyleName.list(.clauses, clauseLevel: 0, column: column).name)
        try xml.start("text:list-item")
        for _ in 1..<max(level, 1) {
            try xml.start("text:list")
            try xml.start("text:list-item")
        }
        try self.paragraph(paragraph, firstPage: firstPage, slot: slot, into: xml)
        for _ in 0..<max(level, 1) {
            try xml.end()
            try xml.end()
        }
    }

    /// The `xml:id` of a clause list, which every later clause paragraph of the agreement (list 0) or of one
    /// annex's text or the right column (1, 2 … in order of first use) continues.
    static func clauseListID(_ index: Int) -> String { index == 0 ? "clauses" : "clauses-\(index)" }

    /// Writes a paragraph: a `text:h` at its outline level when its style is a heading style, else a `text:p`;
    /// the content wrapped in its bookmark when it has one. The body's first paragraph (`firstPage`) has the
    /// automatic style that starts the first page.
    private func paragraph(
        _ paragraph: LaidOutParagraph, firstPage: Bool = false, slot: Int? = nil, into xml: XMLWriter
    ) throws {
        xml.origin = paragraph.origin
        let style = firstPage ? ODFAutomaticStyles.firstPage : ODFStyleName(paragraph.style).name
        let outline = document.styles.paragraphStyle(paragraph.style)?.outlineLevel
        let attributes: KeyValuePairs<String, String> =
            outline.map { ["text:style-name": style, "text:outline-level": String($0)] } ?? ["text:style-name": style]
        try xml.element(outline == nil ? "text:p" : "text:h", attributes) {
            try points(changes?.starts, slot, into: xml)
            if let bookmark = paragraph.bookmark { try xml.element("text:bookmark-start", ["text:name": bookmark]) }
            try inline.write(changes == nil ? paragraph.content : ODFChanges.content(of: paragraph), into: xml)
            if let bookmark = paragraph.bookmark { try xml.element("text:bookmark-end", ["text:name": bookmark]) }
            try points(changes?.ends, slot, into: xml)
        }
    }

    /// Writes a list and its nested lists; the first item of the outermost list carries the list's start value;
    /// `firstPage` when the list is the body's first block. In a redline the list continues `continuing` when a
    /// deleted item of it defined that list first (`openList`), so a rejected item counts in it.
    private func list(
        _ list: LaidOutList, outermost: Bool = true, firstPage: Bool = false, continuing: String? = nil,
        into xml: XMLWriter
    ) throws {
        let instance = document.listInstances[list.instance]
        let style = ODFStyleName.list(instance.list, clauseLevel: list.clauseLevel, column: instance.column)
        if changes != nil && Self.allDeleted(list) {
            // Every item is in a deletion: the slots are counted, the empty list is left out.
            skip(list)
            return
        }
        try xml.start("text:list")
        if let continuing, slotCounter.definedLists.contains(continuing) {
            try xml.attribute("text:continue-list", continuing)
        }
        try xml.attribute("text:style-name", style.name)
        for (index, item) in list.items.enumerated() {
            let slot = takeSlot()
            if isDeleted(slot) {
                if let children = item.children { skip(children) }
                continue
            }
            try xml.start("text:list-item")
            if index == 0, let start = list.startValue { try xml.attribute("text:start-value", String(start)) }
            try paragraph(item.paragraph, firstPage: firstPage && index == 0, slot: slot, into: xml)
            if let children = item.children { try self.list(children, outermost: false, into: xml) }
            try xml.end()
        }
        try xml.end()
    }

    /// Writes a table: its columns, the header row (repeated on each page) and the body rows.
    private func table(_ table: LaidOutTable, number: Int, first: Bool, into xml: XMLWriter) throws {
        xml.origin = table.origin
        let style = document.styles.tableStyle(table.kind)
        try xml.start("table:table")
        try xml.attribute("table:name", "Table\(number)")
        try xml.attribute("table:style-name", automatic.tableStyle(table, first: first))
        for column in table.columns {
            try xml.element("table:table-column", ["table:style-name": automatic.columnStyle(column)])
        }
        if let header = table.header {
            try xml.element("table:table-header-rows") {
                try row(header, kind: table.kind, header: true, keepTogether: style.keepRowsTogether, into: xml)
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

// MARK: Tracked changes

extension ODFBody {
    /// Counts the slots of a list whose items are all deleted, writing nothing.
    fileprivate func skip(_ list: LaidOutList) {
        for item in list.items {
            _ = takeSlot()
            if let children = item.children { skip(children) }
        }
    }

    /// Whether every item of a list and its nested lists is deleted.
    fileprivate static func allDeleted(_ list: LaidOutList) -> Bool {
        list.items.allSatisfy { item in
            item.paragraph.change?.kind == .deletion && (item.children.map(allDeleted) ?? true)
        }
    }

    /// Writes the change points of a slot.
    fileprivate func points(_ table: [Int: [ODFChanges.Point]]?, _ slot: Int?, into xml: XMLWriter) throws {
        guard let slot, let points = table?[slot] else { return }
        for point in points {
            switch point {
            case .start(let id): try xml.element("text:change-start", ["text:change-id": ODFChanges.regionID(id)])
            case .end(let id): try xml.element("text:change-end", ["text:change-id": ODFChanges.regionID(id)])
            case .change(let id): try xml.element("text:change", ["text:change-id": ODFChanges.regionID(id)])
            }
        }
    }

    /// Writes `text:tracked-changes`: one region per change, with its author and date, a deletion with its content.
    fileprivate func trackedChanges(_ changes: ODFChanges, into xml: XMLWriter) throws {
        xml.origin = "tracked changes"
        try xml.element("text:tracked-changes") {
            for region in changes.regions {
                let id = ODFChanges.regionID(region.id)
                try xml.element("text:changed-region", ["xml:id": id, "text:id": id]) {
                    let insertion: Bool
                    if case .insertion = region.content { insertion = true } else { insertion = false }
                    try xml.element(insertion ? "text:insertion" : "text:deletion") {
                        try xml.element("office:change-info") {
                            try xml.element("dc:creator", text: changes.author)
                            try xml.element("dc:date", text: changeDate)
                        }
                        try deletedContent(region.content, into: xml)
                    }
                }
            }
        }
    }

    /// Writes a deletion's content: its text in a paragraph of its style, or its paragraphs in their lists with the
    /// empty paragraph that joins the anchor.
    private func deletedContent(_ content: ODFChanges.Content, into xml: XMLWriter) throws {
        switch content {
        case .insertion:
            return
        case .text(let style, let inlines):
            try xml.element("text:p", ["text:style-name": ODFStyleName(style).name]) {
                try inline.write(inlines, into: xml)
            }
        case .paragraphs(let slots, let anchor, let leading):
            // The empty paragraph stands for the anchor's part before or after the change: it has the anchor's style
            // and list, so accepting or rejecting leaves the anchor as it is.
            var empty = anchor
            empty.paragraph?.content = []
            empty.paragraph?.bookmark = nil
            empty.paragraph?.change = nil
            if leading { try deletedParagraph(empty, into: xml) }
            for slot in slots { try deletedParagraph(slot, into: xml) }
            if !leading { try deletedParagraph(empty, into: xml) }
        }
    }

    /// Writes a paragraph of a deletion in its lists.
    private func deletedParagraph(_ slot: ODFChanges.Slot, into xml: XMLWriter) throws {
        guard let paragraph = slot.paragraph else {
            try xml.element("text:p", ["text:style-name": ODFAutomaticStyles.pageBreak])
            return
        }
        var depth = 0
        switch slot.wrapper {
        case .plain:
            break
        case .clause(let level, let style, _, let listID):
            depth = max(level, 1)
            try openList(style: style, continuing: listID, depth: depth, into: xml)
        case .listItem(let style, let nesting, let listID):
            depth = nesting + 1
            try openList(style: style, continuing: listID, depth: depth, into: xml)
        }
        try self.paragraph(paragraph, into: xml)
        for _ in 0..<depth {
            try xml.end()
            try xml.end()
        }
    }

    /// Opens `depth` nested lists and items, the outermost of the style continuing the list `continuing` (a clause
    /// list) or else the numbering of the list before it. A clause list is defined (`xml:id`) by the first deleted
    /// clause, which LibreOffice reads before the body: the body's clauses then continue it, so a deleted clause
    /// restored by rejecting the change counts in the one clause list.
    private func openList(style: String, continuing: String?, depth: Int, into xml: XMLWriter) throws {
        try xml.start("text:list")
        if let continuing {
            if slotCounter.definedLists.insert(continuing).inserted {
                try xml.attribute("xml:id", continuing)
            } else {
                try xml.attribute("text:continue-list", continuing)
            }
        } else {
            try xml.attribute("text:continue-numbering", "true")
        }
        try xml.attribute("text:style-name", style)
        try xml.start("text:list-item")
        for _ in 1..<max(depth, 1) {
            try xml.start("text:list")
            try xml.start("text:list-item")
        }
    }
}
