/// Writes inline content as WordprocessingML runs into a paragraph: text with tabs and line breaks, character
/// styles, cross-reference fields with their cached text, highlighted blanks and drafting notes as comment anchors.
final class DOCXRunWriter {
    private let xml: XMLWriter
    private let layout: DocumentLayout
    /// Whether drafting notes become comments (a draft) or are dropped (a final document).
    private let writesNotes: Bool
    /// Writes the runs themselves.
    private let plain: DOCXTextRunWriter
    /// The comments anchored so far, in document order.
    private(set) var comments: [DOCXComment] = []

    /// Creates a writer into `xml`.
    init(xml: XMLWriter, layout: DocumentLayout, writesNotes: Bool) {
        self.xml = xml
        self.layout = layout
        self.writesNotes = writesNotes
        plain = DOCXTextRunWriter(xml: xml)
    }

    /// Writes inline content under the given marks.
    func write(_ inlines: [Inline], format: DOCXRunFormat = .plain) throws {
        for inline in inlines {
            try write(inline, format: format)
        }
    }

    private func write(_ inline: Inline, format: DOCXRunFormat) throws {
        switch inline {
        case .text(let text):
            try self.text(text, format.properties)
        case .emphasis(let content):
            var inner = format
            inner.emphasis = true
            try write(content, format: inner)
        case .strong(let content):
            var inner = format
            inner.strong = true
            try write(content, format: inner)
        case .definition(_, let content):
            let quotes = format.properties
            try text(layout.vocabulary.openQuote, quotes)
            var inner = format
            inner.definition = true
            try write(content, format: inner)
            try text(layout.vocabulary.closeQuote, quotes)
        case .termUse(_, let content):
            var inner = format
            inner.term = true
            try write(content, format: inner)
        case .reference(let reference):
            let (prefix, field) = layout.referenceText(reference)
            let properties = format.properties
            if !prefix.isEmpty { try text(prefix, properties) }
            let bookmark = layout.number(of: reference.target)?.bookmark ?? reference.target
            try plain.field(" REF \(bookmark) \\w \\h ", result: field, properties)
        case .blank(let blank):
            var inner = format
            inner.blank = true
            try text(blank.displayText, inner.properties)
        case .note(let note):
            guard writesNotes else { return }
            let id = comments.count
            comments.append(DOCXComment(id: id, note: note, vocabulary: layout.vocabulary))
            try xml.element("w:commentRangeStart", ["w:id": String(id)])
            try xml.element("w:commentRangeEnd", ["w:id": String(id)])
            try xml.element("w:r") {
                try DOCXRunProperties(style: DOCXStyleID.commentReference).write(to: xml)
                try xml.element("w:commentReference", ["w:id": String(id)])
            }
        case .lineBreak:
            try xml.element("w:r") {
                try format.properties.write(to: xml)
                try xml.element("w:br")
            }
        }
    }

    /// Writes literal text as one run.
    func text(_ text: String, _ properties: DOCXRunProperties = DOCXRunProperties()) throws {
        try plain.text(text, properties)
    }
}
