/// One annex to the agreement.
public struct Annex: Sendable, Equatable, Codable {
    /// A stable identifier; cross-references may name it like a clause id.
    public var id: String
    /// The annex title.
    public var title: [Inline]

    /// Creates an annex entry.
    public init(id: String, title: [Inline]) {
        self.id = id
        self.title = title
    }
}
