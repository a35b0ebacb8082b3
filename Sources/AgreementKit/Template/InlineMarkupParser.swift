/// Parses the inline markup of `docs/clause-format.md` ("Inlines", "Values and filters") in one left-to-right pass:
/// every character is read once, so the time is linear in the text. Nesting is bounded, so no input can exhaust
/// the stack. The first problem stops the parse and is thrown with the location of the offending character.
struct InlineMarkupParser {
    /// The deepest nesting of `{{if}}`, `{{for}}`, `*` and `**` accepted.
    static let maximumNesting = 64
    /// The characters a backslash turns into literal text.
    static let escapable: Set<Unicode.Scalar> = ["*", "[", "{", "\\", "#", "-", "+", "|"]
    /// The directive words, for "did you mean" hints.
    static let directives = [
        "if", "elif", "else", "end", "for", "ref", "Ref", "num", "survivors", "Survivors", "blank", "note", "br",
    ]

    private let text: MarkupText
    private var position = 0

    init(_ text: MarkupText) {
        self.text = text
    }

    /// Parses the whole text.
    mutating func parse() throws(DiagnosticError) -> [TemplateInline] {
        let (content, _) = try sequence(Context(closer: .end, openedAt: 0, depth: 0))
        return content
    }

    // MARK: - Sequences

    /// What ends a sequence of inlines.
    private enum Closer { case end, emphasis, strong, branch, loop }

    /// Why a sequence stopped.
    private enum Stop {
        case endOfText, closed
        case elif(Condition, at: Int)
        case otherwise(at: Int)
        case end(at: Int)
    }

    private struct Context {
        var closer: Closer
        /// Where the construct this sequence belongs to was opened (`*`, `**`, `{{if`, `{{for`).
        var openedAt: Int
        var depth: Int
        /// The innermost open `*` and `**` of the same branch, if any.
        var emphasisAt: Int?
        var strongAt: Int?
        /// The `{{if ...}}` or `{{for ...}}` as written, for messages.
        var opener = ""
    }

    private func location(_ i: Int) -> SourceLocation { text.location(i) }

    private func error(_ key: MessageKey, _ values: [String: Message.Value] = [:], at i: Int) -> DiagnosticError {
        DiagnosticError(MarkupMessage.make(key, values), at: location(i))
    }

    private func describe(_ i: Int) -> Message.Value {
        let l = location(i)
        return .text("\(l.line):\(l.column)")
    }

