/// A set of typed answers, checked against a questionnaire, with where each was written.
public struct Answers: Sendable, Equatable {
    /// The values by question id.
    public var values: [String: AnswerValue]
    /// Where each answer stands in its file, when read from one.
    public var locations: [String: SourceLocation]
    /// The file the answers came from, if any.
    public var file: String?

    /// Creates answers.
    public init(values: [String: AnswerValue] = [:], locations: [String: SourceLocation] = [:], file: String? = nil) {
        self.values = values
        self.locations = locations
        self.file = file
    }

    /// The answer to a question.
    public subscript(id: String) -> AnswerValue? { values[id] }
}
