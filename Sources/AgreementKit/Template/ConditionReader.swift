/// Calls `ConditionParser` for conditions and paths written in clause files and library YAML, with exact locations
/// for a condition whose text was joined from several lines of a paragraph. (The bounds on length and nesting are
/// the parser's own, so every caller has them.)
enum ConditionReader {
    /// Parses a condition written on one line, starting at `location`.
    static func parse(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> Condition {
        try ConditionParser.parse(text, at: location)
    }

    /// Parses a value path written on one line, starting at `location`.
    static func parsePath(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> AnswerPath {
        try ConditionParser.parsePath(text, at: location)
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
        case .and(let operands): kind = .and(operands.map { remap($0, text, start) })
        case .or(let operands): kind = .or(operands.map { remap($0, text, start) })
        case .compare(let a, let op, let b): kind = .compare(remap(a, text, start), op, remap(b, text, start))
        case .count(let a): kind = .count(remap(a, text, start))
        case .answered(let a): kind = .answered(remap(a, text, start))
        case .any(let l, let v, let c): kind = .any(remap(l, text, start), v, remap(c, text, start))
        }
        return Expression(kind, at: remap(e.location, text, start))
    }
}
