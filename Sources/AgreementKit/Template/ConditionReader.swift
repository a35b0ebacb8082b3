/// Calls `ConditionParser` for conditions and paths written in clause files and library YAML, with two additions:
/// a bound on length and nesting (the condition parser is recursive, and a clause file is untrusted input), and
/// exact locations for a condition whose text was joined from several lines of a paragraph.
enum ConditionReader {
    /// The longest condition or path accepted, in characters.
    static let maximumLength = 1000
    /// The deepest nesting of parentheses and brackets accepted.
    static let maximumNesting = 32

    /// Parses a condition written on one line, starting at `location`.
    static func parse(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> Condition {
        try check(Array(text.unicodeScalars), at: location)
        return try ConditionParser.parse(text, at: location)
    }

    /// Parses a value path written on one line, starting at `location`.
    static func parsePath(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> AnswerPath {
        try check(Array(text.unicodeScalars), at: location)
        return try ConditionParser.parsePath(text, at: location)
    }

    /// Parses the condition in `range` of a markup text (trimmed), with locations mapped back to the file.
    static func parse(_ markup: MarkupText, _ range: Range<Int>) throws(DiagnosticError) -> Condition {
        let text = markup.slice(range)
        let all = 0..<text.count
        let start = text.location(0)
        if text.isContiguous(all) { return try parse(text.string(all), at: start) }
        do {
            let condition = try parse(text.string(all), at: start)
            return Condition(source: condition.source, expression: remap(condition.expression, text, start))
        } catch {
            throw remap(error, text, start)
        }
    }

    /// Parses the value path in `range` of a markup text (trimmed), with locations mapped back to the file.
    static func parsePath(_ markup: MarkupText, _ range: Range<Int>) throws(DiagnosticError) -> AnswerPath {
        let text = markup.slice(range)
        let all = 0..<text.count
        let start = text.location(0)
        do {
            return try parsePath(text.string(all), at: start)
        } catch {
            throw text.isContiguous(all) ? error : remap(error, text, start)
        }
    }

    /// Refuses text too long or too deeply nested for the recursive condition parser.
    private static func check(_ scalars: [Unicode.Scalar], at location: SourceLocation) throws(DiagnosticError) {
        if scalars.count > maximumLength {
            throw DiagnosticError(Message(.conditionTooLong, ["maximum": "\(maximumLength)"]), at: location)
        }
        var depth = 0
        var inString = false
        var escaped = false
        for (i, c) in scalars.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    inString = false
                }
                continue
            }
            switch c {
            case "\"": inString = true
            case "(", "[":
                depth += 1
                if depth > maximumNesting {
                    var at = location
                    at.column += i
                    throw DiagnosticError(
                        Message(.conditionNestedTooDeep, ["maximum": "\(maximumNesting)"]), at: at)
                }
            case ")", "]": depth -= 1
            default: break
            }
        }
    }

    /// Moves a location computed as `start.column + offset` (the condition parser's way) to the character's place.
    private static func remap(_ location: SourceLocation, _ text: MarkupText, _ start: SourceLocation) -> SourceLocation
    {
        guard location.file == start.file, location.line == start.line else { return location }
        return text.location(location.column - start.column)
    }

    private static func remap(_ error: DiagnosticError, _ text: MarkupText, _ start: SourceLocation) -> DiagnosticError
    {
        DiagnosticError(
            error.diagnostics.map { d in
                var d = d
                if let location = d.location { d.location = remap(location, text, start) }
                return d
            })
    }

    private static func remap(_ e: Expression, _ text: MarkupText, _ start: SourceLocation) -> Expression {
        let kind: Expression.Kind
        switch e.kind {
        case .string, .integer, .boolean, .path: kind = e.kind
        case .list(let items): kind = .list(items.map { remap($0, text, start) })
        case .not(let a): kind = .not(remap(a, text, start))
        case .and(let a, let b): kind = .and(remap(a, text, start), remap(b, text, start))
        case .or(let a, let b): kind = .or(remap(a, text, start), remap(b, text, start))
        case .compare(let a, let op, let b): kind = .compare(remap(a, text, start), op, remap(b, text, start))
        case .count(let a): kind = .count(remap(a, text, start))
        case .answered(let a): kind = .answered(remap(a, text, start))
        case .any(let l, let v, let c): kind = .any(remap(l, text, start), v, remap(c, text, start))
        }
        return Expression(kind, at: remap(e.location, text, start))
    }
}
