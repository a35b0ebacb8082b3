/// Parses the block markup of `docs/clause-format.md` ("Blocks"): each line is classified once, then read in one
/// pass. Problems are collected (one per paragraph, list item or table cell at most) so the author sees them all.
struct BlockMarkupParser {
    /// The deepest nesting of block `{{if}}` / `{{for}}` accepted.
    static let maximumNesting = 64

    private enum Keyword: Equatable { case `if`, elif, `else`, end, `for` }

    private enum LineKind: Equatable {
        case blank
        /// `##` ... : the number of `#` and where the first stands.
        case heading(marks: Int, at: Int)
        /// `{{if C}}` alone on its line: the keyword, the text after it up to `}}`, and where `{{` stands.
        case directive(Keyword, argument: Range<Int>, at: Int)
        /// `- ` or `+ ` after `indent` characters of indentation.
        case item(indent: Int, kind: ListKind)
        /// A line starting with `|`.
        case row
        case text
    }

    private let file: String
    private let lines: [[Unicode.Scalar]]
    private let firstLine: Int
    private var kinds: [LineKind] = []
    private var index = 0
    private var aborted = false
    /// The problems found.
    private(set) var diagnostics: [Diagnostic] = []

    init(_ text: String, file: String, firstLine: Int) {
        self.file = file
        self.lines = MarkupText.lines(of: text)
        self.firstLine = firstLine
        self.kinds = lines.map(Self.classify)
    }

    /// Parses every line.
    mutating func parse() -> [TemplateBlock] {
        var blocks: [TemplateBlock] = []
        while true {
            blocks += sequence(depth: 0, nesting: 0, inside: nil)
            guard index < lines.count, !aborted else { break }
            if case .directive(let keyword, _, let at) = kinds[index] {
                let key: MessageKey =
                    keyword == .elif
                    ? .templateElifWithoutIf : keyword == .else ? .templateElseWithoutIf : .templateEndWithout
                report(key, line: index, column: at)
            }
            index += 1
        }
        return blocks
    }

    // MARK: - Lines

    private static func classify(_ s: [Unicode.Scalar]) -> LineKind {
        var t = 0
        while t < s.count, MarkupText.isSpace(s[t]) { t += 1 }
        if t == s.count { return .blank }
        var e = s.count
        while e > t, MarkupText.isSpace(s[e - 1]) { e -= 1 }
        switch s[t] {
        case "#":
            var n = t
            while n < s.count, s[n] == "#" { n += 1 }
            if n == s.count || MarkupText.isSpace(s[n]) { return .heading(marks: n - t, at: t) }
        case "-", "+":
            if t + 1 < s.count, MarkupText.isSpace(s[t + 1]) {
                return .item(indent: t, kind: s[t] == "-" ? .bulleted : .numbered)
            }
        case "|":
            return .row
        case "{":
            if t + 1 < e, s[t + 1] == "{", let close = directiveEnd(s, from: t + 2, to: e), close + 2 == e {
                var w = t + 2
                while w < close, MarkupText.isSpace(s[w]) { w += 1 }
                let wordStart = w
                while w < close, InlineMarkupParser.isIdentifierCharacter(s[w]) { w += 1 }
                let keyword: Keyword?
                switch String(scalars: s[wordStart..<w]) {
                case "if": keyword = .if
                case "elif": keyword = .elif
                case "else": keyword = .else
                case "end": keyword = .end
                case "for": keyword = .for
                default: keyword = nil
                }
                if let keyword { return .directive(keyword, argument: w..<close, at: t) }
            }
        default:
            break
        }
        return .text
    }

    /// The index of the `}}` closing a directive whose content starts at `from`, skipping quoted text.
    private static func directiveEnd(_ s: [Unicode.Scalar], from: Int, to end: Int) -> Int? {
        var j = from
        while j < end {
            if s[j] == "\"" {
                j += 1
                while j < end, s[j] != "\"" { j += s[j] == "\\" ? 2 : 1 }
                j += 1
                continue
            }
            if s[j] == "}", j + 1 < end, s[j + 1] == "}" { return j }
            j += 1
        }
        return nil
    }

