/// Parses the condition language:
///
///     results_model == "open" and (count(suppliers) > 1 or not answered(grant))
///     governing_law in ["se", "dk"]
///     any(phases, p, p.end_date > project_end)
///
/// Precedence from loosest: `or`, `and`, `not`, comparisons; parentheses group. Errors name the exact column.
///
/// The parser is recursive and its input untrusted (clause files, questionnaires), so it bounds what it reads
/// itself, for every caller: a text longer than `maximumLength` is refused, and so is nesting (parentheses,
/// brackets, `not`, `any`) deeper than `maximumNesting`. `and` and `or` chains are flat nodes of any length, so the
/// expressions it makes are at most about `maximumNesting` deep and the code that walks them may recurse.
public enum ConditionParser {
    /// The longest condition or path accepted, in characters.
    public static let maximumLength = 1000
    /// The deepest nesting of parentheses, brackets, `not` and `any` accepted.
    public static let maximumNesting = 32

    /// Parses `text`, which starts at `location` in its file (the text is on one line).
    public static func parse(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> Condition {
        var parser = try Parser(text, start: location)
        let expression = try parser.parseWhole()
        return Condition(source: text, expression: expression)
    }

    /// Parses a value path as written inside `{{ }}` (without filters): `suppliers.0.name`, `s.name`.
    /// Anything after the path is an error.
    public static func parsePath(_ text: String, at location: SourceLocation) throws(DiagnosticError) -> AnswerPath {
        var parser = try Parser(text, start: location)
        parser.skipSpace()
        let start = parser.position
        guard case .path(let path) = try parser.primary().kind else {
            throw parser.error(.conditionExpectedPath, at: start)
        }
        parser.skipSpace()
        if !parser.atEnd { throw parser.error(.conditionTextAfterPath, at: parser.position) }
        return path
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let start: SourceLocation
        var position = 0
        /// How deeply parentheses, lists, `not` and `any` nest; bounded so hostile input cannot exhaust the stack.
        var depth = 0

        /// A parser of `text`, refused when longer than `maximumLength`.
        init(_ text: String, start: SourceLocation) throws(DiagnosticError) {
            scalars = Array(text.unicodeScalars)
            self.start = start
            if scalars.count > ConditionParser.maximumLength {
                throw DiagnosticError(
                    Message(.conditionTooLong, ["maximum": "\(ConditionParser.maximumLength)"]), at: start)
            }
        }

        /// Goes one level deeper, for what starts at `offset` (by default the current position).
        mutating func enter(at offset: Int? = nil) throws(DiagnosticError) {
            depth += 1
            if depth > ConditionParser.maximumNesting {
                throw error(.conditionTooDeep, ["maximum": "\(ConditionParser.maximumNesting)"], at: offset ?? position)
            }
        }

        var atEnd: Bool { position >= scalars.count }
        var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        func location(_ offset: Int) -> SourceLocation {
            SourceLocation(file: start.file, line: start.line, column: start.column + offset)
        }

        func error(_ key: MessageKey, _ values: [String: Message.Value] = [:], at offset: Int) -> DiagnosticError {
            DiagnosticError(Message(key, values), at: location(offset))
        }

        mutating func skipSpace() {
            while let c = current, c == " " || c == "\t" { position += 1 }
        }

        mutating func parseWhole() throws(DiagnosticError) -> Expression {
            skipSpace()
            if atEnd { throw error(.conditionEmpty, at: position) }
            let e = try orExpression()
            skipSpace()
            if !atEnd {
                let rest = String(scalars: scalars[position...])
                if rest.hasPrefix("&&") { throw error(.conditionUseAnd, at: position) }
                if rest.hasPrefix("||") { throw error(.conditionUseOr, at: position) }
                throw error(.conditionUnexpected, ["character": "\(Character(scalars[position]))"], at: position)
            }
            return e
        }

        /// Whether the next word is `word` (not followed by an identifier character).
        mutating func keyword(_ word: String) -> Bool {
            skipSpace()
            let w = Array(word.unicodeScalars)
            guard position + w.count <= scalars.count, Array(scalars[position..<position + w.count]) == w else {
                return false
            }
            if position + w.count < scalars.count, Self.isIdentifier(scalars[position + w.count]) { return false }
            position += w.count
            return true
        }

        mutating func symbol(_ s: String) -> Bool {
            skipSpace()
            let w = Array(s.unicodeScalars)
            guard position + w.count <= scalars.count, Array(scalars[position..<position + w.count]) == w else {
                return false
            }
            position += w.count
            return true
        }

        /// `a or b or …`, one flat node located at its first operand.
        mutating func orExpression() throws(DiagnosticError) -> Expression {
            var operands = [try andExpression()]
            while keyword("or") { operands.append(try andExpression()) }
            return operands.count == 1 ? operands[0] : Expression(.or(operands), at: operands[0].location)
        }

        /// `a and b and …`, one flat node located at its first operand.
        mutating func andExpression() throws(DiagnosticError) -> Expression {
            var operands = [try notExpression()]
            while keyword("and") { operands.append(try notExpression()) }
            return operands.count == 1 ? operands[0] : Expression(.and(operands), at: operands[0].location)
        }

        mutating func notExpression() throws(DiagnosticError) -> Expression {
            skipSpace()
            let at = position
            if keyword("not") {
                try enter(at: at)
                defer { depth -= 1 }
                let operand = try notExpression()
                return Expression(.not(operand), at: location(at))
            }
            return try comparison()
        }

        mutating func comparison() throws(DiagnosticError) -> Expression {
            let left = try primary()
            skipSpace()
            for op in [ComparisonOperator.equal, .notEqual, .lessOrEqual, .greaterOrEqual, .less, .greater] {
                if symbol(op.rawValue) {
                    let right = try primary()
                    return Expression(.compare(left, op, right), at: left.location)
                }
            }
            if keyword("in") {
                let right = try primary()
                return Expression(.compare(left, .in, right), at: left.location)
            }
            if let c = current, c == "=" {
                throw error(.conditionUseEquals, at: position)
            }
            return left
        }

        static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
        }

        static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
            isIdentifierStart(c) || (c >= "0" && c <= "9") || c == "-"
        }

