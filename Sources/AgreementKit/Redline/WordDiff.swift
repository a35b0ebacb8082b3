/// The word diff of a redline: a paragraph's content as tokens (words, runs of white space, and atoms: fields,
/// comment anchors, line breaks), each with the character styles it stands in, compared by a longest common
/// subsequence. A cross-reference compares by its target, never by the number it shows, so a clause renumbered by an
/// insertion earlier is not a change.
struct RedlineToken: Sendable, Equatable {
    /// A word or white space, or an inline that is never split.
    enum Piece: Sendable, Equatable {
        case text(String)
        case atom(LaidOutInline)
    }

    var piece: Piece
    /// The character styles around the token, outermost first.
    var styles: [CharacterStyleID]
    /// What two tokens compare by: the styles and the text, or the atom's identity.
    var key: String

    /// Whether the token is white space.
    var isSpace: Bool {
        if case .text(let text) = piece { return text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
        return false
    }

    /// The tokens of laid-out content; `comments` are the document's comments, which a comment anchor compares by.
    static func tokens(_ content: [LaidOutInline], comments: [LaidOutComment]) -> [RedlineToken] {
        var out: [RedlineToken] = []
        func walk(_ inlines: [LaidOutInline], _ styles: [CharacterStyleID]) {
            let prefix = styles.map { "\($0)" }.joined(separator: "/") + "|"
            for inline in inlines {
                switch inline {
                case .text(let text):
                    for word in words(text) {
                        out.append(RedlineToken(piece: .text(word), styles: styles, key: prefix + "t" + word))
                    }
                case .span(let style, let inner):
                    walk(inner, styles + [style])
                case .change(_, let inner):
                    walk(inner, styles)
                case .reference(let reference):
                    out.append(
                        RedlineToken(
                            piece: .atom(inline), styles: styles,
                            key: prefix + "r\(reference.kind)" + reference.bookmark))
                case .comment(let index):
                    let note = comments.indices.contains(index) ? comments[index] : nil
                    let text = note.map { $0.author + "\n" + $0.paragraphs.joined(separator: "\n") } ?? ""
                    out.append(RedlineToken(piece: .atom(inline), styles: styles, key: prefix + "c" + text))
                case .lineBreak, .pageNumber, .pageCount:
                    out.append(RedlineToken(piece: .atom(inline), styles: styles, key: prefix + "a\(inline)"))
                }
            }
        }
        walk(content, [])
        return out
    }

    /// Text split into words and runs of white space, in order; tabs and line feeds are tokens of their own.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var currentIsSpace = false
        for character in text {
            let space = character.isWhitespace
            let alone = character == "\t" || character.isNewline
            if alone {
                if !current.isEmpty { out.append(current) }
                out.append(String(character))
                current = ""
                continue
            }
            if !current.isEmpty && space != currentIsSpace {
                out.append(current)
                current = ""
            }
            current.append(character)
            currentIsSpace = space
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Laid-out content from tokens: consecutive text of the same styles joined, spans around it.
    static func inlines(_ tokens: [RedlineToken]) -> [LaidOutInline] {
        var out: [LaidOutInline] = []
        var index = 0
        while index < tokens.count {
            let styles = tokens[index].styles
            var group: [LaidOutInline] = []
            var text = ""
            while index < tokens.count, tokens[index].styles == styles {
                switch tokens[index].piece {
                case .text(let word): text += word
                case .atom(let inline):
                    if !text.isEmpty { group.append(.text(text)) }
                    text = ""
                    group.append(inline)
                }
                index += 1
            }
            if !text.isEmpty { group.append(.text(text)) }
            for style in styles.reversed() { group = [.span(style, group)] }
            out += group
        }
        return out
    }
}

/// One step of an alignment of two sequences: an element of both, of the old only, or of the new only.
enum AlignmentStep: Sendable, Equatable {
    case both(Int, Int)
    case old(Int)
    case new(Int)
}

/// Aligns two sequences by the pairs of greatest total weight that keep their order (a longest common subsequence
/// when every weight is 0 or 1). Between two pairs the old elements come before the new ones.
func align(oldCount: Int, newCount: Int, weight: (Int, Int) -> Int) -> [AlignmentStep] {
    let n = oldCount
    let m = newCount
    var table = [Int](repeating: 0, count: (n + 1) * (m + 1))
    let width = m + 1
    if n > 0 && m > 0 {
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                let w = weight(i, j)
                var best = max(table[(i + 1) * width + j], table[i * width + j + 1])
                if w > 0 { best = max(best, w + table[(i + 1) * width + j + 1]) }
                table[i * width + j] = best
            }
        }
    }
    var steps: [AlignmentStep] = []
    var i = 0
    var j = 0
    var pendingOld: [AlignmentStep] = []
    var pendingNew: [AlignmentStep] = []
    func flush() {
        steps += pendingOld + pendingNew
        pendingOld = []
        pendingNew = []
    }
    while i < n || j < m {
        if i < n && j < m {
            let w = weight(i, j)
            if w > 0 && table[i * width + j] == w + table[(i + 1) * width + j + 1] {
                flush()
                steps.append(.both(i, j))
                i += 1
                j += 1
                continue
            }
            if table[(i + 1) * width + j] >= table[i * width + j + 1] {
                pendingOld.append(.old(i))
                i += 1
            } else {
                pendingNew.append(.new(j))
                j += 1
            }
        } else if i < n {
            pendingOld.append(.old(i))
            i += 1
        } else {
            pendingNew.append(.new(j))
            j += 1
        }
    }
    flush()
    return steps
}