    private mutating func sequence(_ context: Context) throws(DiagnosticError) -> ([TemplateInline], Stop) {
        if context.depth > Self.maximumNesting {
            throw error(.templateMarkupTooDeep, ["maximum": "\(Self.maximumNesting)"], at: context.openedAt)
        }
        var items: [TemplateInline] = []
        var buffer: [Unicode.Scalar] = []
        func flush() {
            if !buffer.isEmpty {
                items.append(.text(String(scalars: buffer)))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        while position < text.count {
            let c = text[position]
            let next = text.at(position + 1)
            switch c {
            case "\\":
                if let next, Self.escapable.contains(next) {
                    buffer.append(next)
                    position += 2
                } else {
                    buffer.append(c)
                    position += 1
                }
            case "*":
                if next == "*" {
                    if context.closer == .strong {
                        position += 2
                        flush()
                        return (items, .closed)
                    }
                    if context.closer == .emphasis, context.strongAt != nil {
                        position += 1
                        flush()
                        return (items, .closed)
                    }
                    flush()
                    let open = position
                    position += 2
                    var inner = Context(closer: .strong, openedAt: open, depth: context.depth + 1)
                    inner.strongAt = open
                    inner.emphasisAt = context.emphasisAt
                    items.append(.strong(try sequence(inner).0))
                } else {
                    if context.closer == .emphasis {
                        position += 1
                        flush()
                        return (items, .closed)
                    }
                    if let outer = context.emphasisAt, let strong = context.strongAt {
                        throw error(
                            .templateStarCrosses, ["outer": describe(outer), "strong": describe(strong)], at: position)
                    }
                    flush()
                    let open = position
                    position += 1
                    var inner = Context(closer: .emphasis, openedAt: open, depth: context.depth + 1)
                    inner.emphasisAt = open
                    inner.strongAt = context.strongAt
                    items.append(.emphasis(try sequence(inner).0))
                }
            case "[" where next == "[":
                flush()
                items.append(try term())
            case "{" where next == "{":
                flush()
                let open = position
                switch try directive(context) {
                case .inline(let inline):
                    items.append(inline)
                case .stop(let stop):
                    switch context.closer {
                    case .branch, .loop:
                        return (items, stop)
                    case .emphasis:
                        throw error(.templateStarOpenDirective, at: context.openedAt)
                    case .strong:
                        throw error(.templateStrongOpenDirective, at: context.openedAt)
                    case .end:
                        switch stop {
                        case .elif: throw error(.templateElifWithoutIf, at: open)
                        case .otherwise: throw error(.templateElseWithoutIf, at: open)
                        default: throw error(.templateEndWithout, at: open)
                        }
                    }
                }
            default:
                buffer.append(c)
                position += 1
            }
        }
        flush()
        switch context.closer {
        case .end: return (items, .endOfText)
        case .emphasis: throw error(.templateStarNotClosed, at: context.openedAt)
        case .strong: throw error(.templateStrongNotClosed, at: context.openedAt)
        case .branch, .loop: throw error(.templateNotClosed, ["directive": .text(context.opener)], at: context.openedAt)
        }
    }

    // MARK: - Terms

    /// `[[term]]`, `[[term|display]]`, `[[=term]]`, with `position` at `[[`.
    private mutating func term() throws(DiagnosticError) -> TemplateInline {
        let open = position
        var j = open + 2
        var close: Int?
        while j + 1 < text.count {
            if text[j] == "\\" {
                j += 2
                continue
            }
            if text[j] == "]", text[j + 1] == "]" {
                close = j
                break
            }
            j += 1
        }
        guard let close else { throw error(.templateTermNotClosed, at: open) }
        position = close + 2
        var start = open + 2
        while start < close, MarkupText.isSpace(text[start]) { start += 1 }
        if start < close, text[start] == "=" {
            let id = try identifier(start + 1..<close)
            return .definition(id: id, location: location(open))
        }
        var bar: Int?
        var k = start
        while k < close {
            if text[k] == "\\" {
                k += 2
                continue
            }
            if text[k] == "|" {
                bar = k
                break
            }
            k += 1
        }
        let id = try identifier(start..<(bar ?? close))
        guard let bar else { return .term(id: id, display: nil, location: location(open)) }
        let display = unescaped(bar + 1..<close)
        if display.isEmpty { throw error(.templateDisplayEmpty, at: bar) }
        return .term(id: id, display: display, location: location(open))
    }

    /// The id in `range` (trimmed): letters, digits, `-` and `_`.
    private func identifier(_ range: Range<Int>) throws(DiagnosticError) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, MarkupText.isSpace(text[lower]) { lower += 1 }
        while upper > lower, MarkupText.isSpace(text[upper - 1]) { upper -= 1 }
        if lower == upper { throw error(.templateTermIdEmpty, at: lower) }
        for i in lower..<upper where !Self.isIdentifierCharacter(text[i]) {
            throw error(.templateTermIdCharacters, at: i)
        }
        return text.string(lower..<upper)
    }

    static func isIdentifierCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
    }

    /// The text in `range`, trimmed, with backslash escapes applied.
    private func unescaped(_ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, MarkupText.isSpace(text[lower]) { lower += 1 }
        while upper > lower, MarkupText.isSpace(text[upper - 1]) { upper -= 1 }
        var s: [Unicode.Scalar] = []
        var i = lower
        while i < upper {
            if text[i] == "\\", i + 1 < upper, Self.escapable.contains(text[i + 1]) {
                s.append(text[i + 1])
                i += 2
            } else {
                s.append(text[i])
                i += 1
            }
        }
        return String(scalars: s)
    }

    // MARK: - Directives

    private enum Directive {
        case inline(TemplateInline)
        case stop(Stop)
    }