        mutating func primary() throws(DiagnosticError) -> Expression {
            skipSpace()
            let at = position
            guard let c = current else { throw error(.conditionValueAtEnd, at: at) }
            if c == "(" {
                try enter()
                defer { depth -= 1 }
                position += 1
                let inner = try orExpression()
                guard symbol(")") else { throw error(.conditionExpectedParenthesis, at: position) }
                return inner
            }
            if c == "\"" { return Expression(.string(try string()), at: location(at)) }
            if c == "[" {
                try enter()
                defer { depth -= 1 }
                position += 1
                var items: [Expression] = []
                if !symbol("]") {
                    repeat {
                        items.append(try primary())
                    } while symbol(",")
                    guard symbol("]") else { throw error(.conditionExpectedBracket, at: position) }
                }
                return Expression(.list(items), at: location(at))
            }
            if c == "-" || (c >= "0" && c <= "9") {
                var digits = ""
                if c == "-" {
                    digits = "-"
                    position += 1
                }
                while let d = current, d >= "0" && d <= "9" {
                    digits.unicodeScalars.append(d)
                    position += 1
                }
                guard digits != "-" else { throw error(.conditionNumberAfterMinus, at: at) }
                guard let n = Int(digits) else {
                    throw error(.conditionNumberTooLarge, ["number": .text(digits)], at: at)
                }
                return Expression(.integer(n), at: location(at))
            }
            if c == "!" { throw error(.conditionUseNot, at: at) }
            guard Self.isIdentifierStart(c) else {
                throw error(.conditionUnexpected, ["character": "\(Character(c))"], at: at)
            }
            let first = identifier()
            if first == "true" { return Expression(.boolean(true), at: location(at)) }
            if first == "false" { return Expression(.boolean(false), at: location(at)) }
            if ["and", "or", "not", "in"].contains(first) {
                throw error(.conditionValueKeyword, ["word": .text(first)], at: at)
            }
            if first == "count" || first == "answered", symbol("(") {
                let argument = try primary()
                guard case .path = argument.kind else {
                    throw error(
                        .conditionFunctionArgument, ["function": .text(first)],
                        at: argument.location.column - start.column)
                }
                guard symbol(")") else { throw error(.conditionExpectedParenthesis, at: position) }
                return Expression(first == "count" ? .count(argument) : .answered(argument), at: location(at))
            }
            if first == "any", symbol("(") {
                try enter()
                defer { depth -= 1 }
                let list = try primary()
                guard case .path = list.kind else {
                    throw error(.conditionAnyListFirst, at: list.location.column - start.column)
                }
                guard symbol(",") else { throw error(.conditionAnyExpectedName, at: position) }
                skipSpace()
                guard let v = current, Self.isIdentifierStart(v) else {
                    throw error(.conditionAnyName, at: position)
                }
                let variableAt = position
                let variable = identifier()
                if ["and", "or", "not", "in", "true", "false", "any", "count", "answered"].contains(variable) {
                    throw error(.conditionAnyReserved, ["word": .text(variable)], at: variableAt)
                }
                guard symbol(",") else { throw error(.conditionAnyExpectedCondition, at: position) }
                let condition = try orExpression()
                guard symbol(")") else { throw error(.conditionExpectedParenthesis, at: position) }
                return Expression(.any(list, variable, condition), at: location(at))
            }
            var path = AnswerPath(first)
            while let d = current, d == "." {
                position += 1
                guard let n = current, Self.isIdentifier(n) else {
                    throw error(.conditionFieldAfterDot, at: position)
                }
                path = path.appending([AnswerPath.step(dotted: identifier())])
            }
            return Expression(.path(path), at: location(at))
        }

        mutating func identifier() -> String {
            var s = ""
            while let c = current, Self.isIdentifier(c) {
                s.unicodeScalars.append(c)
                position += 1
            }
            return s
        }

        mutating func string() throws(DiagnosticError) -> String {
            let at = position
            position += 1
            var s = ""
            while let c = current {
                position += 1
                if c == "\"" { return s }
                if c == "\\" {
                    guard let next = current else { break }
                    position += 1
                    switch next {
                    case "\"", "\\": s.unicodeScalars.append(next)
                    case "n": s += "\n"
                    default: throw error(.conditionUnknownEscape, ["character": "\(Character(next))"], at: position - 2)
                    }
                    continue
                }
                s.unicodeScalars.append(c)
            }
            throw error(.conditionStringNotClosed, at: at)
        }
    }
}
