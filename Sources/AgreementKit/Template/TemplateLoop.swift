/// `{{for NAME in LIST}}...{{end}}`: content repeated once per element of a list answer.
public struct TemplateLoop<Content: Sendable & Equatable>: Sendable, Equatable {
    /// The name bound to each element (`s` in `{{for s in suppliers}}`).
    public var variable: String
    /// The list.
    public var list: ValueReference
    /// The repeated content.
    public var body: [Content]
    /// Where `{{for` stands.
    public var location: SourceLocation

    /// Creates a loop.
    public init(variable: String, list: ValueReference, body: [Content], location: SourceLocation) {
        self.variable = variable
        self.list = list
        self.body = body
        self.location = location
    }
}