    private func location(line: Int, column index: Int) -> SourceLocation {
        SourceLocation(file: file, line: firstLine + line, column: index + 1)
    }

    private mutating func report(_ message: Message, line: Int, column index: Int) {
        diagnostics.append(Diagnostic(.error, message, at: location(line: line, column: index)))
    }

    private mutating func report(
        _ key: MessageKey, _ values: [String: Message.Value] = [:], line: Int, column index: Int
    ) {
        report(MarkupMessage.make(key, values), line: line, column: index)
    }

    private mutating func report(_ error: DiagnosticError) {
        diagnostics += error.diagnostics
    }

    /// Line `i` as markup text, every character at its own column.
    private func markup(line i: Int) -> MarkupText {
        var text = MarkupText(file: file, start: location(line: i, column: 0))
        text.append(line: lines[i], 0..<lines[i].count, line: firstLine + i)
        return text
    }

    /// The range of line `i` without leading and trailing spaces.
    private func trimmedRange(_ i: Int, from start: Int = 0) -> Range<Int> {
        let s = lines[i]
        var t = min(start, s.count)
        while t < s.count, MarkupText.isSpace(s[t]) { t += 1 }
        var e = s.count
        while e > t, MarkupText.isSpace(s[e - 1]) { e -= 1 }
        return t..<e
    }

    private func describe(line i: Int) -> Message.Value {
        .message(Message(.templateLine, ["line": "\(firstLine + i)"]))
    }

    /// The directive on line `i` as written, shortened when long, for messages.
    private func directive(line i: Int) -> String {
        let range = trimmedRange(i)
        let s = lines[i]
        if range.count <= 60 { return String(scalars: s[range]) }
        return String(scalars: s[range.lowerBound..<range.lowerBound + 56]) + "...}}"
    }

    // MARK: - Sequences

    /// Blocks until the end, a heading of depth `depth` or less, or an `{{elif}}` / `{{else}}` / `{{end}}` line.
    /// `inside` names the `{{if}}` or `{{for}}` (and its line) whose body this is: there a heading of depth `depth`
    /// or less cannot end the enclosing sub-clause, and is reported (then read as if it were allowed).
    private mutating func sequence(depth: Int, nesting: Int, inside: (name: String, line: Int)?) -> [TemplateBlock] {
        var blocks: [TemplateBlock] = []
        while index < lines.count, !aborted {
            switch kinds[index] {
            case .blank:
                index += 1
            case .heading(let marks, let at):
                if marks == 1 {
                    report(.templateSingleHash, line: index, column: at)
                    index += 1
                    continue
                }
                if marks > ModelValidator.maxClauseDepth {
                    let most = ModelValidator.maxClauseDepth
                    report(.templateTooManyHashes, ["most": "\(most)"], line: index, column: at)
                    index += 1
                    continue
                }
                let level = marks - 1
                if level <= depth {
                    guard let inside else { return blocks }
                    report(
                        .templateHeadingEndsDirective,
                        ["directive": "{{\(inside.name)}}", "at": describe(line: inside.line)], line: index, column: at)
                    blocks.append(subclause(level: level, marks: marks, at: at, nesting: nesting))
                    continue
                }
                if level > depth + 1 {
                    let expected = String(repeating: "#", count: depth + 2)
                    let values: [String: Message.Value] = [
                        "marks": .text(String(repeating: "#", count: marks)),
                        "outer": .text(String(repeating: "#", count: marks - 1)), "expected": .text(expected),
                    ]
                    report(.templateHeadingLevel, values, line: index, column: at)
                }
                blocks.append(subclause(level: level, marks: marks, at: at, nesting: nesting))
            case .directive(let keyword, _, _):
                // An `{{if}}` or `{{for}}` whose body starts with a heading of this sub-clause's level or above holds
                // whole sub-clauses: it ends this sub-clause and belongs to the enclosing level.
                if keyword == .if || keyword == .for, inside == nil, depth > 0,
                    let level = leadingHeadingLevel(after: index), level <= depth
                {
                    return blocks
                }
                switch keyword {
                case .if: blocks.append(conditional(depth: depth, nesting: nesting))
                case .for: blocks.append(loop(depth: depth, nesting: nesting))
                case .elif, .else, .end: return blocks
                }
            case .item:
                blocks.append(list())
            case .row:
                if let table = table() { blocks.append(table) }
            case .text:
                if let paragraph = paragraph() { blocks.append(paragraph) }
            }
        }
        return blocks
    }

