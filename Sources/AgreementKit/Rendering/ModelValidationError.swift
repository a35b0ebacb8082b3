/// A model that cannot be written, with every problem found.
public struct ModelValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in document order.
    public var issues: [ModelIssue]

    /// The text form, as messages show it.
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
