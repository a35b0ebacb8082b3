/// A bulleted or numbered list. Item markers are list numbering in the output, never typed text.
public struct ListBlock: Sendable, Equatable, Codable {
    /// Bulleted or numbered.
    public var kind: ListKind
    /// The items, each possibly with a nested list.
    public var items: [ListItem]

    /// Creates a list.
    public init(kind: ListKind, items: [ListItem]) {
        self.kind = kind
        self.items = items
    }
}
