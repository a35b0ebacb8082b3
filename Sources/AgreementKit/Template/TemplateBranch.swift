/// One `if`/`elif` branch: a condition and the content used when it holds.
public struct TemplateBranch<Content: Sendable & Equatable>: Sendable, Equatable {
    /// The condition.
    public var condition: Condition
    /// The content.
    public var content: [Content]

    /// Creates a branch.
    public init(condition: Condition, content: [Content]) {
        self.condition = condition
        self.content = content
    }
}