    /// The level of the heading that first follows line `i` (skipping blank lines and nested `{{if}}` / `{{for}}`
    /// lines), if a heading comes before any other content.
    private func leadingHeadingLevel(after i: Int) -> Int? {
        var j = i + 1
        while j < lines.count {
            switch kinds[j] {
            case .blank: j += 1
            case .directive(.if, _, _), .directive(.for, _, _): j += 1
            case .heading(let marks, _): return marks - 1
            default: return nil
            }
        }
        return nil
    }

    // MARK: - Sub-clauses

    private mutating func subclause(level: Int, marks: Int, at: Int, nesting: Int) -> TemplateBlock {
        let i = index
        index += 1
        let s = lines[i]
        let content = trimmedRange(i, from: at + marks)
        var headingEnd = content.upperBound
        var id: String?
        // A trailing `{#id}`.
        if content.count >= 3, s[content.upperBound - 1] == "}" {
            var j = content.upperBound - 2
            while j > content.lowerBound, s[j] != "}" {
                if s[j] == "#", s[j - 1] == "{", j - 1 == content.lowerBound || s[j - 2] != "\\" {
                    headingEnd = j - 1
                    break
                }
                j -= 1
            }
            if headingEnd < content.upperBound {
                id = anchor(line: i, headingEnd + 2..<content.upperBound - 1)
            }
        }
        if let stray = (content.lowerBound..<max(content.lowerBound, headingEnd - 1)).first(where: { k in
            s[k] == "{" && s[k + 1] == "#" && (k == 0 || s[k - 1] != "\\")
        }) {
            report(.templateAnchorNotLast, line: i, column: stray)
        }
        let text = markup(line: i).slice(content.lowerBound..<headingEnd)
        var heading: [TemplateInline]?
        if !text.isEmpty {
            var parser = InlineMarkupParser(text)
            do { heading = try parser.parse() } catch { report(error) }
        }
        let body = sequence(depth: level, nesting: nesting, inside: nil)
        return .subclause(
            TemplateSubclause(
                id: id, heading: heading, depth: level, body: body, location: location(line: i, column: at)))
    }

    /// The id of a `{#id}`, checked.
    private mutating func anchor(line i: Int, _ range: Range<Int>) -> String? {
        let s = lines[i]
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, MarkupText.isSpace(s[lower]) { lower += 1 }
        while upper > lower, MarkupText.isSpace(s[upper - 1]) { upper -= 1 }
        if lower == upper {
            report(.templateAnchorEmpty, line: i, column: lower)
            return nil
        }
        for k in lower..<upper where !InlineMarkupParser.isIdentifierCharacter(s[k]) {
            report(.templateAnchorCharacters, line: i, column: k)
            return nil
        }
        return String(scalars: s[lower..<upper])
    }

    // MARK: - Conditionals and loops

    private mutating func nestingAllowed(_ nesting: Int) -> Bool {
        if nesting >= Self.maximumNesting {
            report(.templateNestingTooDeep, ["maximum": "\(Self.maximumNesting)"], line: index, column: 0)
            aborted = true
            return false
        }
        return true
    }

