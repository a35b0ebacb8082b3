/// The page and the indents of the agreement: one set of numbers that every output format writes.
///
/// Clause text of levels 1–3 starts at the body indent (1.5 cm) with the number hanging in front of it at the margin.
/// Levels 4–9, whose numbers are longer, put the number at the body indent and the text 2 cm (levels 4–5), 2.5 cm
/// (6–7) or 3 cm (8–9) further in. Lists and tables inside a clause start where the clause's text starts.
struct PageGeometry: Sendable, Equatable {
    /// The page width (A4).
    var pageWidth = Length.cm(21)
    /// The page height (A4).
    var pageHeight = Length.cm(29.7)
    /// The page margins, from the page edge to the body text.
    var marginTop = Length.cm(2.5)
    var marginBottom = Length.cm(2.5)
    var marginLeft = Length.cm(2.5)
    var marginRight = Length.cm(2.5)
    /// From the page edge to the header and to the footer (formats that place them inside the margin).
    var headerFooterDistance = Length.cm(1.25)
    /// Between the header or footer and the body text (formats that place them in the body area).
    var headerFooterSpacing = Length.cm(0.5)
    /// The distance between default tab stops.
    var defaultTabStop = Length.cm(1.25)
    /// The body indent of clause levels 1–3.
    var bodyIndent = Length.cm(1.5)
    /// How far the number of a clause of level 4 or 5 hangs in front of its text.
    var deepNumberWidth = Length.cm(2)
    /// How much wider the hanging number gets every two levels below level 5.
    var deepNumberGrowth = Length.cm(0.5)
    /// The indent step of each list level, and the width its marker hangs in.
    var listStep = Length.cm(1)
    /// Where the text of a party entry starts ("(1)" hangs in front of it): aligned with clause text.
    var partyIndent = Length.cm(1.5)
    /// Where the title of an annex entry starts ("Bilaga 10" hangs in front of it).
    var annexIndent = Length.cm(3)

    /// The default geometry.
    init() {}

    /// The width between the left and right margins.
    var textWidth: Length { pageWidth - marginLeft - marginRight }

    /// The one margin of every side, when all four are the same.
    var uniformMargin: Length? {
        [marginBottom, marginLeft, marginRight].allSatisfy { $0 == marginTop } ? marginTop : nil
    }

    /// How far the number of a clause of `level` (1–9) hangs in front of its text.
    func clauseHanging(level: Int) -> Length {
        level <= 3 ? bodyIndent : deepNumberWidth + deepNumberGrowth * ((level - 4) / 2)
    }

    /// Where the text of a clause of `level` starts, which is also where its body paragraphs, lists and tables
    /// start. Zero outside clauses (level 0).
    func clauseTextIndent(level: Int) -> Length {
        if level <= 0 { return .zero }
        return level <= 3 ? bodyIndent : bodyIndent + clauseHanging(level: level)
    }

    /// Where the number of a clause of `level` starts: the margin for levels 1–3, the body indent for deeper ones.
    func clauseNumberPosition(level: Int) -> Length {
        clauseTextIndent(level: level) - clauseHanging(level: level)
    }

    /// The column widths of a table of `count` equal columns whose left edge is `indent` in from the margin.
    func tableColumns(count: Int, indent: Length) -> [Length] {
        Length.split(textWidth - indent, weights: Array(repeating: 1, count: max(count, 1)))
    }
}
