/// The page and indentation geometry shared by the styles and the body, so both compute the same numbers.
enum ODFGeometry {
    /// A4 width.
    static let pageWidth = ODFLength.cm(hundredths: 2100)
    /// A4 height.
    static let pageHeight = ODFLength.cm(hundredths: 2970)
    /// Every page margin.
    static let margin = ODFLength.cm(hundredths: 250)
    /// The width between the left and right margins.
    static let textWidth = pageWidth - margin - margin

    /// The body indent of clause levels 1–3, where their text starts with the number hanging at the margin.
    static let clauseIndent = ODFLength.cm(hundredths: 150)
    /// How far the longer numbers of clause levels 4–9 hang in front of their text.
    static let deepNumberWidth = ODFLength.cm(hundredths: 200)

    /// Where the text of a clause at `level` starts, which is also the left indent of its body paragraphs, lists
    /// and tables: 1.5 cm for levels 1–3, 3.5 cm for levels 4–9 (the same as the DOCX writer). 0 outside clauses.
    static func bodyIndent(clauseLevel level: Int) -> ODFLength {
        if level <= 0 { return ODFLength(thousandths: 0) }
        return level <= 3 ? clauseIndent : clauseIndent + deepNumberWidth
    }

    /// Where the number of a clause at `level` starts: the margin for levels 1–3, the body indent for deeper ones.
    static func numberPosition(clauseLevel level: Int) -> ODFLength {
        level <= 3 ? ODFLength(thousandths: 0) : clauseIndent
    }

    /// The distance from one list level's label to the next level's label (and from a label to its text).
    static let listStep = ODFLength.cm(hundredths: 100)

    /// Where the text of a party entry starts ("(1)" hangs in front of it).
    static let partyIndent = ODFLength.cm(hundredths: 100)
    /// Where the title of an annex entry starts ("Bilaga 10" hangs in front of it).
    static let annexIndent = ODFLength.cm(hundredths: 300)
}