    private mutating func condition(line i: Int, _ argument: Range<Int>) -> Condition? {
        do {
            return try ConditionReader.parse(markup(line: i), argument)
        } catch {
            report(error)
            return nil
        }
    }

    private mutating func conditional(depth: Int, nesting: Int) -> TemplateBlock {
        guard case .directive(_, let argument, let at) = kinds[index], nestingAllowed(nesting) else {
            return .conditional(branches: [], otherwise: nil)
        }
        let ifLine = index
        var pending = condition(line: index, argument)
        index += 1
        var branches: [TemplateBranch<TemplateBlock>] = []
        var otherwise: [TemplateBlock]?
        while true {
            let content = sequence(depth: depth, nesting: nesting + 1, inside: ("if", ifLine))
            if otherwise != nil {
                otherwise = content
            } else if let condition = pending {
                branches.append(TemplateBranch(condition: condition, content: content))
            }
            if aborted { break }
            guard index < lines.count else {
                report(.templateNotClosed, ["directive": .text(directive(line: ifLine))], line: ifLine, column: at)
                break
            }
            switch kinds[index] {
            case .directive(.elif, let argument, let elifAt):
                if otherwise != nil {
                    report(.templateElifAfterElseIn, ["at": describe(line: ifLine)], line: index, column: elifAt)
                }
                pending = condition(line: index, argument)
                index += 1
            case .directive(.else, let argument, let elseAt):
                if let extra = firstNonSpace(index, argument) {
                    report(.templateElseCondition, line: index, column: extra)
                } else if otherwise != nil {
                    report(.templateSecondElse, ["at": describe(line: ifLine)], line: index, column: elseAt)
                }
                otherwise = otherwise ?? []
                pending = nil
                index += 1
            case .directive(.end, let argument, _):
                checkEmpty(argument, after: "end")
                index += 1
                return .conditional(branches: branches, otherwise: otherwise)
            default:
                index += 1
            }
        }
        return .conditional(branches: branches, otherwise: otherwise)
    }

    private mutating func checkEmpty(_ argument: Range<Int>, after name: String) {
        if let extra = firstNonSpace(index, argument) {
            report(.templateTextAfter, ["name": .text(name)], line: index, column: extra)
        }
    }

    /// The first character in `range` of line `i` that is not a space, if any.
    private func firstNonSpace(_ i: Int, _ range: Range<Int>) -> Int? {
        range.first { !MarkupText.isSpace(lines[i][$0]) }
    }

    private mutating func loop(depth: Int, nesting: Int) -> TemplateBlock {
        let placeholder = TemplateBlock.loop(
            TemplateLoop(
                variable: "",
                list: ValueReference(path: AnswerPath("", []), location: location(line: index, column: 0)),
                body: [], location: location(line: index, column: 0)))
        guard case .directive(_, let argument, let at) = kinds[index], nestingAllowed(nesting) else {
            return placeholder
        }
        let forLine = index
        var header: (String, ValueReference)?
        do {
            let parser = InlineMarkupParser(markup(line: index))
            header = try parser.loopHeader(argument, at: at)
        } catch {
            report(error)
        }
        index += 1
        var body: [TemplateBlock] = []
        while true {
            body += sequence(depth: depth, nesting: nesting + 1, inside: ("for", forLine))
            if aborted { break }
            guard index < lines.count else {
                report(.templateNotClosed, ["directive": .text(directive(line: forLine))], line: forLine, column: at)
                break
            }
            switch kinds[index] {
            case .directive(.end, let argument, _):
                checkEmpty(argument, after: "end")
                index += 1
                guard let (variable, list) = header else { return placeholder }
                return .loop(
                    TemplateLoop(
                        variable: variable, list: list, body: body, location: location(line: forLine, column: at)))
            case .directive(let keyword, _, let other):
                report(
                    keyword == .elif ? .templateElifInFor : .templateElseInFor, ["at": describe(line: forLine)],
                    line: index, column: other)
                index += 1
            default:
                index += 1
            }
        }
        return placeholder
    }

