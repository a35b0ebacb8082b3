/// Run properties (`w:rPr`) for a style, a list level or a run, written in the child order of the ECMA-376
/// schema (EG_RPrBase): rStyle, rFonts, b, i, caps, color, sz, szCs, highlight, shd, lang.
struct DOCXRunProperties {
    /// The character style id.
    var style: String?
    /// The font for all scripts.
    var font: String?
    /// Bold.
    var bold = false
    /// Italic.
    var italic = false
    /// Show as capitals.
    var caps = false
    /// The colour, `RRGGBB`.
    var color: String?
    /// The size in half points (22 is 11 pt).
    var size: Int?
    /// The highlight colour name (`yellow`).
    var highlight: String?
    /// The background shading fill, `RRGGBB`.
    var shading: String?
    /// The language tag (`sv-SE`).
    var language: String?

    /// Whether there is nothing to write.
    var isEmpty: Bool {
        style == nil && font == nil && !bold && !italic && !caps && color == nil && size == nil && highlight == nil
            && shading == nil && language == nil
    }

    /// Writes `w:rPr` (nothing when empty).
    func write(to xml: XMLWriter) throws {
        if isEmpty { return }
        try xml.element("w:rPr") {
            if let style { try xml.element("w:rStyle", ["w:val": style]) }
            if let font {
                try xml.element("w:rFonts", ["w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font])
            }
            if bold {
                try xml.element("w:b")
                try xml.element("w:bCs")
            }
            if italic {
                try xml.element("w:i")
                try xml.element("w:iCs")
            }
            if caps { try xml.element("w:caps") }
            if let color { try xml.element("w:color", ["w:val": color]) }
            if let size {
                try xml.element("w:sz", ["w:val": String(size)])
                try xml.element("w:szCs", ["w:val": String(size)])
            }
            if let highlight { try xml.element("w:highlight", ["w:val": highlight]) }
            if let shading { try xml.element("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": shading]) }
            if let language { try xml.element("w:lang", ["w:val": language]) }
        }
    }
}
