/// Where a redline's changes go in ODF, as LibreOffice writes them: `text:tracked-changes` first in `office:text`,
/// one `text:changed-region` per change; an insertion is the text between `text:change-start` and `text:change-end`,
/// a deletion keeps the deleted content in its region and leaves `text:change` where it was.
///
/// A paragraph inserted or deleted as a whole is a change that takes in a paragraph end: an inserted run of
/// paragraphs runs from the end of the paragraph before to the end of its last paragraph; a deleted run is written
/// in its region after an empty copy of the paragraph before (which joins that paragraph), its `text:change` at the
/// end of that paragraph. Where a table or the start of the body comes before, both anchor at the paragraph after
/// instead. (Tested through LibreOffice 7.4: accepting every change gives the new text, rejecting every change the
/// old one, clause numbers included.) A deleted run anchors only at a paragraph that is kept (neither inserted nor
/// deleted), its `text:change` after the ends of insertions that end there: inside an insertion, rejecting every
/// change would remove it with the inserted text. Where nothing is written on either side (tables or the body's
/// ends), an inserted run holds its own change, and a deleted run's change is held by an empty paragraph written in
/// its place, which stays when the change is accepted. This plan is found in one walk over the body in the order
/// `ODFBody` writes it: the paragraphs outside tables (with list items and page breaks) are its slots; table cells
/// only carry changes inside their text.
struct ODFChanges {
    /// A point in a paragraph where a change starts, ends or was deleted.
    enum Point: Equatable {
        case start(Int)
        case end(Int)
        case change(Int)
    }

    /// How a slot's paragraph is wrapped in the body: a clause list item (continuing the clause list `listID` when
    /// the body has one), an item of a list (`listID` names the list block, `ODFChanges.listID`), or nothing.
    enum Wrapper {
        case plain
        case clause(level: Int, style: String, instance: Int, listID: String?)
        case listItem(style: String, depth: Int, listID: String)
    }

    /// The `xml:id` of the n-th list block of the body (counted in writing order), which a deleted item of it
    /// defines and the list in the body continues.
    static func listID(_ index: Int) -> String { "list\(index)" }

    /// A paragraph outside tables, in writing order.
    struct Slot {
        /// Nil for a page break.
        var paragraph: LaidOutParagraph?
        var wrapper: Wrapper
        var kind: ChangeMark.Kind? { paragraph?.change?.kind }
    }

    /// What a changed region holds.
    enum Content {
        /// An insertion.
        case insertion
        /// Deleted text of a paragraph of this style.
        case text(ParagraphStyleID, [LaidOutInline])
        /// Deleted paragraphs, with the empty paragraph that joins the anchor (an empty copy of the anchor paragraph,
        /// in its list) before (`leading`) or after them.
        case paragraphs([Slot], anchor: Slot, leading: Bool)
    }

    /// Who made the changes (`dc:creator` of every region).
    let author: String
    /// The regions by id, in id order.
    private(set) var regions: [(id: Int, content: Content)] = []
    /// The points at the start and at the end of each slot.
    private(set) var starts: [Int: [Point]] = [:]
    private(set) var ends: [Int: [Point]] = [:]
    private(set) var slots: [Slot] = []
    /// The empty paragraphs the body writes before the slot that starts a deleted run with nothing written on
    /// either side of it, which hold its change.
    private(set) var holders: [Int: LaidOutParagraph] = [:]
    /// The slots a table comes before: a change never spans a table.
    private var barriers: Set<Int> = []

