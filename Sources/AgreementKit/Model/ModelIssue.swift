/// A problem in a model found by `ModelValidator`, located by its JSON path.
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public var path: ModelPath
    /// What is wrong.
    public var problem: Message
    /// What is wrong, in the messages language.
    public var message: String { problem.description }
    /// The language of the model, for an issue of one of a parallel document's two models, whose paths read
    /// alike; nil for a document of one model.
    public var language: Language?

    /// Creates an issue.
    public init(path: ModelPath, problem: Message, language: Language? = nil) {
        self.path = path
        self.problem = problem
        self.language = language
    }

    /// The issue as a message's reason: `blocks[3].id: …`, or in a parallel document with the model's language,
    /// `blocks[3].id (English text): …`.
    public var reason: Message.Value {
        guard let language else { return .text("\(path): \(message)") }
        return .message(
            Message(
                .modelIssueInLanguage,
                ["path": .text("\(path)"), "language": language.nameValue, "problem": .message(problem)]))
    }

    /// The text form, as messages show it.
    public var description: String {
        switch reason {
        case .message(let message): return message.description
        default: return "\(path): \(message)"
        }
    }
}
