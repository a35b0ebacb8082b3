/// A problem in a model found by `ModelValidator`, located by its JSON path.
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public var path: ModelPath
    /// What is wrong.
    public var message: String

    /// Creates an issue.
    public init(path: ModelPath, message: String) {
        self.path = path
        self.message = message
    }

    /// The text form, as messages show it.
    public var description: String { "\(path): \(message)" }
}