/// The word diff of two token sequences: runs of equal tokens (taken from the new side) and, between them, the
/// deleted then the inserted tokens. White space alone between two changes counts as changed, so a replaced phrase
/// reads as one deletion and one insertion.
func wordDiff(_ old: [RedlineToken], _ new: [RedlineToken]) -> [(ChangeMark.Kind?, [RedlineToken])] {
    let steps = align(oldCount: old.count, newCount: new.count) { old[$0].key == new[$1].key ? 2 : 0 }
    // Each step as (kind, token, the old side's token): an equal token is the new side's, with the old side's
    // beside it; a deleted or inserted token stands for itself on both.
    var ops: [(kind: ChangeMark.Kind?, token: RedlineToken, oldToken: RedlineToken)] = steps.map { step in
        switch step {
        case .both(let i, let j): return (nil, new[j], old[i])
        case .old(let i): return (.deletion, old[i], old[i])
        case .new(let j): return (.insertion, new[j], new[j])
        }
    }
    // Equal white space between two changes becomes a deletion and an insertion.
    var index = 0
    while index < ops.count {
        guard ops[index].kind == nil else {
            index += 1
            continue
        }
        var end = index
        while end < ops.count, ops[end].kind == nil { end += 1 }
        let onlySpace = ops[index..<end].allSatisfy { $0.token.isSpace }
        if onlySpace && index > 0 && end < ops.count {
            let replaced = ops[index..<end].flatMap { op -> [(ChangeMark.Kind?, RedlineToken, RedlineToken)] in
                [(.deletion, op.oldToken, op.oldToken), (.insertion, op.token, op.token)]
            }
            let deletions = replaced.filter { $0.0 == .deletion }
            let insertions = replaced.filter { $0.0 == .insertion }
            ops.replaceSubrange(index..<end, with: (deletions + insertions).map { ($0.0, $0.1, $0.2) })
            index += replaced.count
        } else {
            index = end
        }
    }
    // Group: equal runs; between them all deletions, then all insertions.
    var out: [(ChangeMark.Kind?, [RedlineToken])] = []
    index = 0
    while index < ops.count {
        if ops[index].kind == nil {
            var run: [RedlineToken] = []
            while index < ops.count, ops[index].kind == nil {
                run.append(ops[index].token)
                index += 1
            }
            out.append((nil, run))
        } else {
            var deleted: [RedlineToken] = []
            var inserted: [RedlineToken] = []
            while index < ops.count, let kind = ops[index].kind {
                if kind == .deletion { deleted.append(ops[index].token) } else { inserted.append(ops[index].token) }
                index += 1
            }
            if !deleted.isEmpty { out.append((.deletion, deleted)) }
            if !inserted.isEmpty { out.append((.insertion, inserted)) }
        }
    }
    return out
}
