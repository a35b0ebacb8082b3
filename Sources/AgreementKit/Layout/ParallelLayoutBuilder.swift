/// Lays out a parallel document: the main language's agreement in the left column and the second language's in the
/// right, in rows of a borderless table, one row per clause or sub-clause, so that the same number stands on both
/// sides and the headings align. Each column is laid out by a `LayoutBuilder` of its own language, with bookmarks of
/// its own (`_opi_sv_…`, `_opi_en_…`) that its references point at, and clause and annex lists of its own (the
/// left column the shared instances, the right new ones). The title and annex headings stand in both languages;
/// the parties and the signatures once, across the page, with labels in both languages.
struct ParallelLayoutBuilder {
    private var left: LayoutBuilder
    private var right: LayoutBuilder
    /// The list instances and comments of the whole document, handed to whichever column is laid out.
    private var instances: [ListInstance]
    private var comments: [LaidOutComment] = []
    private let columns: [Length]
    private let styles: StyleSheet

    /// Lays out a pair of agreements whose outlines are the same (`ParallelAgreement` checks it).
    static func layOut(_ pair: ParallelAgreement, firm: FirmLook? = nil) -> LaidOutDocument {
        var builder = ParallelLayoutBuilder(pair, page: firm?.page ?? PageGeometry())
        var document = builder.build()
        document.firm = firm
        if let font = firm?.font { document.watermark?.font = font }
        return document
    }

    private init(_ pair: ParallelAgreement, page: PageGeometry) {
        left = LayoutBuilder(
            agreement: pair.main, bookmarkPrefix: "_opi_\(pair.main.metadata.language.rawValue)_", page: page)
        right = LayoutBuilder(
            agreement: pair.second, bookmarkPrefix: "_opi_\(pair.second.metadata.language.rawValue)_", page: page)
        var styles = left.styles.withParallelTable()
        // The right column numbers its clauses and annexes with lists of its own: clause numbering bound to no
        // paragraph style (the left column's is bound to the heading styles) and annex labels in its language.
        var clauses = styles.list(.clauses)
        for index in clauses.levels.indices { clauses.levels[index].style = nil }
        var annexes = right.styles.list(.annexes)
        for index in annexes.levels.indices { annexes.levels[index].style = nil }
        styles.columnLists = [clauses, annexes]
        self.styles = styles
        columns = styles.page.tableColumns(count: 2, indent: .zero)
        let padding = styles.tableStyle(.parallel).cellPadding
        left.textWidth = columns[0] - padding.start - padding.end
        right.textWidth = columns[1] - padding.start - padding.end
        left.secondVocabulary = right.numbering.vocabulary
        instances = left.instances
        right.column = 1
        right.clauseInstance = newInstance(.clauses, column: 1)
        right.annexListInstance = newInstance(.annexes, column: 1)
    }

    private mutating func newInstance(_ list: ListID, column: Int) -> Int {
        instances.append(ListInstance(list: list, isShared: false, column: column))
        return instances.count - 1
    }

    /// Runs `body` on the left column's builder (see `on`).
    private mutating func onLeft<T>(_ body: (inout LayoutBuilder) -> T) -> T { on(\.left, body) }

    /// Runs `body` on the right column's builder (see `on`).
    private mutating func onRight<T>(_ body: (inout LayoutBuilder) -> T) -> T { on(\.right, body) }

    /// Runs `body` on one column's builder with the document's list instances and comments.
    private mutating func on<T>(_ column: WritableKeyPath<Self, LayoutBuilder>, _ body: (inout LayoutBuilder) -> T) -> T
    {
        self[keyPath: column].instances = instances
        self[keyPath: column].comments = comments
        let result = body(&self[keyPath: column])
        instances = self[keyPath: column].instances
        comments = self[keyPath: column].comments
        return result
    }

    private mutating func build() -> LaidOutDocument {
        var body: [LaidOutBlock] = []
        var rows: [LaidOutColumnsRow] = []
        var rowsOrigin = ""
        func flush() {
            if !rows.isEmpty { body.append(.columns(LaidOutColumns(columns: columns, rows: rows, origin: rowsOrigin))) }
            rows = []
        }
        func add(_ newRows: [LaidOutColumnsRow], origin: String) {
            if rows.isEmpty { rowsOrigin = origin }
            rows += newRows
        }
        let leftBlocks = left.agreement.blocks
        let pairs = Self.pairs(leftBlocks, right.agreement.blocks)
        for (index, pair) in pairs.enumerated() {
            let origin = "block \(index + 1)"
            switch pair {
            case (.parties(let block)?, _):
                flush()
                body += onLeft { $0.parties(block) }
            case (.signatures(let block)?, _):
                flush()
                if !block.signatures.isEmpty {
                    body.append(.table(onLeft { $0.signatures(block, clauseLevel: 0, origin: origin) }))
                }
            case (.pageBreak?, _):
                flush()
                body.append(.pageBreak)
            case (.clause(let a)?, .clause(let b)?):
                add(clauseRows(a, b, level: 1), origin: origin)
            case (.annex(let a)?, .annex(let b)?):
                flush()
                body.append(.pageBreak)
                rows.append(
                    LaidOutColumnsRow(cells: [onLeft { $0.annexHeading(a) }, onRight { $0.annexHeading(b) }]))
                rowsOrigin = "annex '\(a.annex)'"
                if let leftBody = a.body, let rightBody = b.body {
                    onLeft { $0.beginAnnex(a) }
                    onRight { $0.beginAnnex(b) }
                    rows += bodyRows(
                        ArraySlice(leftBody), ArraySlice(rightBody), level: 0, origin: "annex '\(a.annex)'")
                    onLeft { $0.endAnnex() }
                    onRight { $0.endAnnex() }
                }
                flush()
            case (let a, let b):
                // The title, the annex list and running text outside clauses: each language in its column.
                let leftCell = a.map { block in onLeft { $0.layOut(block, clauseLevel: 0, origin: origin) } } ?? []
                let rightCell = b.map { block in onRight { $0.layOut(block, clauseLevel: 0, origin: origin) } } ?? []
                add([LaidOutColumnsRow(cells: [leftCell, rightCell])], origin: origin)
            }
        }
        flush()
        return LaidOutDocument(
            styles: styles, body: body, header: left.header(), firstPageHeader: left.firstPageHeader(),
            footer: left.footer(), watermark: left.watermark(), comments: comments, listInstances: instances,
            numbers: left.numbering.numbers.merging(
                right.numbering.numbers.map { ("\(right.agreement.metadata.language.rawValue):\($0.key)", $0.value) }
            ) { a, _ in a },
            languageTag: left.numbering.vocabulary.languageTag, languageCode: left.numbering.vocabulary.languageCode,
            countryCode: left.numbering.vocabulary.countryCode, decimalSymbol: left.numbering.vocabulary.decimalSymbol,
            listSeparator: left.numbering.vocabulary.listSeparator)
    }

