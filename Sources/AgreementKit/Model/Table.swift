/// A simple table: an optional header row and body rows of text cells, all rows with the same number of cells.
public struct Table: Sendable, Equatable, Codable {
    /// The header row, repeated on each page, if any.
    public var header: TableRow?
    /// The body rows.
    public var rows: [TableRow]
    /// Relative column widths (for example `[1, 2, 2]`); equal widths when nil. Each is from 1 to `maximumWidth`
    /// (`ModelValidator` refuses others), so the layout's arithmetic on them never overflows.
    public var widths: [Int]?

    /// The largest relative column width: far more than any proportion needs (a `|---|` row would need that many
    /// dashes). The template parser, `clauses lint` and `ModelValidator` all read it.
    public static let maximumWidth = 10_000

    /// Creates a table.
    public init(header: TableRow? = nil, rows: [TableRow], widths: [Int]? = nil) {
        self.header = header
        self.rows = rows
        self.widths = widths
    }

    /// The number of columns, taken from the first row.
    public var columnCount: Int { header?.cells.count ?? rows.first?.cells.count ?? 0 }
}