    /// A `{{ ... }}` directive, with `position` at `{{`.
    private mutating func directive(_ context: Context) throws(DiagnosticError) -> Directive {
        let open = position
        var j = open + 2
        var close: Int?
        while j < text.count {
            let c = text[j]
            if c == "\"" {
                let quote = j
                j += 1
                while j < text.count, text[j] != "\"" { j += text[j] == "\\" ? 2 : 1 }
                if j >= text.count { throw error(.templateQuoteNotClosed, at: quote) }
                j += 1
                continue
            }
            if c == "}", text.at(j + 1) == "}" {
                close = j
                break
            }
            j += 1
        }
        guard let close else { throw error(.templateDirectiveNotClosed, at: open) }
        position = close + 2

        var p = open + 2
        while p < close, MarkupText.isSpace(text[p]) { p += 1 }
        let wordStart = p
        while p < close, Self.isIdentifierCharacter(text[p]) { p += 1 }
        let word = text.string(wordStart..<p)
        var restStart = p
        while restStart < close, MarkupText.isSpace(text[restStart]) { restStart += 1 }
        let restIsEmpty = restStart == close

        func noArgument(_ name: String) throws(DiagnosticError) {
            if !restIsEmpty { throw error(.templateTextAfter, ["name": .text(name)], at: restStart) }
        }

        switch word {
        case "if":
            let condition = try ConditionReader.parse(text, p..<close)
            return .inline(try conditional(first: condition, openedAt: open, opener: opener(open, close), context))
        case "elif":
            return .stop(.elif(try ConditionReader.parse(text, p..<close), at: open))
        case "else":
            if !restIsEmpty {
                throw error(.templateElseCondition, at: restStart)
            }
            return .stop(.otherwise(at: open))
        case "end":
            try noArgument("end")
            return .stop(.end(at: open))
        case "for":
            let (variable, list) = try loopHeader(p..<close, at: open)
            var inner = Context(closer: .loop, openedAt: open, depth: context.depth + 1)
            inner.opener = opener(open, close)
            let (body, stop) = try sequence(inner)
            switch stop {
            case .elif(_, let at):
                throw error(.templateElifInFor, ["at": describe(open)], at: at)
            case .otherwise(let at):
                throw error(.templateElseInFor, ["at": describe(open)], at: at)
            default:
                return .inline(
                    .loop(TemplateLoop(variable: variable, list: list, body: body, location: location(open))))
            }
        case "ref", "Ref", "num":
            let id = try referenceTarget(p..<close, directive: word)
            let form: ReferenceForm = word == "ref" ? .clause : word == "Ref" ? .clauseCapitalized : .number
            return .inline(.reference(target: id, form: form, location: location(open)))
        case "survivors", "Survivors":
            try noArgument(word)
            return .inline(.survivors(capitalized: word == "Survivors", location: location(open)))
        case "blank":
            let label = try quoted(restStart..<close, note: false)
            return .inline(.blank(label: label, location: location(open)))
        case "note":
            let note = try quoted(restStart..<close, note: true)
            if note.unicodeScalars.allSatisfy(MarkupText.isSpace) { throw error(.templateNoteEmpty, at: restStart) }
            return .inline(.note(text: note, location: location(open)))
        case "br":
            try noArgument("br")
            return .inline(.lineBreak)
        default:
            if !word.isEmpty, restStart > p, !restIsEmpty, text[restStart] != "|" {
                let hint = word.count <= 64 ? SpellingSuggestion.closest(to: word, in: Self.directives) : nil
                throw hint == nil
                    ? error(.templateUnknownDirectiveHelp, ["word": .text(word)], at: wordStart)
                    : error(
                        .templateUnknownDirective,
                        ["word": .text(word), "hint": SpellingSuggestion.hintValue(for: word, in: Self.directives)],
                        at: wordStart)
            }
            if wordStart == close { throw error(.templateEmptyDirective, at: open) }
            return .inline(.value(try value(open + 2..<close, openedAt: open)))
        }
    }

    /// A directive as written, shortened when long, for messages.
    private func opener(_ open: Int, _ close: Int) -> String {
        close + 2 - open <= 60 ? text.string(open..<close + 2) : text.string(open..<open + 56) + "...}}"
    }

    /// The rest of an inline `{{if}}` after its first condition.
    private mutating func conditional(
        first: Condition, openedAt open: Int, opener: String, _ context: Context
    ) throws(DiagnosticError) -> TemplateInline {
        var branches = [TemplateBranch<TemplateInline>(condition: first, content: [])]
        var otherwise: [TemplateInline]?
        var inner = Context(closer: .branch, openedAt: open, depth: context.depth + 1)
        inner.opener = opener
        while true {
            let (content, stop) = try sequence(inner)
            if otherwise != nil { otherwise = content } else { branches[branches.count - 1].content = content }
            switch stop {
            case .elif(let condition, let at):
                if otherwise != nil { throw error(.templateElifAfterElse, at: at) }
                branches.append(TemplateBranch(condition: condition, content: []))
            case .otherwise(let at):
                if otherwise != nil { throw error(.templateSecondElse, ["at": describe(open)], at: at) }
                otherwise = []
            case .end, .endOfText, .closed:
                return .conditional(branches: branches, otherwise: otherwise)
            }
        }
    }

