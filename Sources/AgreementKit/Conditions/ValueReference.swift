/// A value taken from the answers into a clause body: a path and its filters, with the place it was written.
public struct ValueReference: Sendable, Equatable {
    /// The path: a question id, then fields or list indexes (`suppliers.0.name`), or a loop variable first (`s.name`).
    public var path: AnswerPath
    /// The filters, applied left to right.
    public var filters: [ValueFilter]
    /// Where `{{` stands.
    public var location: SourceLocation

    /// Creates a value reference.
    public init(path: AnswerPath, filters: [ValueFilter] = [], location: SourceLocation) {
        self.path = path
        self.filters = filters
        self.location = location
    }
}
