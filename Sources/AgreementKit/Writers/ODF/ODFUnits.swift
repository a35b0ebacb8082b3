/// How OpenDocument writes the layout's lengths, colours, alignments and list formats.
extension Length {
    /// The length as an ODF length in centimetres (`1.5cm`).
    var odf: String { description }
}

extension Colour {
    /// `#rrggbb`.
    var odf: String { "#" + hex.lowercased() }
}

extension Alignment {
    /// The `fo:text-align` value.
    var odf: String {
        switch self {
        case .start: return "start"
        case .centre: return "center"
        case .end: return "end"
        case .justified: return "justify"
        }
    }
}

extension NumberFormat {
    /// The `style:num-format` value.
    var odf: String {
        switch self {
        case .decimal: return "1"
        case .lowerLetter: return "a"
        case .lowerRoman: return "i"
        case .upperLetter: return "A"
        case .bullet: return ""
        }
    }
}

extension TextProperties {
    /// The `style:text-properties` attributes, in a fixed order.
    var odfAttributes: [(String, String)] {
        var out: [(String, String)] = []
        if let font { out.append(("style:font-name", font)) }
        if let size { out.append(("fo:font-size", size.wholePoints.map { "\($0)pt" } ?? size.odf)) }
        if bold { out.append(("fo:font-weight", "bold")) }
        if italic { out.append(("fo:font-style", "italic")) }
        if capitals { out.append(("fo:text-transform", "uppercase")) }
        if let colour { out.append(("fo:color", colour.odf)) }
        if let background { out.append(("fo:background-color", background.odf)) }
        return out
    }
}
