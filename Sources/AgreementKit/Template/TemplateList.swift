/// A list in a clause body.
public struct TemplateList: Sendable, Equatable {
    /// One item and the list nested under it.
    public struct Item: Sendable, Equatable {
        /// The item's text.
        public var content: [TemplateInline]
        /// A nested list, if any.
        public var children: TemplateList?

        /// Creates an item.
        public init(content: [TemplateInline], children: TemplateList? = nil) {
            self.content = content
            self.children = children
        }
    }

    /// `-` bulleted or `+` numbered.
    public var kind: ListKind
    /// The items.
    public var items: [Item]
    /// Where the first item stands.
    public var location: SourceLocation

    /// Creates a list.
    public init(kind: ListKind, items: [Item], location: SourceLocation) {
        self.kind = kind
        self.items = items
        self.location = location
    }
}
