/// Where a node stands in a model: its path in the JSON form and how deeply clauses and lists enclose it.
public struct ModelPosition: Sendable, Equatable {
    /// The node's path, such as `blocks[3].body[1].content[0]`.
    public var path: ModelPath
    /// How many clauses enclose the node: 0 for a top-level block.
    public var clauseDepth: Int
    /// How many lists enclose the node, counting a list itself: 1 for a top-level list, its items and their text.
    public var listDepth: Int

    /// The position of the first block of an agreement's `blocks`, or of any node given explicitly.
    public init(path: ModelPath = ModelPath().key("blocks"), clauseDepth: Int = 0, listDepth: Int = 0) {
        self.path = path
        self.clauseDepth = clauseDepth
        self.listDepth = listDepth
    }

    /// This position extended by an object member.
    public func key(_ name: String) -> ModelPosition {
        ModelPosition(path: path.key(name), clauseDepth: clauseDepth, listDepth: listDepth)
    }

    /// This position extended by an array element.
    public func index(_ i: Int) -> ModelPosition {
        ModelPosition(path: path.index(i), clauseDepth: clauseDepth, listDepth: listDepth)
    }
}

/// Visits a model in document order (compare swift-markdown's `MarkupWalker`): the one walk over `Block`, `ListBlock`,
/// `ListItem` and `Inline`.
///
/// Each `visit` method's default descends into the node's children. A walker overrides the methods it cares about and
/// calls `descend(into:at:)` where it wants to go on below; a visit that does not descend skips the node's children.
/// A block's inline runs come in reading order: a title's title and subtitle, a clause's heading before its body, a
/// table's header cells before its rows, each annex's title, an annex's body.
public protocol ModelWalker {
    /// Visits a block; the default descends into its inline runs and, for a clause, its body.
    mutating func visit(_ block: Block, at position: ModelPosition)
    /// Visits a list, top-level or nested (`position.listDepth` counts it); the default visits its items.
    mutating func visit(_ list: ListBlock, at position: ModelPosition)
    /// Visits a list item; the default descends into its text and then its nested list.
    mutating func visit(_ item: ListItem, at position: ModelPosition)
    /// Visits an inline; the default descends into its content, if it has any.
    mutating func visit(_ inline: Inline, at position: ModelPosition)
}

extension ModelWalker {
    /// Visits a block; by default, descends into its children.
    public mutating func visit(_ block: Block, at position: ModelPosition) { descend(into: block, at: position) }
    /// Visits a list; by default, descends into its items.
    public mutating func visit(_ list: ListBlock, at position: ModelPosition) { descend(into: list, at: position) }
    /// Visits a list item; by default, descends into its content and nested list.
    public mutating func visit(_ item: ListItem, at position: ModelPosition) { descend(into: item, at: position) }
    /// Visits an inline; by default, descends into its content.
    public mutating func visit(_ inline: Inline, at position: ModelPosition) { descend(into: inline, at: position) }

    /// Visits each block of a sequence; `position` is the sequence's own (`blocks`, or a clause's `body`).
    public mutating func walk(_ blocks: [Block], at position: ModelPosition = ModelPosition()) {
        for (i, block) in blocks.enumerated() { visit(block, at: position.index(i)) }
    }

    /// Visits each inline of a run; `position` is the run's own (a paragraph's `content`, a cell, a heading).
    public mutating func walk(_ inlines: [Inline], at position: ModelPosition) {
        for (i, inline) in inlines.enumerated() { visit(inline, at: position.index(i)) }
    }

