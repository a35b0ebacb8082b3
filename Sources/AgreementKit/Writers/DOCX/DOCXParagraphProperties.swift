/// Paragraph properties (`w:pPr`) for a style, a list level or a paragraph, written in the child order the
/// ECMA-376 schema (CT_PPrBase) requires: pStyle, keepNext, keepLines, numPr, tabs, spacing, ind, jc, outlineLvl.
struct DOCXParagraphProperties {
    /// A tab stop: its alignment (`left`, `center`, `right`) and position in twips.
    struct TabStop {
        var alignment: String
        var position: Int
    }

    /// The paragraph style id.
    var style: String?
    /// Keep with the next paragraph.
    var keepNext = false
    /// Keep the lines of the paragraph on one page.
    var keepLines = false
    /// The list instance and level, for list numbering.
    var numbering: (numID: Int, level: Int)?
    /// Tab stops.
    var tabs: [TabStop] = []
    /// Space before, in twips.
    var spaceBefore: Int?
    /// Space after, in twips.
    var spaceAfter: Int?
    /// The start indent, in twips.
    var indentLeft: Int?
    /// How far the first line hangs out of the start indent, in twips.
    var indentHanging: Int?
    /// The justification (`left`, `center`, `right`, `both`).
    var justification: String?
    /// The outline level (0 for a level-1 heading), which Word's navigation pane and a TOC use.
    var outlineLevel: Int?
    /// A redline's paragraph mark inserted or deleted (`w:rPr/w:ins` or `w:del`), with its author and date.
    var change: (mark: ChangeMark, revision: DOCXRevision)?

    /// Whether there is nothing to write.
    var isEmpty: Bool {
        style == nil && !keepNext && !keepLines && numbering == nil && tabs.isEmpty && spaceBefore == nil
            && spaceAfter == nil && indentLeft == nil && indentHanging == nil
            && justification == nil && outlineLevel == nil && change == nil
    }

    /// Writes `w:pPr` (nothing when empty).
    func write(to xml: XMLWriter) throws {
        if isEmpty { return }
        try xml.element("w:pPr") {
            if let style { try xml.element("w:pStyle", ["w:val": style]) }
            if keepNext { try xml.element("w:keepNext") }
            if keepLines { try xml.element("w:keepLines") }
            if let numbering {
                try xml.element("w:numPr") {
                    try xml.element("w:ilvl", ["w:val": String(numbering.level)])
                    try xml.element("w:numId", ["w:val": String(numbering.numID)])
                }
            }
            if !tabs.isEmpty {
                try xml.element("w:tabs") {
                    for tab in tabs {
                        try xml.element("w:tab", ["w:val": tab.alignment, "w:pos": String(tab.position)])
                    }
                }
            }
            if spaceBefore != nil || spaceAfter != nil {
                try xml.start("w:spacing")
                if let spaceBefore { try xml.attribute("w:before", String(spaceBefore)) }
                if let spaceAfter { try xml.attribute("w:after", String(spaceAfter)) }
                try xml.end()
            }
            if indentLeft != nil || indentHanging != nil {
                try xml.start("w:ind")
                if let indentLeft { try xml.attribute("w:left", String(indentLeft)) }
                if let indentHanging { try xml.attribute("w:hanging", String(indentHanging)) }
                try xml.end()
            }
            if let justification { try xml.element("w:jc", ["w:val": justification]) }
            if let outlineLevel { try xml.element("w:outlineLvl", ["w:val": String(outlineLevel)]) }
            if let change { try xml.element("w:rPr") { try change.revision.write(change.mark, to: xml) } }
        }
    }
}
