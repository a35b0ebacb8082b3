/// One item of a list.
public struct ListItem: Sendable, Equatable, Codable {
    /// The item's text.
    public var content: [Inline]
    /// A list nested under this item, if any.
    public var children: ListBlock?

    /// Creates a list item.
    public init(content: [Inline], children: ListBlock? = nil) {
        self.content = content
        self.children = children
    }
}
