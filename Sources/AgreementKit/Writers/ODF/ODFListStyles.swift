/// Writes the named list styles (the clause numbering, parties, annexes, and the bulleted and numbered lists at each
/// clause level the text uses) from the style sheet's list definitions. Clauses are numbered by a list style, not
/// the outline style, so that a numbered paragraph without a heading is numbered in the same list as the headings
/// without being a heading itself. Every level uses label alignment with a tab after the label, so text lines up.
struct ODFListStyles {
    let sheet: StyleSheet
    /// The bulleted and numbered list styles the body uses.
    let lists: [ODFAutomaticStyles.ListStyleKey]

    /// Writes the styles into an open `office:styles`.
    func write(into xml: XMLWriter) throws {
        try listStyle(.clauses, clauseLevel: 0, into: xml)
        try listStyle(.parties, clauseLevel: 0, into: xml)
        try listStyle(.annexes, clauseLevel: 0, into: xml)
        for key in lists { try listStyle(key.list, clauseLevel: key.clauseLevel, into: xml) }
        // A parallel document's right column: its own clause numbering and annex list.
        for definition in sheet.columnLists { try listStyle(definition.id, clauseLevel: 0, column: 1, into: xml) }

        /// The prefix, suffix and number format of a numbered level.
        func labelAttributes(_ level: ListLevel) throws {
            if !level.prefix.isEmpty { try xml.attribute("style:num-prefix", level.prefix) }
            if !level.suffix.isEmpty { try xml.attribute("style:num-suffix", level.suffix) }
            try xml.attribute("style:num-format", level.format.odf)
        }

        /// A `text:list-style` with the list's levels moved to the clause level's text.
        func listStyle(_ list: ListID, clauseLevel: Int, column: Int = 0, into xml: XMLWriter) throws {
            let definition = sheet.list(list, column: column).shifted(
                by: sheet.page.clauseTextIndent(level: clauseLevel))
            try xml.start("text:list-style")
            try ODFStyleName.list(list, clauseLevel: clauseLevel, column: column).writeNameAttributes(xml)
            for (index, level) in definition.levels.enumerated() {
                if case .bullet(let glyph) = level.format {
                    try xml.start("text:list-level-style-bullet")
                    try xml.attribute("text:level", String(index + 1))
                    try xml.attribute("text:bullet-char", glyph)
                } else {
                    try xml.start("text:list-level-style-number")
                    try xml.attribute("text:level", String(index + 1))
                    try labelAttributes(level)
                    if level.displayLevels > 1 { try xml.attribute("text:display-levels", String(level.displayLevels)) }
                }
                try levelProperties(level, into: xml)
                try xml.end()
            }
            try xml.end()
        }
    }

    /// Label-alignment properties: the label starts at `labelAt`, a tab follows it, the text starts at `textAt`.
    private func levelProperties(_ level: ListLevel, into xml: XMLWriter) throws {
        try xml.element(
            "style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"]
        ) {
            try xml.element(
                "style:list-level-label-alignment",
                [
                    "text:label-followed-by": "listtab", "text:list-tab-stop-position": level.textAt.odf,
                    "fo:text-indent": (level.labelAt - level.textAt).odf, "fo:margin-left": level.textAt.odf,
                ])
        }
    }
}
