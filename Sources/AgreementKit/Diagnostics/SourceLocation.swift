/// A position in a file the user wrote, printed `path:line:column` like a compiler does. Locations are ordered by
/// file, then line, then column, so diagnostics sort into reading order.
public struct SourceLocation: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The file path as the user gave it.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column number.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The text form, as messages show it.
    public var description: String { "\(file):\(line):\(column)" }

    /// Whether the first value comes before the second.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