    /// Visits the children of a block.
    public mutating func descend(into block: Block, at position: ModelPosition) {
        switch block {
        case .title(let t):
            walk(t.title, at: position.key("title"))
            walk(t.subtitle, at: position.key("subtitle"))
        case .clause(let clause):
            if let heading = clause.heading { walk(heading, at: position.key("heading")) }
            var body = position.key("body")
            body.clauseDepth += 1
            walk(clause.body, at: body)
        case .paragraph(let content):
            walk(content, at: position.key("content"))
        case .list(let list):
            var inner = position
            inner.listDepth += 1
            visit(list, at: inner)
        case .table(let table):
            if let header = table.header {
                for (c, cell) in header.cells.enumerated() { walk(cell, at: position.key("header").index(c)) }
            }
            for (r, row) in table.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() { walk(cell, at: position.key("rows").index(r).index(c)) }
            }
        case .annexes(let list):
            for (i, annex) in list.annexes.enumerated() {
                walk(annex.title, at: position.key("annexes").index(i).key("title"))
            }
        case .annex(let content):
            if let body = content.body { walk(body, at: position.key("body")) }
        case .parties, .signatures, .pageBreak:
            break
        }
    }

    /// Visits the items of a list.
    public mutating func descend(into list: ListBlock, at position: ModelPosition) {
        for (i, item) in list.items.enumerated() { visit(item, at: position.key("items").index(i)) }
    }

    /// Visits the text of a list item, then its nested list one level deeper.
    public mutating func descend(into item: ListItem, at position: ModelPosition) {
        walk(item.content, at: position.key("content"))
        if let children = item.children {
            var inner = position.key("children")
            inner.listDepth += 1
            visit(children, at: inner)
        }
    }

    /// Visits the content of an emphasis, strong text, definition or term use; other inlines have no children.
    public mutating func descend(into inline: Inline, at position: ModelPosition) {
        switch inline {
        case .emphasis(let content), .strong(let content), .definition(_, let content), .termUse(_, let content):
            walk(content, at: position.key("content"))
        case .text, .reference, .blank, .note, .lineBreak:
            break
        }
    }
}

/// Rewrites a model (compare swift-markdown's `MarkupRewriter` and pandoc's `walk`): the one rewrite of `Block` and
/// `Inline` trees.
///
/// Each `rewrite` method returns what stands in the node's place: none to drop it, several to splice them in. The
/// default keeps the node and rewrites its children; an override that returns something else replaces the node, and its
/// replacement is not rewritten further. Every inline run is rewritten: titles, headings, paragraphs, list items, table
/// cells and annex titles.
public protocol ModelRewriter {
    /// Rewrites a block; the default keeps it with its children rewritten.
    mutating func rewrite(_ block: Block) -> [Block]
    /// Rewrites an inline; the default keeps it with its content rewritten.
    mutating func rewrite(_ inline: Inline) -> [Inline]
}

extension ModelRewriter {
    /// The blocks that replace a block; by default, the block with its children rewritten.
    public mutating func rewrite(_ block: Block) -> [Block] { [rewritingChildren(of: block)] }
    /// The inlines that replace an inline; by default, the inline with its children rewritten.
    public mutating func rewrite(_ inline: Inline) -> [Inline] { [rewritingChildren(of: inline)] }

    /// Rewrites each block of a sequence, in order.
    public mutating func rewrite(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        for block in blocks { out += rewrite(block) }
        return out
    }

    /// Rewrites each inline of a run, in order.
    public mutating func rewrite(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines { out += rewrite(inline) }
        return out
    }

    /// An agreement with its blocks rewritten.
    public mutating func rewrite(_ agreement: Agreement) -> Agreement {
        Agreement(metadata: agreement.metadata, blocks: rewrite(agreement.blocks))
    }

    /// A block with its inline runs and, for a clause, its body rewritten.
    public mutating func rewritingChildren(of block: Block) -> Block {
        switch block {
        case .title(var t):
            t.title = rewrite(t.title)
            t.subtitle = rewrite(t.subtitle)
            return .title(t)
        case .clause(var clause):
            if let heading = clause.heading { clause.heading = rewrite(heading) }
            clause.body = rewrite(clause.body)
            return .clause(clause)
        case .paragraph(let content):
            return .paragraph(rewrite(content))
        case .list(let list):
            return .list(rewritingChildren(of: list))
        case .table(var table):
            if let header = table.header { table.header = rewritingCells(of: header) }
            var rows: [TableRow] = []
            for row in table.rows { rows.append(rewritingCells(of: row)) }
            table.rows = rows
            return .table(table)
        case .annexes(var list):
            for i in list.annexes.indices { list.annexes[i].title = rewrite(list.annexes[i].title) }
            return .annexes(list)
        case .annex(var content):
            if let body = content.body { content.body = rewrite(body) }
            return .annex(content)
        case .parties, .signatures, .pageBreak:
            return block
        }
    }

