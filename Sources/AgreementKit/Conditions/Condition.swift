/// A condition as written in a file (`when:`, `ask_when:`, `{{if ...}}`), parsed.
public struct Condition: Sendable, Equatable {
    /// The text as written.
    public var source: String
    /// The parsed expression.
    public var expression: Expression

    /// Creates a condition.
    public init(source: String, expression: Expression) {
        self.source = source
        self.expression = expression
    }

    /// Where the condition starts.
    public var location: SourceLocation { expression.location }
}
