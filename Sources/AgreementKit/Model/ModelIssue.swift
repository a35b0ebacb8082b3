/// A problem in a model found by `ModelValidator`, located by its JSON path.
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public var path: ModelPath
    /// What is wrong.
    public var problem: Message
    /// What is wrong, in the messages language.
    public var message: String { problem.description }

    /// Creates an issue.
    public init(path: ModelPath, problem: Message) {
        self.path = path
        self.problem = problem
    }

    /// The text form, as messages show it.
    public var description: String { "\(path): \(message)" }
}
