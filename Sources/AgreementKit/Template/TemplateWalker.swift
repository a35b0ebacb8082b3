/// How a template node is enclosed: by how many lists and `{{for}}` loops.
struct TemplateContext: Sendable, Equatable {
    /// How many lists enclose the node, counting a list itself: 1 for a top-level list, its items and their text.
    var listDepth = 0
    /// How many `{{for}}` loops, block or inline, enclose the node.
    var loopDepth = 0
}

/// Visits a parsed clause text in source order (compare swift-markdown's `MarkupWalker`): the one walk over
/// `TemplateBlock`, `TemplateList` and `TemplateInline`, and the sequences and conditions they hold.
///
/// Each `visit` method's default descends into the node's children. A walker overrides the methods it cares about and
/// calls `descend(into:in:)` where it wants to go on below; a visit that does not descend skips the node's children.
/// Every branch of an `{{if}}` is visited, each condition just before its content, then the `{{else}}` content.
protocol TemplateWalker {
    /// Visits a sequence of sibling blocks (a clause text, a sub-clause body, a branch, a loop body); the default
    /// visits each block.
    mutating func visit(_ blocks: [TemplateBlock], in context: TemplateContext)
    /// Visits a block; the default descends into its inlines and nested blocks.
    mutating func visit(_ block: TemplateBlock, in context: TemplateContext)
    /// Visits a list, top-level or nested (`context.listDepth` counts it); the default descends into its items.
    mutating func visit(_ list: TemplateList, in context: TemplateContext)
    /// Visits an inline; the default descends into its content.
    mutating func visit(_ inline: TemplateInline, in context: TemplateContext)
    /// Visits the condition of an `{{if}}` or `{{elif}}`, block or inline, before its content; the default does nothing.
    mutating func visit(_ condition: Condition, in context: TemplateContext)
}

extension TemplateWalker {
    mutating func visit(_ blocks: [TemplateBlock], in context: TemplateContext) { descend(into: blocks, in: context) }
    mutating func visit(_ block: TemplateBlock, in context: TemplateContext) { descend(into: block, in: context) }
    mutating func visit(_ list: TemplateList, in context: TemplateContext) { descend(into: list, in: context) }
    mutating func visit(_ inline: TemplateInline, in context: TemplateContext) { descend(into: inline, in: context) }
    mutating func visit(_ condition: Condition, in context: TemplateContext) {}

    /// Walks a clause text from the top.
    mutating func walk(_ blocks: [TemplateBlock]) { visit(blocks, in: TemplateContext()) }

    /// Walks a run of inlines (a term's definition, a heading) from the top.
    mutating func walk(_ inlines: [TemplateInline], in context: TemplateContext = TemplateContext()) {
        for inline in inlines { visit(inline, in: context) }
    }

    /// Visits each block of a sequence.
    mutating func descend(into blocks: [TemplateBlock], in context: TemplateContext) {
        for block in blocks { visit(block, in: context) }
    }

    /// Visits the children of a block.
    mutating func descend(into block: TemplateBlock, in context: TemplateContext) {
        switch block {
        case .paragraph(let content, _):
            walk(content, in: context)
        case .subclause(let s):
            if let heading = s.heading { walk(heading, in: context) }
            visit(s.body, in: context)
        case .list(let list):
            var inner = context
            inner.listDepth += 1
            visit(list, in: inner)
        case .table(let t):
            for cell in (t.header ?? []) + t.rows.flatMap({ $0 }) { walk(cell, in: context) }
        case .conditional(let branches, let otherwise):
            for branch in branches {
                visit(branch.condition, in: context)
                visit(branch.content, in: context)
            }
            if let otherwise { visit(otherwise, in: context) }
        case .loop(let loop):
            var inner = context
            inner.loopDepth += 1
            visit(loop.body, in: inner)
        }
    }

    /// Visits each item's text, then its nested list one level deeper.
    mutating func descend(into list: TemplateList, in context: TemplateContext) {
        for item in list.items {
            walk(item.content, in: context)
            if let children = item.children {
                var inner = context
                inner.listDepth += 1
                visit(children, in: inner)
            }
        }
    }

    /// Visits the content of an emphasis or strong text, of each branch of an `{{if}}` and of a `{{for}}` body.
    mutating func descend(into inline: TemplateInline, in context: TemplateContext) {
        switch inline {
        case .emphasis(let content), .strong(let content):
            walk(content, in: context)
        case .conditional(let branches, let otherwise):
            for branch in branches {
                visit(branch.condition, in: context)
                walk(branch.content, in: context)
            }
            walk(otherwise ?? [], in: context)
        case .loop(let loop):
            var inner = context
            inner.loopDepth += 1
            walk(loop.body, in: inner)
        case .text, .term, .definition, .reference, .survivors, .value, .blank, .note, .lineBreak:
            break
        }
    }
}

extension Array where Element == TemplateBlock {
    /// Calls `body` with every block, nested ones included (sub-clause bodies, branches, loop bodies), in source order.
    func forEachBlock(_ body: (TemplateBlock) -> Void) {
        withoutActuallyEscaping(body) { body in
            var walker = TemplateBlockVisitor(body: body)
            walker.walk(self)
        }
    }
}

private struct TemplateBlockVisitor: TemplateWalker {
    let body: (TemplateBlock) -> Void

    mutating func visit(_ block: TemplateBlock, in context: TemplateContext) {
        body(block)
        descend(into: block, in: context)
    }

    // Lists and inlines hold no blocks.
    mutating func visit(_ list: TemplateList, in context: TemplateContext) {}
    mutating func visit(_ inline: TemplateInline, in context: TemplateContext) {}
}
