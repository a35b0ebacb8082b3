/// The redline of two laid-out agreements: the new one with tracked changes against the old one, decided once and in
/// no format, so the DOCX and ODF writers only write the marks.
///
/// Blocks are aligned first: a clause heading or numbered clause paragraph pairs only with the same clause's (its
/// bookmark, made from the clause id), a paragraph inside a clause only with one of the same clause, others by their
/// words; lists and tables of the same kind pair and their items and rows are aligned the same way. A paired
/// paragraph gets a word diff; a block of the old side only is kept in full, deleted, and one of the new side only is
/// inserted. Numbers are live list numbering and cross-references compare by target, so a clause renumbered by an
/// insertion earlier is no change. Accepting every change gives the new document, rejecting every change the old.
struct Redline {
    /// The redline: the new document with change marks, the old content that is gone kept as deletions.
    private(set) var document: LaidOutDocument
    /// The clauses and other places that changed, in document order.
    private(set) var changes: [RedlineChange] = []

    private let old: LaidOutDocument
    private let new: LaidOutDocument
    private var nextID = 1
    /// The output comment index of each old comment kept in deleted content.
    private var oldComments: [Int: Int] = [:]
    /// The output list instance of each old list instance, by the old instance's index (`mapInstances` maps every
    /// one, so each old list and numbered paragraph has its entry).
    private var oldInstances: [Int] = []
    /// Old bookmarks renamed because the new document uses the name for something else.
    private var oldBookmarks: [String: String] = [:]
    /// The origins of the changed paragraphs and rows, in document order.
    private var changedOrigins: [String] = []

    /// The redline of `old` to `new`, its changes by `author`. Refuses nothing: a parallel document's columns are
    /// compared as whole blocks.
    init(old: LaidOutDocument, new: LaidOutDocument, author: String) {
        self.old = old
        self.new = new
        document = new
        document.changeAuthor = author
        mapInstances()
        mapBookmarks()
        document.body = merge(old.body, new.body)
        changes = summarise()
    }

    // MARK: Alignment

