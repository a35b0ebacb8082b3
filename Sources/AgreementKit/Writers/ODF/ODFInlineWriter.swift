/// Writes inline content (runs of text, spans, fields, annotations) inside an ODF paragraph or heading.
///
/// User text is always literal. ODF collapses runs of spaces and drops leading and trailing spaces of a
/// paragraph, so every space that could be lost is written as `text:s`; tabs and line feeds become
/// `text:tab` and `text:line-break`.
struct ODFInlineWriter {
    /// The comments the body anchors.
    let comments: [LaidOutComment]
    /// The date stamped on annotations (`dc:date`).
    let date: String

    /// Writes a run of inlines into the paragraph element currently open.
    func write(_ inlines: [LaidOutInline], into xml: XMLWriter) throws {
        for inline in inlines { try write(inline, into: xml) }
    }

    /// Writes one inline.
    func write(_ inline: LaidOutInline, into xml: XMLWriter) throws {
        switch inline {
        case .text(let text):
            try writeText(text, into: xml)
        case .span(let style, let content):
            try xml.element("text:span", ["text:style-name": ODFStyleName(style).name]) {
                try write(content, into: xml)
            }
        case .reference(let reference):
            try writeReference(reference, into: xml)
        case .comment(let id):
            try writeAnnotation(comments[id], into: xml)
        case .lineBreak:
            try xml.element("text:line-break")
        case .pageNumber:
            try xml.element("text:page-number", ["text:select-page": "current"], text: "1")
        case .pageCount:
            try xml.element("text:page-count", text: "1")
        case .change(let mark, let content):
            // The region in `text:tracked-changes` (`ODFChanges`) holds a deletion's content.
            let id = ODFChanges.regionID(mark.id)
            if mark.kind == .deletion {
                try xml.element("text:change", ["text:change-id": id])
            } else {
                try xml.element("text:change-start", ["text:change-id": id])
                try write(content, into: xml)
                try xml.element("text:change-end", ["text:change-id": id])
            }
        }
    }

    /// Writes a cross-reference: a bookmark reference whose cached result is the number. A clause reference uses
    /// the format that prints the full number ("7.2"); an annex reference the format that prints the annex label
    /// with its list prefix ("Bilaga 2").
    ///
    /// The field sits in a hyperlink to its bookmark (styled "Cross Reference", so it does not look like a web
    /// link): a click jumps to the clause, and libxml2's RELAX NG validator (which wrongly rejects
    /// `text:bookmark-ref` directly inside `text:h` or `text:span`) accepts it everywhere.
    private func writeReference(_ reference: LaidOutReference, into xml: XMLWriter) throws {
        let format = reference.kind == .annex ? "number" : "number-all-superior"
        let style = ODFStyleName(CharacterStyleID.crossReference).name
        try xml.element(
            "text:a",
            [
                "xlink:type": "simple", "xlink:href": "#" + reference.bookmark, "text:style-name": style,
                "text:visited-style-name": style,
            ]
        ) {
            try xml.element(
                "text:bookmark-ref", ["text:reference-format": format, "text:ref-name": reference.bookmark]
            ) {
                try writeText(reference.result, into: xml)
            }
        }
    }

    /// Writes a comment as an annotation anchored here, one paragraph per paragraph of the note.
    private func writeAnnotation(_ comment: LaidOutComment, into xml: XMLWriter) throws {
        try xml.element("office:annotation") {
            try xml.element("dc:creator", text: comment.author)
            try xml.element("dc:date", text: date)
            for paragraph in comment.paragraphs {
                try xml.element("text:p", ["text:style-name": ODFStyleName(ParagraphStyleID.annotationText).name]) {
                    try writeText(paragraph, into: xml)
                }
            }
        }
    }

    /// Writes literal text: tabs and line breaks as elements, spaces that ODF would collapse as `text:s`.
    func writeText(_ text: String, into xml: XMLWriter) throws {
        for piece in TextPiece.split(text) { try write(piece, into: xml) }
    }

    /// Writes one piece of split text.
    private func write(_ piece: TextPiece, into xml: XMLWriter) throws {
        switch piece {
        case .tab: try xml.element("text:tab")
        case .lineBreak: try xml.element("text:line-break")
        case .text(let text): try writeSpaced(text, into: xml)
        }
    }

    /// Writes text without tabs or line feeds. A run of spaces between two other characters keeps its first
    /// space as text and writes the rest as `text:s`; a run at either end of the text is written wholly as
    /// `text:s`, since a neighbouring element or the paragraph's edge could make ODF drop it.
    private func writeSpaced(_ text: String, into xml: XMLWriter) throws {
        if !Self.hasSpaceToKeep(text) {
            try xml.text(text)
            return
        }
        // Spaces are single bytes, so the text between them is cut on UTF-8 byte positions.
        let bytes = Array(text.utf8)
        var pending: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x20 else {
                pending.append(bytes[index])
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            var count = index - start
            if start > 0 && index < bytes.count {
                pending.append(0x20)
                count -= 1
            }
            if count > 0 {
                if !pending.isEmpty {
                    try xml.text(String(decoding: pending, as: UTF8.self))
                    pending.removeAll(keepingCapacity: true)
                }
                try xml.start("text:s")
                if count > 1 { try xml.attribute("text:c", String(count)) }
                try xml.end()
            }
        }
        if !pending.isEmpty { try xml.text(String(decoding: pending, as: UTF8.self)) }
    }

    /// Whether text starts or ends with a space or holds two spaces in a row: only then does `writeSpaced` write
    /// `text:s`.
    private static func hasSpaceToKeep(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte == 0x20 && previousWasSpace { return true }
            previousWasSpace = byte == 0x20
        }
        return previousWasSpace && !text.isEmpty
    }
}
