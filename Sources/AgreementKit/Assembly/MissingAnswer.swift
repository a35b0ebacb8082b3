/// An answer the agreement needs but the answers file does not give.
public struct MissingAnswer: Sendable, Equatable {
    /// The question path (`project_title`, `suppliers[1].name`).
    public var path: AnswerPath
    /// The question's label in the agreement's language.
    public var label: String
    /// Where clause text uses it (empty when a required question is simply unanswered).
    public var usedAt: [SourceLocation]
    /// How messages name it, in every language (`AnswerName`): `Leverantör 1 (Acme AB), namn (suppliers[0].name)`.
    public var name: Message.Value?

    /// Creates an entry.
    public init(path: AnswerPath, label: String, usedAt: [SourceLocation] = []) {
        self.path = path
        self.label = label
        self.usedAt = usedAt
    }
}