    /// The plan of a laid-out document's body; nil for a document without changes (no `changeAuthor`).
    init?(_ document: LaidOutDocument) {
        guard let author = document.changeAuthor else { return nil }
        self.author = author
        var inline: [(Int, Content)] = []
        func collect(_ content: [LaidOutInline], style: ParagraphStyleID) {
            for item in content {
                switch item {
                case .change(let mark, let inner):
                    inline.append((mark.id, mark.kind == .insertion ? .insertion : .text(style, inner)))
                case .span(_, let inner):
                    collect(inner, style: style)
                default:
                    break
                }
            }
        }
        func slot(_ paragraph: LaidOutParagraph?, _ wrapper: Wrapper) {
            slots.append(Slot(paragraph: paragraph, wrapper: wrapper))
            if let paragraph { collect(Self.content(of: paragraph), style: paragraph.style) }
        }
        var lists = 0
        func walk(_ list: LaidOutList, depth: Int, id: String) {
            let instance = document.listInstances[list.instance]
            let style = ODFStyleName.list(instance.list, clauseLevel: list.clauseLevel, column: instance.column).name
            for item in list.items {
                slot(item.paragraph, .listItem(style: style, depth: depth, listID: id))
                if let children = item.children { walk(children, depth: depth + 1, id: id) }
            }
        }
        func walk(_ blocks: [LaidOutBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    if let number = paragraph.numbering, document.listInstances[number.instance].list == .clauses {
                        let column = document.listInstances[number.instance].column
                        slot(
                            paragraph,
                            .clause(
                                level: number.level + 1,
                                style: ODFStyleName.list(.clauses, clauseLevel: 0, column: column).name,
                                instance: number.instance, listID: nil))
                    } else {
                        slot(paragraph, .plain)
                    }
                case .list(let list):
                    walk(list, depth: 0, id: Self.listID(lists))
                    lists += 1
                case .table(let table):
                    barriers.insert(slots.count)
                    for row in (table.header.map { [$0] } ?? []) + table.rows {
                        for cell in row.cells {
                            for paragraph in cell { collect(paragraph.content, style: paragraph.style) }
                        }
                    }
                case .columns(let columns):
                    barriers.insert(slots.count)
                    for row in columns.rows {
                        for cell in row.cells {
                            walk(cell)
                            barriers.insert(slots.count)
                        }
                    }
                case .pageBreak:
                    slot(nil, .plain)
                }
            }
        }
        walk(document.body)
        // The clause lists as the body names them: in order of the first clause paragraph it writes of each. A
        // clause list all of whose paragraphs are deleted (an annex that goes away) is named after those, with a
        // name the body never gives: its paragraphs are one list, numbered from its start, when the deletion is
        // rejected, not a continuation of whatever list came before.
        var listIDs: [Int: String] = [:]
        for deleted in [false, true] {
            for slot in slots where (slot.kind == .deletion) == deleted {
                if case .clause(_, _, let instance, _) = slot.wrapper, listIDs[instance] == nil {
                    listIDs[instance] = ODFBody.clauseListID(listIDs.count)
                }
            }
        }
        for index in slots.indices {
            if case .clause(let level, let style, let instance, _) = slots[index].wrapper {
                slots[index].wrapper = .clause(
                    level: level, style: style, instance: instance, listID: listIDs[instance])
            }
        }
        var all = inline
        plan(&all)
        regions = all.sorted { $0.0 < $1.0 }.map { (id: $0.0, content: $0.1) }
    }

    /// The `xml:id` of a change's region.
    static func regionID(_ id: Int) -> String { "ct\(id)" }

    /// Whether a slot is left out of the body (its paragraph is in a deletion).
    func isDeleted(_ slot: Int) -> Bool { slots.indices.contains(slot) && slots[slot].kind == .deletion }

    /// A paragraph's content as the body writes it: a whole paragraph inserted or deleted is one change of the
    /// paragraph, so the content's own wrapper of that kind is left out.
    static func content(of paragraph: LaidOutParagraph) -> [LaidOutInline] {
        guard let kind = paragraph.change?.kind else { return paragraph.content }
        return paragraph.content.flatMap { inline -> [LaidOutInline] in
            if case .change(let mark, let inner) = inline, mark.kind == kind { return inner }
            return [inline]
        }
    }

    /// Finds the runs of inserted and deleted paragraphs and anchors each at the end of the paragraph before; where
    /// a table or the body's start comes first, at the start of the paragraph after.
    private mutating func plan(_ regions: inout [(Int, Content)]) {
        // The first slot the body writes from `index` on, or the last before `index`, with no table between; with
        // `kept`, one that is not inserted either. A deletion anchors only at a kept paragraph: its `text:change`
        // in an inserted paragraph would be inside that insertion, and rejecting every change would lose it.
        func written(after index: Int, kept: Bool = false) -> Int? {
            var next = index
            while next < slots.count {
                if barriers.contains(next) { return nil }
                if slots[next].kind != .deletion, !kept || slots[next].kind == nil { return next }
                next += 1
            }
            return nil
        }
        func written(before index: Int, kept: Bool = false) -> Int? {
            var previous = index - 1
            while previous >= 0, !barriers.contains(previous + 1) {
                if slots[previous].kind != .deletion, !kept || slots[previous].kind == nil { return previous }
                previous -= 1
            }
            return nil
        }
        var index = 0
        while index < slots.count {
            guard let kind = slots[index].kind, let first = slots[index].paragraph?.change else {
                index += 1
                continue
            }
            var end = index + 1
            while end < slots.count, slots[end].kind == kind, !barriers.contains(end) { end += 1 }
            let id = first.id
            if kind == .insertion {
                if let previous = written(before: index) {
                    ends[previous, default: []].append(.start(id))
                    ends[end - 1, default: []].append(.end(id))
                } else if let next = written(after: end) {
                    starts[index, default: []].append(.start(id))
                    // Before the change points of deletions anchored at that paragraph, which stay outside it.
                    let points = starts[next, default: []]
                    let at = points.firstIndex { if case .change = $0 { true } else { false } } ?? points.count
                    starts[next, default: []].insert(.end(id), at: at)
                } else {
                    starts[index, default: []].append(.start(id))
                    ends[end - 1, default: []].append(.end(id))
                }
                regions.append((id, .insertion))
            } else {
                let run = Array(slots[index..<end])
                if let previous = written(before: index, kept: true) {
                    // After the deletions anchored there before it, before the insertions that start there.
                    let points = ends[previous, default: []]
                    let at = points.firstIndex { if case .start = $0 { true } else { false } } ?? points.count
                    ends[previous, default: []].insert(.change(id), at: at)
                    regions.append((id, .paragraphs(run, anchor: slots[previous], leading: true)))
                } else if let next = written(after: end, kept: true) {
                    // After the ends of insertions that end where this paragraph starts (outside them), and after
                    // the deletions anchored there before it.
                    starts[next, default: []].append(.change(id))
                    regions.append((id, .paragraphs(run, anchor: slots[next], leading: false)))
                } else if var holder = run[0].paragraph {
                    // Nothing is written on either side (tables, the body's start or end): an empty paragraph in the
                    // body holds the change, so that rejecting it still brings the run back.
                    holder.style = .normal
                    holder.numbering = nil
                    holder.indent = nil
                    holder.bookmark = nil
                    holder.content = []
                    holder.change = nil
                    let anchor = Slot(paragraph: holder, wrapper: .plain)
                    holders[index] = holder
                    ends[index, default: []].insert(.change(id), at: 0)
                    regions.append((id, .paragraphs(run, anchor: anchor, leading: true)))
                }
            }
            index = end
        }
    }
}