    /// `NAME in LIST` of a `{{for}}` in `range`, for the `{{for` at `open` (also used for block loops).
    func loopHeader(_ range: Range<Int>, at open: Int) throws(DiagnosticError) -> (String, ValueReference) {
        var p = range.lowerBound
        while p < range.upperBound, MarkupText.isSpace(text[p]) { p += 1 }
        let nameStart = p
        while p < range.upperBound, Self.isIdentifierCharacter(text[p]), text[p] != "-" { p += 1 }
        guard p > nameStart, let first = text.at(nameStart), !(first >= "0" && first <= "9") else {
            throw error(.templateLoopName, at: nameStart)
        }
        let name = text.string(nameStart..<p)
        var q = p
        while q < range.upperBound, MarkupText.isSpace(text[q]) { q += 1 }
        guard q > p, q + 2 <= range.upperBound, text[q] == "i", text[q + 1] == "n",
            q + 2 == range.upperBound || MarkupText.isSpace(text[q + 2])
        else {
            throw error(.templateLoopIn, at: q)
        }
        let listRange = q + 2..<range.upperBound
        let path = try ConditionReader.parsePath(text, listRange)
        var listStart = listRange.lowerBound
        while listStart < listRange.upperBound, MarkupText.isSpace(text[listStart]) { listStart += 1 }
        return (name, ValueReference(path: path, location: location(listStart)))
    }

    /// The target of `{{ref ID}}`.
    private func referenceTarget(_ range: Range<Int>, directive: String) throws(DiagnosticError) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, MarkupText.isSpace(text[lower]) { lower += 1 }
        while upper > lower, MarkupText.isSpace(text[upper - 1]) { upper -= 1 }
        if lower == upper {
            throw error(.templateReferenceEmpty, ["directive": .text(directive)], at: lower)
        }
        for i in lower..<upper where !Self.isIdentifierCharacter(text[i]) {
            throw error(.templateClauseIdCharacters, at: i)
        }
        return text.string(lower..<upper)
    }

    /// The quoted text of `{{blank "label"}}` / `{{note "text"}}`.
    private func quoted(_ range: Range<Int>, note: Bool) throws(DiagnosticError) -> String {
        guard range.lowerBound < range.upperBound, text[range.lowerBound] == "\"" else {
            throw error(note ? .templateExpectedNote : .templateExpectedLabel, at: range.lowerBound)
        }
        var s: [Unicode.Scalar] = []
        var i = range.lowerBound + 1
        while i < range.upperBound, text[i] != "\"" {
            if text[i] == "\\", i + 1 < range.upperBound, text[i + 1] == "\"" || text[i + 1] == "\\" {
                s.append(text[i + 1])
                i += 2
            } else {
                s.append(text[i])
                i += 1
            }
        }
        i += 1
        while i < range.upperBound, MarkupText.isSpace(text[i]) { i += 1 }
        if i < range.upperBound { throw error(note ? .templateTextAfterNote : .templateTextAfterLabel, at: i) }
        return String(scalars: s)
    }

    /// `PATH | FILTER | FILTER`.
    private func value(_ range: Range<Int>, openedAt open: Int) throws(DiagnosticError) -> ValueReference {
        var bars: [Int] = []
        for i in range where text[i] == "|" { bars.append(i) }
        let pathEnd = bars.first ?? range.upperBound
        let path = try ConditionReader.parsePath(text, range.lowerBound..<pathEnd)
        var filters: [ValueFilter] = []
        for (n, bar) in bars.enumerated() {
            var lower = bar + 1
            var upper = n + 1 < bars.count ? bars[n + 1] : range.upperBound
            while lower < upper, MarkupText.isSpace(text[lower]) { lower += 1 }
            while upper > lower, MarkupText.isSpace(text[upper - 1]) { upper -= 1 }
            if lower == upper { throw error(.templateFilterName, at: bar) }
            let name = text.string(lower..<upper)
            guard let filter = ValueFilter(rawValue: name) else {
                let names = ValueFilter.allCases.map(\.rawValue)
                let hint = name.count <= 64 ? SpellingSuggestion.hintValue(for: name, in: names) : ""
                throw error(
                    .templateUnknownFilter,
                    ["name": .text(name), "hint": hint, "filters": .text(names.joined(separator: ", "))], at: lower)
            }
            filters.append(filter)
        }
        return ValueReference(path: path, filters: filters, location: location(open))
    }
}
