/// Writes inline content (runs of text, spans, fields, annotations) inside an ODF paragraph or heading.
///
/// User text is always literal. ODF collapses runs of spaces and drops leading and trailing spaces of a
/// paragraph, so every space that could be lost is written as `text:s`; tabs and line feeds become
/// `text:tab` and `text:line-break`.
struct ODFInlineWriter {
    /// Numbers and reference texts.
    let layout: DocumentLayout
    /// Whether drafting notes are written as annotations (a draft) or dropped (a final document).
    let showsNotes: Bool
    /// The date stamped on annotations (`dc:date`).
    let date: String

    /// Writes a run of inlines into the paragraph element currently open.
    func write(_ inlines: [Inline], into xml: XMLWriter) throws {
        for inline in inlines { try write(inline, into: xml) }
    }

    /// Writes one inline.
    func write(_ inline: Inline, into xml: XMLWriter) throws {
        switch inline {
        case .text(let text):
            try writeText(text, into: xml)
        case .emphasis(let content):
            try span(.emphasis, content, into: xml)
        case .strong(let content):
            try span(.strong, content, into: xml)
        case .definition(_, let content):
            try writeText(layout.vocabulary.openQuote, into: xml)
            try span(.definition, content, into: xml)
            try writeText(layout.vocabulary.closeQuote, into: xml)
        case .termUse(_, let content):
            try span(.definedTerm, content, into: xml)
        case .reference(let reference):
            try writeReference(reference, into: xml)
        case .blank(let blank):
            try xml.element("text:span", ["text:style-name": ODFStyleName.blank.name]) {
                try writeText(blank.displayText, into: xml)
            }
        case .note(let note):
            if showsNotes { try writeAnnotation(note, into: xml) }
        case .lineBreak:
            try xml.element("text:line-break")
        }
    }

    /// Writes content inside a `text:span` of a named text style.
    private func span(_ style: ODFStyleName, _ content: [Inline], into xml: XMLWriter) throws {
        try xml.element("text:span", ["text:style-name": style.name]) {
            try write(content, into: xml)
        }
    }

    /// Writes a cross-reference: the prefix as text, then a bookmark reference whose cached result is the number.
    /// A clause reference uses the format that prints the full number ("7.2"); an annex reference the format that
    /// prints the annex label with its list prefix ("Bilaga 2").
    ///
    /// The field sits in a hyperlink to its bookmark (styled "Cross Reference", so it does not look like a web
    /// link): a click jumps to the clause, and libxml2's RELAX NG validator (which wrongly rejects
    /// `text:bookmark-ref` directly inside `text:h` or `text:span`) accepts it everywhere.
    private func writeReference(_ reference: CrossReference, into xml: XMLWriter) throws {
        let (prefix, field) = layout.referenceText(reference)
        if !prefix.isEmpty { try writeText(prefix, into: xml) }
        guard let number = layout.number(of: reference.target) else {
            try writeText(field, into: xml)
            return
        }
        let format = number.kind == .annex ? "number" : "number-all-superior"
        try xml.element(
            "text:a",
            [
                "xlink:type": "simple", "xlink:href": "#" + number.bookmark,
                "text:style-name": ODFStyleName.crossReference.name,
                "text:visited-style-name": ODFStyleName.crossReference.name,
            ]
        ) {
            try xml.element(
                "text:bookmark-ref", ["text:reference-format": format, "text:ref-name": number.bookmark]
            ) {
                try writeText(field, into: xml)
            }
        }
    }

    /// Writes a drafting note as an annotation anchored here, one paragraph per line of its text.
    private func writeAnnotation(_ note: DraftingNote, into xml: XMLWriter) throws {
        try xml.element("office:annotation") {
            try xml.element("dc:creator", text: note.author ?? layout.vocabulary.defaultNoteAuthor)
            try xml.element("dc:date", text: date)
            var line: [TextPiece] = []
            for piece in TextPiece.split(note.text) {
                if piece == .lineBreak {
                    try annotationParagraph(line, into: xml)
                    line = []
                } else {
                    line.append(piece)
                }
            }
            try annotationParagraph(line, into: xml)
        }
    }

    /// Writes one paragraph of an annotation.
    private func annotationParagraph(_ pieces: [TextPiece], into xml: XMLWriter) throws {
        try xml.element("text:p", ["text:style-name": ODFStyleName.annotationText.name]) {
            for piece in pieces { try write(piece, into: xml) }
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
        let scalars = Array(text.unicodeScalars)
        var pending = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard scalars[index] == " " else {
                pending.append(scalars[index])
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index] == " " { index += 1 }
            var count = index - start
            if start > 0 && index < scalars.count {
                pending.append(" ")
                count -= 1
            }
            if count > 0 {
                if !pending.isEmpty {
                    try xml.text(String(pending))
                    pending = String.UnicodeScalarView()
                }
                try xml.start("text:s")
                if count > 1 { try xml.attribute("text:c", String(count)) }
                try xml.end()
            }
        }
        if !pending.isEmpty { try xml.text(String(pending)) }
    }
}