    // MARK: - Paragraphs

    private mutating func paragraph() -> TemplateBlock? {
        var text = MarkupText(file: file, start: location(line: index, column: 0))
        while index < lines.count, kinds[index] == .text {
            if !text.isEmpty { text.appendJoiningSpace() }
            text.append(line: lines[index], trimmedRange(index), line: firstLine + index)
            index += 1
        }
        var parser = InlineMarkupParser(text)
        do {
            return .paragraph(try parser.parse(), location: text.location(0))
        } catch {
            report(error)
            return nil
        }
    }

    // MARK: - Lists

    private struct Entry {
        var level: Int
        var kind: ListKind
        var text: MarkupText
        var location: SourceLocation
    }

    private mutating func list() -> TemplateBlock {
        guard case .item(let baseIndent, let baseKind) = kinds[index] else {
            return .paragraph([], location: location(line: index, column: 0))
        }
        var entries: [Entry] = []
        scan: while index < lines.count {
            switch kinds[index] {
            case .item(let indent, let kind):
                if indent < baseIndent { break scan }
                let relative = indent - baseIndent
                var level = relative / 2
                if relative % 2 != 0 {
                    report(.templateIndentTwo, line: index, column: indent)
                }
                let previous = entries.last?.level ?? -1
                if level > previous + 1 {
                    report(.templateIndentOneLevel, line: index, column: indent)
                    level = previous + 1
                }
                if level >= ListBlock.maximumDepth {
                    report(ListBlock.tooDeep(level + 1), line: index, column: indent)
                    level = ListBlock.maximumDepth - 1
                }
                var text = MarkupText(file: file, start: location(line: index, column: indent + 2))
                text.append(line: lines[index], trimmedRange(index, from: indent + 2), line: firstLine + index)
                entries.append(
                    Entry(level: level, kind: kind, text: text, location: location(line: index, column: indent)))
                index += 1
            case .text:
                let range = trimmedRange(index)
                guard !entries.isEmpty, range.lowerBound >= baseIndent + 2 else { break scan }
                let last = entries.count - 1
                if !entries[last].text.isEmpty { entries[last].text.appendJoiningSpace() }
                entries[last].text.append(line: lines[index], range, line: firstLine + index)
                index += 1
            case .blank:
                var j = index
                while j < lines.count, kinds[j] == .blank { j += 1 }
                guard j < lines.count, case .item(let indent, let kind) = kinds[j], indent >= baseIndent,
                    indent > baseIndent || kind == baseKind
                else { break scan }
                index = j
            default:
                break scan
            }
        }
        var contents: [[TemplateInline]] = []
        for entry in entries {
            if entry.text.isEmpty {
                diagnostics.append(Diagnostic(.error, Message(.templateItemEmpty), at: entry.location))
                contents.append([])
                continue
            }
            var parser = InlineMarkupParser(entry.text)
            do { contents.append(try parser.parse()) } catch {
                report(error)
                contents.append([])
            }
        }
        var i = 0
        return .list(build(entries, contents, &i, level: 0))
    }

    /// The list of the entries from `i` at `level`, with the deeper entries as children.
    private mutating func build(
        _ entries: [Entry], _ contents: [[TemplateInline]], _ i: inout Int, level: Int
    ) -> TemplateList {
        let kind = entries[i].kind
        let location = entries[i].location
        var items: [TemplateList.Item] = []
        while i < entries.count, entries[i].level >= level {
            if entries[i].level > level, !items.isEmpty {
                items[items.count - 1].children = build(entries, contents, &i, level: level + 1)
                continue
            }
            if entries[i].kind != kind {
                diagnostics.append(
                    Diagnostic(
                        .error, Message(.templateMixedList),
                        at: entries[i].location))
            }
            items.append(TemplateList.Item(content: contents[i]))
            i += 1
        }
        return TemplateList(kind: kind, items: items, location: location)
    }

    // MARK: - Tables

