/// Parses the body markup of clause files (`docs/clause-format.md`, "Body markup") into templates, before any
/// answer is filled in, so an answer is always literal text.
///
/// The parse is linear in the length of the text and bounded in nesting, and never traps on any input: it returns
/// templates or throws a `DiagnosticError` whose every diagnostic points at the offending character
/// (`file:line:col`, columns counted in Unicode scalars as libyaml does).
public enum TemplateParser {
    /// Parses a clause body. `firstLine` is the file line of the text's first line; every line starts in column 1.
    /// All problems of the body are thrown together (at most one per paragraph, list item or table cell).
    public static func parseBlocks(_ text: String, file: String, firstLine: Int) throws(DiagnosticError)
        -> [TemplateBlock]
    {
        var parser = BlockMarkupParser(text, file: file, firstLine: firstLine)
        let blocks = parser.parse()
        if !parser.diagnostics.isEmpty { throw DiagnosticError(parser.diagnostics) }
        return blocks
    }

    /// Parses inline markup (a term definition, a title) whose first character stands at `location`. Line breaks in
    /// the text join its lines with one space, like the lines of a paragraph; a line after a break is taken to start
    /// at the same column as the first (as in an indented YAML block scalar). Throws the first problem.
    public static func parseInlines(_ text: String, at location: SourceLocation) throws(DiagnosticError)
        -> [TemplateInline]
    {
        var markup = MarkupText(file: location.file, start: location)
        for (n, line) in MarkupText.lines(of: text).enumerated() {
            var lower = 0
            var upper = line.count
            while lower < upper, MarkupText.isSpace(line[lower]) { lower += 1 }
            while upper > lower, MarkupText.isSpace(line[upper - 1]) { upper -= 1 }
            if lower == upper { continue }
            if !markup.isEmpty { markup.appendJoiningSpace() }
            for i in lower..<upper {
                markup.append(line[i], line: location.line + n, column: location.column + i)
            }
        }
        var parser = InlineMarkupParser(markup)
        return try parser.parse()
    }
}
