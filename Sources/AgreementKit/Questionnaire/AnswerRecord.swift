/// One element of a list answer: field values by field id, and where each was written.
public struct AnswerRecord: Sendable, Equatable {
    /// The field values.
    public var values: [String: AnswerValue]
    /// Where each field's value stands in the answers file, when read from one.
    public var locations: [String: SourceLocation]

    /// Creates a record.
    public init(values: [String: AnswerValue], locations: [String: SourceLocation] = [:]) {
        self.values = values
        self.locations = locations
    }

    /// The value of a field.
    public subscript(field: String) -> AnswerValue? { values[field] }
}
