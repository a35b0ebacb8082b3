/// A condition or value expression over answers, with the place it was written. `ConditionParser` bounds how
/// deeply expressions nest (`ConditionParser.maximumNesting`), so the code that walks them may recurse.
public struct Expression: Sendable, Equatable {
    /// What the expression is.
    public indirect enum Kind: Sendable, Equatable {
        /// A string in double quotes.
        case string(String)
        /// An integer.
        case integer(Int)
        /// `true` or `false`.
        case boolean(Bool)
        /// A list literal `[a, b]`.
        case list([Expression])
        /// A question id or field path: `project_title`, `s.name`, `suppliers.0.name`.
        case path(AnswerPath)
        /// `not e`.
        case not(Expression)
        /// `a and b and …`: two or more operands, flat (a chain is one node, never a deep tree).
        case and([Expression])
        /// `a or b or …`: two or more operands, flat.
        case or([Expression])
        /// `a OP b`.
        case compare(Expression, ComparisonOperator, Expression)
        /// `count(list)`: the number of elements of a list answer (0 when unanswered).
        case count(Expression)
        /// `answered(path)`: whether the answer is given.
        case answered(Expression)
        /// `any(list, x, condition)`: whether the condition holds for at least one record of a list answer, the
        /// record bound to `x` (false when the list has no records).
        case any(Expression, String, Expression)
    }

    /// What the expression is.
    public var kind: Kind
    /// Where it starts in its file.
    public var location: SourceLocation

    /// Creates an expression.
    public init(_ kind: Kind, at location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}
