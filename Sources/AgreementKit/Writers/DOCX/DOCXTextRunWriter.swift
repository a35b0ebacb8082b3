/// Writes runs of literal text and complex fields: the building blocks of body, header, footer and comment text.
struct DOCXTextRunWriter {
    let xml: XMLWriter
    /// Whether the runs are deleted content of a redline: `w:delText` and `w:delInstrText` instead of `w:t` and
    /// `w:instrText`.
    var deleted = false

    /// Writes literal text as one run: `w:t` pieces, `w:tab` for tabs, `w:br` for line breaks.
    func text(_ text: String, _ properties: DOCXRunProperties = DOCXRunProperties()) throws {
        let pieces = TextPiece.split(text)
        if pieces.isEmpty { return }
        try xml.element("w:r") {
            try properties.write(to: xml)
            for piece in pieces {
                switch piece {
                case .text(let s): try textElement(deleted ? "w:delText" : "w:t", s)
                case .tab: try xml.element("w:tab")
                case .lineBreak: try xml.element("w:br")
                }
            }
        }
    }

    /// Writes a complex field: begin, instruction, separate, the cached result, end. The cached result is what
    /// Word and LibreOffice show before fields are updated, so it must already be right.
    func field(_ instruction: String, result: String, _ properties: DOCXRunProperties = DOCXRunProperties()) throws {
        try xml.element("w:r") {
            try properties.write(to: xml)
            try xml.element("w:fldChar", ["w:fldCharType": "begin"])
        }
        try xml.element("w:r") {
            try properties.write(to: xml)
            try xml.element(deleted ? "w:delInstrText" : "w:instrText", ["xml:space": "preserve"], text: instruction)
        }
        try xml.element("w:r") {
            try properties.write(to: xml)
            try xml.element("w:fldChar", ["w:fldCharType": "separate"])
        }
        try text(result, properties)
        try xml.element("w:r") {
            try properties.write(to: xml)
            try xml.element("w:fldChar", ["w:fldCharType": "end"])
        }
    }

    /// Writes `w:t` (or another text element), with `xml:space="preserve"` when whitespace at an end or a run of
    /// spaces would otherwise be lost.
    private func textElement(_ name: String, _ s: String) throws {
        if DOCXTextRunWriter.needsPreserve(s) {
            try xml.element(name, ["xml:space": "preserve"], text: s)
        } else {
            try xml.element(name, text: s)
        }
    }

    /// Whether text starts or ends with white space or holds two white space characters in a row.
    static func needsPreserve(_ s: String) -> Bool {
        var previousWasSpace = false
        var first = true
        for scalar in s.unicodeScalars {
            let space =
                scalar.isASCII
                ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if space && (first || previousWasSpace) { return true }
            previousWasSpace = space
            first = false
        }
        return previousWasSpace
    }
}
