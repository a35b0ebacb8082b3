/// A set of typed answers, checked against a questionnaire, with where each was written.
public struct Answers: Sendable, Equatable {
    /// The values by question id.
    public var values: [String: AnswerValue]
    /// Where each answer stands in its file, when read from one.
    public var locations: [String: SourceLocation]
    /// The file the answers came from, if any: the file diagnostics name.
    public var file: String?

    /// Creates answers.
    public init(
        values: [String: AnswerValue] = [:], locations: [String: SourceLocation] = [:], file: String? = nil
    ) {
        self.values = values
        self.locations = locations
        self.file = file
    }

    /// The answer to a question.
    public subscript(id: String) -> AnswerValue? { values[id] }

    /// Where the answer at `path` stands in its file; only the answer to a question (a path of one step) is found.
    public func location(of path: AnswerPath) -> SourceLocation? {
        path.rest.isEmpty ? locations[path.root] : nil
    }
}