    /// A clause and its sub-clauses as rows: the first row holds the clause's number and heading (or numbered first
    /// paragraph) and the text up to its first sub-clause; each sub-clause has rows of its own; text after a
    /// sub-clause gets a row of its own.
    private mutating func clauseRows(_ a: Clause, _ b: Clause, level: Int) -> [LaidOutColumnsRow] {
        let (leftHead, leftBody) = onLeft { $0.clauseHead(a, level: level) }
        let (rightHead, rightBody) = onRight { $0.clauseHead(b, level: level) }
        var rows = bodyRows(leftBody, rightBody, level: level, origin: "clause '\(a.id)'")
        if let first = rows.first, !Self.startsWithClause(leftBody) {
            rows[0] = LaidOutColumnsRow(cells: [leftHead + first.cells[0], rightHead + first.cells[1]])
        } else {
            rows.insert(LaidOutColumnsRow(cells: [leftHead, rightHead]), at: 0)
        }
        return rows
    }

    private static func startsWithClause(_ blocks: ArraySlice<Block>) -> Bool {
        if case .clause? = blocks.first { return true }
        return false
    }

    /// A body's blocks as rows: the text between sub-clauses in one row, each sub-clause in rows of its own. The
    /// two bodies have the same sub-clauses (the outline check), so they pair up one to one.
    private mutating func bodyRows(
        _ a: ArraySlice<Block>, _ b: ArraySlice<Block>, level: Int, origin: String
    ) -> [LaidOutColumnsRow] {
        let leftSegments = Self.segments(a)
        let rightSegments = Self.segments(b)
        var rows: [LaidOutColumnsRow] = []
        for index in 0..<max(leftSegments.count, rightSegments.count) {
            let l = index < leftSegments.count ? leftSegments[index] : Segment(text: [], clause: nil)
            let r = index < rightSegments.count ? rightSegments[index] : Segment(text: [], clause: nil)
            if !l.text.isEmpty || !r.text.isEmpty {
                let leftCell = onLeft { builder in
                    l.text.flatMap { builder.layOut($0, clauseLevel: level, origin: origin) }
                }
                let rightCell = onRight { builder in
                    r.text.flatMap { builder.layOut($0, clauseLevel: level, origin: origin) }
                }
                rows.append(LaidOutColumnsRow(cells: [leftCell, rightCell]))
            }
            if let leftClause = l.clause, let rightClause = r.clause {
                rows += clauseRows(leftClause, rightClause, level: level + 1)
            }
        }
        return rows
    }

    /// Running text and the sub-clause that ends it (nil for the text after the last sub-clause).
    private struct Segment {
        var text: [Block]
        var clause: Clause?
    }

    private static func segments(_ blocks: ArraySlice<Block>) -> [Segment] {
        var segments: [Segment] = []
        var text: [Block] = []
        for block in blocks {
            if case .clause(let clause) = block {
                segments.append(Segment(text: text, clause: clause))
                text = []
            } else {
                text.append(block)
            }
        }
        if !text.isEmpty { segments.append(Segment(text: text, clause: nil)) }
        return segments
    }

    /// The two block lists paired by outline: each structural block (`ParallelAgreement.outline`) with its
    /// counterpart, and the running text between them paired in order, a missing one as nil.
    private static func pairs(_ a: [Block], _ b: [Block]) -> [(Block?, Block?)] {
        func isStructural(_ block: Block) -> Bool {
            switch block {
            case .paragraph, .list, .table: return false
            default: return true
            }
        }
        var out: [(Block?, Block?)] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let leftText = i < a.count && !isStructural(a[i])
            let rightText = j < b.count && !isStructural(b[j])
            if leftText || rightText {
                out.append((leftText ? a[i] : nil, rightText ? b[j] : nil))
                if leftText { i += 1 }
                if rightText { j += 1 }
            } else {
                // Both stand at a structural block: the outlines are the same (`ParallelAgreement`), so when one side
                // has a structural block left the other has its counterpart, and neither has run out.
                out.append((a[i], b[j]))
                i += 1
                j += 1
            }
        }
        return out
    }
}