    /// The clause id in an origin (`clause 'x' block 2`: `x`); nil outside clauses.
    static func clauseID(_ origin: String) -> String? {
        guard let start = origin.range(of: "clause '") else { return nil }
        let rest = origin[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// The words of a paragraph, counted.
    private static func words(_ paragraph: LaidOutParagraph) -> [Substring: Int] {
        var counts: [Substring: Int] = [:]
        for word in ColumnWidths.text(paragraph.content).split(whereSeparator: \.isWhitespace) {
            counts[word, default: 0] += 1
        }
        return counts
    }

    /// How well two paragraphs pair: 0 never, 4 the same clause paragraph or the same text, 1–2 similar words.
    private static func weight(_ a: LaidOutParagraph, _ b: LaidOutParagraph) -> Int {
        guard a.role == b.role, a.style == b.style else { return 0 }
        let clauseA = clauseID(a.origin)
        let clauseB = clauseID(b.origin)
        if clauseA != clauseB { return 0 }
        if let x = a.bookmark, let y = b.bookmark { return x == y ? 4 : 0 }
        if a.bookmark != nil || b.bookmark != nil { return 0 }
        if a.content == b.content { return 4 }
        let wa = words(a)
        let wb = words(b)
        let common = wa.reduce(0) { $0 + min($1.value, wb[$1.key] ?? 0) }
        let total = max(wa.values.reduce(0, +), wb.values.reduce(0, +), 1)
        if common * 5 >= total * 2 { return 2 }
        if clauseA != nil && common * 5 >= total { return 1 }
        return 0
    }

    private func weight(_ a: LaidOutBlock, _ b: LaidOutBlock) -> Int {
        switch (a, b) {
        case (.paragraph(let x), .paragraph(let y)):
            return Self.weight(x, y)
        case (.list(let x), .list(let y)):
            guard old.listInstances[x.instance].list == new.listInstances[y.instance].list else { return 0 }
            guard let first = x.items.first?.paragraph, let second = y.items.first?.paragraph else { return 1 }
            return Self.clauseID(first.origin) == Self.clauseID(second.origin) ? 3 : 1
        case (.table(let x), .table(let y)):
            guard x.kind == y.kind, x.columns.count == y.columns.count else { return 0 }
            return Self.clauseID(x.origin) == Self.clauseID(y.origin) ? 3 : 1
        case (.pageBreak, .pageBreak):
            return 1
        default:
            return 0
        }
    }

    /// The merged blocks of an old and a new sequence.
    private mutating func merge(_ oldBlocks: [LaidOutBlock], _ newBlocks: [LaidOutBlock]) -> [LaidOutBlock] {
        let steps = align(oldCount: oldBlocks.count, newCount: newBlocks.count) { weight(oldBlocks[$0], newBlocks[$1]) }
        var out: [LaidOutBlock] = []
        for step in steps {
            switch step {
            case .both(let i, let j):
                out += merge(oldBlocks[i], newBlocks[j])
            case .old(let i):
                if let block = marked(oldBlocks[i], as: .deletion) { out.append(block) }
            case .new(let j):
                if let block = marked(newBlocks[j], as: .insertion) { out.append(block) }
            }
        }
        return out
    }

    private mutating func merge(_ a: LaidOutBlock, _ b: LaidOutBlock) -> [LaidOutBlock] {
        switch (a, b) {
        case (.paragraph(let x), .paragraph(let y)):
            return [.paragraph(merge(x, y))]
        case (.list(let x), .list(let y)):
            return [.list(merge(x, y))]
        case (.table(let x), .table(let y)):
            return [.table(merge(x, y))]
        default:
            return [b]
        }
    }

    // MARK: Paragraphs

    /// A paragraph of both sides: the new one, its content the word diff of the two.
    private mutating func merge(_ a: LaidOutParagraph, _ b: LaidOutParagraph) -> LaidOutParagraph {
        let oldTokens = RedlineToken.tokens(a.content, comments: old.comments)
        let newTokens = RedlineToken.tokens(b.content, comments: new.comments)
        if oldTokens.map(\.key) == newTokens.map(\.key) { return b }
        var content: [LaidOutInline] = []
        for (kind, tokens) in wordDiff(oldTokens, newTokens) {
            guard let kind else {
                content += RedlineToken.inlines(tokens)
                continue
            }
            let inlines = RedlineToken.inlines(tokens)
            content.append(.change(mark(kind), kind == .deletion ? remapOld(inlines) : inlines))
        }
        var paragraph = b
        paragraph.content = content
        changedOrigins.append(b.origin)
        return paragraph
    }

    private mutating func mark(_ kind: ChangeMark.Kind) -> ChangeMark {
        defer { nextID += 1 }
        return ChangeMark(kind: kind, id: nextID)
    }

    // MARK: Content of one side only

    /// A block of one side only, marked whole as deleted (old side) or inserted (new side); nil for a deleted page
    /// break, which has no mark (an inserted one is kept as it is).
    private mutating func marked(_ block: LaidOutBlock, as kind: ChangeMark.Kind) -> LaidOutBlock? {
        switch block {
        case .paragraph(let paragraph): return .paragraph(marked(paragraph, as: kind))
        case .list(let list): return .list(marked(list, as: kind))
        case .table(let table):
            var out = table
            out.header = table.header.map { marked($0, as: kind) }
            out.rows = table.rows.map { marked($0, as: kind) }
            return .table(out)
        case .columns(let columns):
            var out = columns
            out.rows = columns.rows.map { row in
                LaidOutColumnsRow(cells: row.cells.map { cell in cell.compactMap { marked($0, as: kind) } })
            }
            return .columns(out)
        case .pageBreak: return kind == .deletion ? nil : block
        }
    }

    /// A paragraph of one side only: its content and its paragraph mark marked; a deleted paragraph keeps its old
    /// list instance, as the new document numbers it.
    private mutating func marked(_ paragraph: LaidOutParagraph, as kind: ChangeMark.Kind) -> LaidOutParagraph {
        var out = markedContent(paragraph, as: kind)
        out.change = mark(kind)
        if kind == .deletion, let number = paragraph.numbering {
            out.numbering?.instance = oldInstances[number.instance]
        }
        return out
    }

    /// A paragraph's content marked whole (old content as it stands in the new document), without its paragraph
    /// mark: alone for the paragraphs of a row marked whole, whose row mark adds or removes them.
    private mutating func markedContent(_ paragraph: LaidOutParagraph, as kind: ChangeMark.Kind) -> LaidOutParagraph {
        var out = paragraph
        let old = kind == .deletion
        out.content =
            paragraph.content.isEmpty
            ? [] : [.change(mark(kind), old ? remapOld(paragraph.content) : paragraph.content)]
        if old, let bookmark = paragraph.bookmark { out.bookmark = oldBookmarks[bookmark] ?? bookmark }
        changedOrigins.append(paragraph.origin)
        return out
    }

    private mutating func marked(_ list: LaidOutList, as kind: ChangeMark.Kind) -> LaidOutList {
        var out = list
        if kind == .deletion { out.instance = oldInstances[list.instance] }
        out.items = list.items.map { marked($0, as: kind) }
        return out
    }

    private mutating func marked(_ item: LaidOutListItem, as kind: ChangeMark.Kind) -> LaidOutListItem {
        LaidOutListItem(
            paragraph: marked(item.paragraph, as: kind), children: item.children.map { marked($0, as: kind) })
    }

    private mutating func marked(_ row: LaidOutRow, as kind: ChangeMark.Kind) -> LaidOutRow {
        var out = row
        out.cells = row.cells.map { cell in cell.map { markedContent($0, as: kind) } }
        out.change = mark(kind)
        return out
    }

    // MARK: Lists

    private mutating func merge(_ a: LaidOutList, _ b: LaidOutList) -> LaidOutList {
        let steps = align(oldCount: a.items.count, newCount: b.items.count) {
            Self.weight(a.items[$0].paragraph, b.items[$1].paragraph)
        }
        var out = b
        out.items = []
        for step in steps {
            switch step {
            case .both(let i, let j):
                let x = a.items[i]
                let y = b.items[j]
                var children: LaidOutList?
                switch (x.children, y.children) {
                case (let p?, let q?): children = merge(p, q)
                case (let p?, nil): children = marked(p, as: .deletion)
                case (nil, let q?): children = marked(q, as: .insertion)
                case (nil, nil): children = nil
                }
                out.items.append(LaidOutListItem(paragraph: merge(x.paragraph, y.paragraph), children: children))
            case .old(let i):
                out.items.append(marked(a.items[i], as: .deletion))
            case .new(let j):
                out.items.append(marked(b.items[j], as: .insertion))
            }
        }
        return out
    }

    // MARK: Tables

    private static func text(_ row: LaidOutRow) -> LaidOutParagraph? {
        guard let first = row.cells.first?.first else { return nil }
        var paragraph = first
        paragraph.bookmark = nil
        paragraph.content = row.cells.flatMap { $0.flatMap { $0.content + [.text(" ")] } }
        return paragraph
    }

    private mutating func merge(_ a: LaidOutTable, _ b: LaidOutTable) -> LaidOutTable {
        var out = b
        switch (a.header, b.header) {
        case (let x?, let y?): out.header = merge(x, y)
        case (let x?, nil): out.header = marked(x, as: .deletion)
        case (nil, let y?): out.header = marked(y, as: .insertion)
        case (nil, nil): break
        }
        let steps = align(oldCount: a.rows.count, newCount: b.rows.count) { i, j in
            guard a.rows[i].cells.count == b.rows[j].cells.count, let x = Self.text(a.rows[i]),
                let y = Self.text(b.rows[j])
            else { return 0 }
            if let p = a.rows[i].cells.first?.first?.bookmark, p == b.rows[j].cells.first?.first?.bookmark { return 4 }
            return Self.weight(x, y)
        }
        out.rows = []
        for step in steps {
            switch step {
            case .both(let i, let j): out.rows.append(merge(a.rows[i], b.rows[j]))
            case .old(let i): out.rows.append(marked(a.rows[i], as: .deletion))
            case .new(let j): out.rows.append(marked(b.rows[j], as: .insertion))
            }
        }
        return out
    }

    /// A row of both sides with as many cells (rows pair only then: their weight is 0 otherwise): each cell's
    /// paragraphs paired in order, the extra ones deleted or inserted.
    private mutating func merge(_ a: LaidOutRow, _ b: LaidOutRow) -> LaidOutRow {
        var out = b
        for (column, newCell) in b.cells.enumerated() {
            let oldCell = a.cells[column]
            var cell: [LaidOutParagraph] = []
            for index in 0..<max(oldCell.count, newCell.count) {
                if index < oldCell.count && index < newCell.count {
                    cell.append(merge(oldCell[index], newCell[index]))
                } else if index < oldCell.count {
                    cell.append(marked(oldCell[index], as: .deletion))
                } else {
                    cell.append(marked(newCell[index], as: .insertion))
                }
            }
            out.cells[column] = cell
        }
        return out
    }

    // MARK: Old content in the new document

    /// Old list instances in the new document: a shared instance is the same; the n-th instance of a list that
    /// restarts is the new document's n-th of that list, or one added after the new document's.
    private mutating func mapInstances() {
        var newByKey: [String: [Int]] = [:]
        for (index, instance) in new.listInstances.enumerated() where !instance.isShared {
            newByKey["\(instance.list)/\(instance.column)", default: []].append(index)
        }
        var used: [String: Int] = [:]
        for (index, instance) in old.listInstances.enumerated() {
            if instance.isShared, index < new.listInstances.count, new.listInstances[index] == instance {
                oldInstances.append(index)
                continue
            }
            let key = "\(instance.list)/\(instance.column)"
            let n = used[key, default: 0]
            used[key] = n + 1
            if let candidates = newByKey[key], n < candidates.count {
                oldInstances.append(candidates[n])
            } else {
                oldInstances.append(document.listInstances.count)
                document.listInstances.append(instance)
            }
        }
    }

    /// Old bookmarks whose names the new document gives to other content get names of their own.
    private mutating func mapBookmarks() {
        var newNames: Set<String> = []
        var oldNames: [String] = []
        Self.forEachParagraph(new.body) { if let name = $0.bookmark { newNames.insert(name) } }
        Self.forEachParagraph(old.body) { if let name = $0.bookmark { oldNames.append(name) } }
        var oldIDs: [String: String] = [:]
        for (id, number) in old.numbers { oldIDs[number.bookmark] = id }
        var newIDs: [String: String] = [:]
        for (id, number) in new.numbers { newIDs[number.bookmark] = id }
        var count = 0
        for name in oldNames where newNames.contains(name) && oldIDs[name] != newIDs[name] {
            count += 1
            oldBookmarks[name] = "_opi_old_\(count)"
        }
    }

    /// Old content as it stands in the new document: comments re-indexed (kept after the new ones), references to
    /// renamed bookmarks renamed.
    private mutating func remapOld(_ content: [LaidOutInline]) -> [LaidOutInline] {
        content.map { inline in
            switch inline {
            case .span(let style, let inner):
                return .span(style, remapOld(inner))
            case .change(let mark, let inner):
                return .change(mark, remapOld(inner))
            case .reference(var reference):
                reference.bookmark = oldBookmarks[reference.bookmark] ?? reference.bookmark
                return .reference(reference)
            case .comment(let index):
                if let mapped = oldComments[index] { return .comment(mapped) }
                let mapped = document.comments.count
                document.comments.append(old.comments[index])
                oldComments[index] = mapped
                return .comment(mapped)
            default:
                return inline
            }
        }
    }

    /// Calls `body` for every paragraph of the blocks, in order.
    static func forEachParagraph(_ blocks: [LaidOutBlock], _ body: (LaidOutParagraph) -> Void) {
        func walk(_ list: LaidOutList) {
            for item in list.items {
                body(item.paragraph)
                if let children = item.children { walk(children) }
            }
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): body(paragraph)
            case .list(let list): walk(list)
            case .table(let table):
                for row in (table.header.map { [$0] } ?? []) + table.rows {
                    for cell in row.cells { cell.forEach(body) }
                }
            case .columns(let columns):
                for row in columns.rows { for cell in row.cells { forEachParagraph(cell, body) } }
            case .pageBreak: break
            }
        }
    }

