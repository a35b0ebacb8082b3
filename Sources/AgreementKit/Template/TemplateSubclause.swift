/// A sub-clause in a clause body (`## Heading {#id}`), with its own body.
public struct TemplateSubclause: Sendable, Equatable {
    /// The id given with `{#id}`, if any.
    public var id: String?
    /// The heading, or nil for a numbered paragraph without heading.
    public var heading: [TemplateInline]?
    /// The depth below the file's clause: 1 for `##`, 2 for `###`.
    public var depth: Int
    /// The sub-clause's content, including deeper sub-clauses.
    public var body: [TemplateBlock]
    /// Where the `#` marks stand.
    public var location: SourceLocation

    /// Creates a sub-clause.
    public init(id: String?, heading: [TemplateInline]?, depth: Int, body: [TemplateBlock], location: SourceLocation) {
        self.id = id
        self.heading = heading
        self.depth = depth
        self.body = body
        self.location = location
    }
}
