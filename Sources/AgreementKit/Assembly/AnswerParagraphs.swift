/// How an answer's text enters the agreement: a blank line starts a new paragraph at the same clause level, and a
/// single line break is a space, so no hard break stands inside a sentence. The text stays literal.
///
/// A value's text reaches the assembler as inlines with `marker` between its paragraphs; the assembler splits a
/// paragraph at each marker (`split`) and, where a block holds one paragraph only (a heading, a list item, a table
/// cell), writes a line break instead (`flattened`). No marker reaches the model.
enum AnswerParagraphs {
    /// The character that stands between two paragraphs of an answer (U+2029 PARAGRAPH SEPARATOR; an answer that
    /// holds it starts a paragraph there too).
    static let separator: Character = "\u{2029}"
    /// The inline between two paragraphs of a value.
    static let marker = Inline.text(String(separator))

    /// The paragraphs of a text: lines separated by blank lines (or U+2029), each paragraph's lines trimmed and
    /// joined with one space. Empty paragraphs are dropped.
    static func paragraphs(_ text: String) -> [String] {
        guard text.contains(where: { $0.isNewline }) else { return [text] }
        var paragraphs: [String] = []
        var lines: [Substring] = []
        func end() {
            if !lines.isEmpty { paragraphs.append(lines.joined(separator: " ")) }
            lines = []
        }
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline && $0 != separator }) {
            for (i, part) in line.split(separator: separator, omittingEmptySubsequences: false).enumerated() {
                if i > 0 { end() }
                let trimmed = part.trimmingWhitespace()
                if trimmed.isEmpty { end() } else { lines.append(trimmed) }
            }
        }
        end()
        return paragraphs.isEmpty ? [""] : paragraphs
    }

    /// A value's text as inlines: its paragraphs with `marker` between them.
    static func inlines(_ text: String) -> [Inline] {
        var out: [Inline] = []
        for (i, paragraph) in paragraphs(text).enumerated() {
            if i > 0 { out.append(marker) }
            out.append(.text(paragraph))
        }
        return out
    }

    /// The paragraphs of a paragraph's content, split at each top-level marker; markers nested in emphasis or
    /// strong text become line breaks.
    static func split(_ content: [Inline]) -> [[Inline]] {
        var out: [[Inline]] = [[]]
        for inline in content {
            if inline == marker {
                out.append([])
            } else {
                out[out.count - 1] += flattened([inline])
            }
        }
        return out.filter { !$0.isEmpty }.isEmpty ? [[]] : out.filter { !$0.isEmpty }
    }

    /// The content with every marker written as a line break, for blocks that hold one paragraph.
    static func flattened(_ content: [Inline]) -> [Inline] {
        content.map { inline in
            switch inline {
            case marker: return .lineBreak
            case .emphasis(let inner): return .emphasis(flattened(inner))
            case .strong(let inner): return .strong(flattened(inner))
            case .definition(let term, let inner): return .definition(term: term, content: flattened(inner))
            case .termUse(let term, let inner): return .termUse(term: term, content: flattened(inner))
            default: return inline
            }
        }
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate func trimmingWhitespace() -> Substring {
        var s = self
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return s
    }
}