    // MARK: Summary

    /// The changed clauses and annexes in document order, each once.
    private func summarise() -> [RedlineChange] {
        var out: [RedlineChange] = []
        var seen: Set<String> = []
        var headings: [String: LaidOutParagraph] = [:]
        // The annex whose text holds a clause: the last annex heading before it ("Bilaga 3 – Roller och ansvar").
        var annexes: [String: String] = [:]
        var annex = ""
        Self.forEachParagraph(document.body) { paragraph in
            if paragraph.role == .annexTitle { annex = Self.plainText(paragraph.content) }
            if let id = Self.clauseID(paragraph.origin), annexes[id] == nil { annexes[id] = annex }
            if paragraph.origin.hasSuffix(" heading") || paragraph.origin.hasSuffix(" first paragraph") {
                if let id = Self.clauseID(paragraph.origin), headings[id] == nil {
                    headings[id] = paragraph
                }
            }
        }
        var others = 0
        for origin in changedOrigins {
            guard let id = Self.clauseID(origin) else {
                if seen.insert(origin).inserted { others += 1 }
                continue
            }
            guard seen.insert("clause " + id).inserted else { continue }
            let heading = headings[id]
            let kind: RedlineChange.Kind =
                heading?.change?.kind == .deletion ? .removed : heading?.change?.kind == .insertion ? .added : .changed
            let number = ((kind == .removed ? old : new).numbers[id])?.numberText ?? ""
            let title = heading.map { $0.origin.hasSuffix(" heading") ? Self.plainText($0.content) : "" } ?? ""
            out.append(RedlineChange(number: number, title: title, kind: kind, annex: annexes[id] ?? ""))
        }
        if others > 0 { out.append(RedlineChange(number: "", title: "", kind: .changed, outsideClauses: others)) }
        return out
    }

    /// The text of content as the reader sees it, deleted and inserted alike.
    static func plainText(_ content: [LaidOutInline]) -> String {
        ColumnWidths.text(content).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// A clause that changed between the two versions, for the summary: its number and title (in the new version, or
/// the old one when it was removed) and whether it was added, removed or changed within.
public struct RedlineChange: Sendable, Equatable {
    /// The clause number ("5.2"); empty for the changes outside clauses.
    public var number: String
    /// The clause heading's text ("Ersättning"); empty for a clause without a heading.
    public var title: String
    /// Added, removed or changed within.
    public var kind: Kind
    /// What happened to a clause.
    public enum Kind: Sendable, Equatable { case added, removed, changed }
    /// The heading of the annex whose text holds the clause ("Bilaga 3 – Roller och ansvar"); empty for a clause of
    /// the agreement itself.
    public var annex = ""
    /// The number of paragraphs and rows changed outside clauses (parties, annexes, signatures); 0 for a clause.
    public var outsideClauses = 0
}
