/// A table in a clause body: rows of cells of inline markup.
public struct TemplateTable: Sendable, Equatable {
    /// The header row, when the first row is followed by `|---|`.
    public var header: [[TemplateInline]]?
    /// The body rows.
    public var rows: [[[TemplateInline]]]
    /// Where the first row stands.
    public var location: SourceLocation

    /// Creates a table.
    public init(header: [[TemplateInline]]?, rows: [[[TemplateInline]]], location: SourceLocation) {
        self.header = header
        self.rows = rows
        self.location = location
    }
}
