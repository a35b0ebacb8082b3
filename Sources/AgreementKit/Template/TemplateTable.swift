/// A table in a clause body: rows of cells of inline markup.
public struct TemplateTable: Sendable, Equatable {
    /// The header row, when the first row is followed by `|---|`.
    public var header: [[TemplateInline]]?
    /// The body rows.
    public var rows: [[[TemplateInline]]]
    /// Where the first row stands.
    public var location: SourceLocation
    /// Relative column widths, from the number of `-` in each cell of a `|---|` row of plain dashes; nil when
    /// they are all equal or the row has alignment colons.
    public var widths: [Int]?

    /// Creates a table.
    public init(header: [[TemplateInline]]?, rows: [[[TemplateInline]]], location: SourceLocation, widths: [Int]? = nil)
    {
        self.header = header
        self.rows = rows
        self.location = location
        self.widths = widths
    }
}
