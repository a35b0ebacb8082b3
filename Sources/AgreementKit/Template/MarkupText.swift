/// Markup text with the file position of every character. Lines joined into one paragraph (or a YAML scalar read
/// back) keep the exact line and column of each character, so inline errors point at the offending character.
struct MarkupText {
    /// The file, for locations.
    let file: String
    /// The characters, as Unicode scalars (columns count scalars, as libyaml and the condition parser do).
    private(set) var scalars: [Unicode.Scalar] = []
    private var lines: [Int] = []
    private var columns: [Int] = []
    /// Where the text ends: the position after its last character.
    private(set) var end: SourceLocation

    /// Creates an empty text whose end is at `start`.
    init(file: String, start: SourceLocation) {
        self.file = file
        self.end = start
    }

    var count: Int { scalars.count }
    var isEmpty: Bool { scalars.isEmpty }
    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The scalar at `i`, or nil past the end.
    func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The location of the character at `i`; `count` (or more) gives the end.
    func location(_ i: Int) -> SourceLocation {
        guard i >= 0, i < scalars.count else { return end }
        return SourceLocation(file: file, line: lines[i], column: columns[i])
    }

    /// Appends a character standing at `line`:`column`.
    mutating func append(_ scalar: Unicode.Scalar, line: Int, column: Int) {
        scalars.append(scalar)
        lines.append(line)
        columns.append(column)
        end = SourceLocation(file: file, line: line, column: column + 1)
    }

    /// Appends the characters `range` of a source line numbered `line`, whose first character is in column 1.
    mutating func append(line scalarsOfLine: [Unicode.Scalar], _ range: Range<Int>, line: Int) {
        for i in range { append(scalarsOfLine[i], line: line, column: i + 1) }
    }

    /// Appends a joining space located just after the last character.
    mutating func appendJoiningSpace() {
        append(" ", line: end.line, column: end.column)
        end.column -= 1
    }

    /// The characters `range` as a string.
    func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// Whether the characters from `range` lie on one line in consecutive columns, as a single-line parser expects.
    func isContiguous(_ range: Range<Int>) -> Bool {
        guard let first = range.first, let last = range.last else { return true }
        return lines[first] == lines[last] && columns[last] - columns[first] == last - first
    }

    /// A copy of the characters `range` (trimmed of spaces and tabs at both ends), with their positions.
    func slice(_ range: Range<Int>, trimmed: Bool = true) -> MarkupText {
        var lower = range.lowerBound
        var upper = range.upperBound
        if trimmed {
            while lower < upper, Self.isSpace(scalars[lower]) { lower += 1 }
            while upper > lower, Self.isSpace(scalars[upper - 1]) { upper -= 1 }
        }
        var copy = MarkupText(file: file, start: location(lower))
        copy.scalars = Array(scalars[lower..<upper])
        copy.lines = Array(lines[lower..<upper])
        copy.columns = Array(columns[lower..<upper])
        if upper > lower {
            copy.end = SourceLocation(file: file, line: lines[upper - 1], column: columns[upper - 1] + 1)
        }
        return copy
    }

    /// A space or a tab.
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    /// Splits text into lines of scalars at line feeds, dropping the carriage return of a CR LF pair.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var result: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for c in text.unicodeScalars {
            if c == "\n" {
                if current.last == "\r" { current.removeLast() }
                result.append(current)
                current = []
            } else {
                current.append(c)
            }
        }
        if current.last == "\r" { current.removeLast() }
        result.append(current)
        return result
    }
}