    /// A list with the text of every item, nested ones included, rewritten.
    public mutating func rewritingChildren(of list: ListBlock) -> ListBlock {
        var list = list
        for i in list.items.indices {
            list.items[i].content = rewrite(list.items[i].content)
            if let children = list.items[i].children { list.items[i].children = rewritingChildren(of: children) }
        }
        return list
    }

    /// An inline with its content rewritten.
    public mutating func rewritingChildren(of inline: Inline) -> Inline {
        switch inline {
        case .emphasis(let content): return .emphasis(rewrite(content))
        case .strong(let content): return .strong(rewrite(content))
        case .definition(let term, let content): return .definition(term: term, content: rewrite(content))
        case .termUse(let term, let content): return .termUse(term: term, content: rewrite(content))
        case .text, .reference, .blank, .note, .lineBreak: return inline
        }
    }

    private mutating func rewritingCells(of row: TableRow) -> TableRow {
        var cells: [[Inline]] = []
        for cell in row.cells { cells.append(rewrite(cell)) }
        return TableRow(cells: cells)
    }
}

// MARK: Closures

extension Array where Element == Block {
    /// Calls `body` with every block, nested clause bodies included, in document order, and with how many clauses
    /// enclose it (0 for a top-level block).
    public func forEachBlock(_ body: (_ block: Block, _ depth: Int) -> Void) {
        withoutActuallyEscaping(body) { body in
            var walker = BlockVisitor(body: body)
            walker.walk(self)
        }
    }

    /// Calls `body` with every inline of every block, nested content included, in document order.
    public func forEachInline(_ body: (Inline) -> Void) {
        withoutActuallyEscaping(body) { body in
            var walker = InlineVisitor(body: body)
            walker.walk(self)
        }
    }

    /// These blocks with every inline rewritten by `transform`, which returns what stands in an inline's place, or nil
    /// to keep the inline and rewrite its content.
    public func rewritingInlines(_ transform: (Inline) -> [Inline]?) -> [Block] {
        withoutActuallyEscaping(transform) { transform in
            var rewriter = InlineTransform(transform: transform)
            return rewriter.rewrite(self)
        }
    }
}

extension Array where Element == Inline {
    /// Calls `body` with every inline of this run, nested content included, in reading order.
    public func forEachInline(_ body: (Inline) -> Void) {
        withoutActuallyEscaping(body) { body in
            var walker = InlineVisitor(body: body)
            walker.walk(self, at: ModelPosition(path: ModelPath()))
        }
    }
}

extension Agreement {
    /// This agreement with every inline rewritten by `transform` (see `Array.rewritingInlines`).
    public func rewritingInlines(_ transform: (Inline) -> [Inline]?) -> Agreement {
        Agreement(metadata: metadata, blocks: blocks.rewritingInlines(transform))
    }
}

private struct BlockVisitor: ModelWalker {
    let body: (Block, Int) -> Void

    mutating func visit(_ block: Block, at position: ModelPosition) {
        body(block, position.clauseDepth)
        descend(into: block, at: position)
    }

    // Lists and inlines hold no blocks.
    mutating func visit(_ list: ListBlock, at position: ModelPosition) {}
    mutating func visit(_ inline: Inline, at position: ModelPosition) {}
}

private struct InlineVisitor: ModelWalker {
    let body: (Inline) -> Void

    mutating func visit(_ inline: Inline, at position: ModelPosition) {
        body(inline)
        descend(into: inline, at: position)
    }
}

private struct InlineTransform: ModelRewriter {
    let transform: (Inline) -> [Inline]?

    mutating func rewrite(_ inline: Inline) -> [Inline] {
        transform(inline) ?? [rewritingChildren(of: inline)]
    }
}
