/// Page geometry and indents of the DOCX output, in twentieths of a point (twips).
///
/// Clause text of levels 1–3 aligns at one body indent (1.5 cm) with the number hanging in front of it; levels 4–9,
/// whose numbers are longer, put the number at that body indent and the text 2 cm (levels 4–5), 2.5 cm (6–7) or
/// 3 cm (8–9) further in. The clause heading, clause text and clause body styles and the legal list levels all take
/// their indents from here, so they agree.
enum DOCXMetrics {
    /// A4 width.
    static let pageWidth = 11906
    /// A4 height.
    static let pageHeight = 16838
    /// Page margins (2.5 cm).
    static let margin = 1417
    /// Distance from the page edge to the header and footer.
    static let headerFooterDistance = 708
    /// The width between the margins.
    static let textWidth = pageWidth - 2 * margin
    /// The body indent of clause levels 1–3.
    static let bodyIndent = 851
    /// The hanging number width of clause levels 4 and 5; two levels deeper it grows by half a centimetre.
    static let deepNumberWidth = 1134
    /// The indent step of each list level, and the width its marker hangs in.
    static let listStep = 567
    /// The indent of a party entry; its "(1)" hangs in it, so party text aligns with clause text.
    static let partyIndent = bodyIndent
    /// The indent of an annex entry; its "Bilaga 1" hangs in it.
    static let annexIndent = 1701
    /// Word's default tab stop in Swedish documents (2.3 cm).
    static let defaultTabStop = 1304

    /// Where the text of a clause of `level` (1–9) starts.
    static func clauseTextIndent(level: Int) -> Int {
        level <= 3 ? bodyIndent : bodyIndent + clauseHanging(level: level)
    }

    /// How far the number of a clause of `level` hangs in front of its text.
    static func clauseHanging(level: Int) -> Int {
        level <= 3 ? bodyIndent : deepNumberWidth + (level - 4) / 2 * 283
    }
}
