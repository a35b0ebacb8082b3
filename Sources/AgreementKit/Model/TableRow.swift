/// One row of a table; each cell is a run of inline content.
public struct TableRow: Sendable, Equatable, Codable {
    /// The cells, left to right.
    public var cells: [[Inline]]

    /// Creates a row.
    public init(cells: [[Inline]]) {
        self.cells = cells
    }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        cells = try decoder.singleValueContainer().decode([[Inline]].self)
    }

    /// Writes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(cells)
    }
}