    private mutating func table() -> TemplateBlock? {
        struct Row {
            var line: Int
            var cells: [MarkupText]
            var location: SourceLocation
            var isSeparator: Bool
        }
        var rows: [Row] = []
        var wellFormed = true
        while index < lines.count, kinds[index] == .row {
            let range = trimmedRange(index)
            let bars = cellBoundaries(index, range)
            let text = markup(line: index)
            let rowLocation = location(line: index, column: range.lowerBound)
            if bars.count < 2 || bars.last != range.upperBound - 1 {
                report(.templateRowEnd, line: index, column: range.upperBound - 1)
                wellFormed = false
            } else {
                let cells = (0..<bars.count - 1).map { text.slice(bars[$0] + 1..<bars[$0 + 1]) }
                let isSeparator = cells.allSatisfy { cell in
                    !cell.isEmpty && cell.scalars.contains("-") && cell.scalars.allSatisfy { $0 == "-" || $0 == ":" }
                }
                rows.append(Row(line: index, cells: cells, location: rowLocation, isSeparator: isSeparator))
            }
            index += 1
        }
        guard let first = rows.first else { return nil }
        for (n, row) in rows.enumerated() {
            if row.isSeparator, n != 1 {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(n == 0 ? .templateTableStartsSeparator : .templateSeparatorPlace),
                        at: row.location))
                wellFormed = false
            }
            if row.cells.count != first.cells.count {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(.templateRowCells, ["cells": "\(row.cells.count)", "first": "\(first.cells.count)"]),
                        at: row.location))
                wellFormed = false
            }
        }
        let hasHeader = rows.count > 1 && rows[1].isSeparator
        var parsed: [[[TemplateInline]]] = []
        for row in rows where !row.isSeparator {
            var cells: [[TemplateInline]] = []
            for cell in row.cells {
                var parser = InlineMarkupParser(cell)
                do { cells.append(try parser.parse()) } catch {
                    report(error)
                    wellFormed = false
                }
            }
            parsed.append(cells)
        }
        guard wellFormed, !parsed.isEmpty else { return nil }
        let header = hasHeader ? parsed.removeFirst() : nil
        // The number of `-` in each cell of a `|---|` row of plain dashes gives the column's relative width
        // (a row with alignment colons, `|:--:|`, gives none).
        var widths: [Int]?
        if hasHeader, !rows[1].cells.contains(where: { $0.scalars.contains(":") }) {
            let dashes = rows[1].cells.map { cell in cell.scalars.filter { $0 == "-" }.count }
            if let large = dashes.first(where: { $0 > Table.maximumWidth }) {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(.modelWidthsTooLarge, ["found": "\(large)", "maximum": "\(Table.maximumWidth)"]),
                        at: rows[1].location))
                return nil
            }
            if Set(dashes).count > 1 { widths = dashes }
        }
        return .table(TemplateTable(header: header, rows: parsed, location: first.location, widths: widths))
    }

    /// The positions of the `|` that separate cells on line `i`, ignoring `|` escaped or inside `[[ ]]` and `{{ }}`.
    private func cellBoundaries(_ i: Int, _ range: Range<Int>) -> [Int] {
        let s = lines[i]
        var bars = [range.lowerBound]
        var j = range.lowerBound + 1
        while j < range.upperBound {
            switch s[j] {
            case "\\":
                j += 2
            case "[" where j + 1 < range.upperBound && s[j + 1] == "[":
                j += 2
                while j < range.upperBound, !(s[j] == "]" && j + 1 < range.upperBound && s[j + 1] == "]") { j += 1 }
                j += 2
            case "{" where j + 1 < range.upperBound && s[j + 1] == "{":
                j = Self.directiveEnd(s, from: j + 2, to: range.upperBound).map { $0 + 2 } ?? range.upperBound
            case "|":
                bars.append(j)
                j += 1
            default:
                j += 1
            }
        }
        return bars
    }
}
