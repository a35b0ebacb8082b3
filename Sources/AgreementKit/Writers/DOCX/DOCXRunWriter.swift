/// Writes laid-out inline content as WordprocessingML runs into a paragraph: text with tabs and line breaks,
/// character styles, cross-reference and page fields with their cached text, and comment anchors.
struct DOCXRunWriter {
    let xml: XMLWriter
    /// The author and date of a redline's changes; nil where there are none.
    var revision: DOCXRevision? = nil
    /// Whether the runs are inside a deletion (`w:delText`, `w:delInstrText`).
    var deleted = false

    /// Writes inline content under the given format.
    func write(_ inlines: [LaidOutInline], format: DOCXRunFormat = .plain) throws {
        for inline in inlines {
            try write(inline, format: format)
        }
    }

    private func write(_ inline: LaidOutInline, format: DOCXRunFormat) throws {
        let plain = DOCXTextRunWriter(xml: xml, deleted: deleted)
        switch inline {
        case .text(let text):
            try plain.text(text, format.properties)
        case .span(let style, let content):
            try write(content, format: format.adding(style))
        case .reference(let reference):
            try plain.field(" REF \(reference.bookmark) \\w \\h ", result: reference.result, format.properties)
        case .comment(let id):
            try xml.element("w:commentRangeStart", ["w:id": String(id)])
            try xml.element("w:commentRangeEnd", ["w:id": String(id)])
            try xml.element("w:r") {
                try DOCXRunProperties(style: DOCXStyleID.id(.annotationReference)).write(to: xml)
                try xml.element("w:commentReference", ["w:id": String(id)])
            }
        case .lineBreak:
            try xml.element("w:r") {
                try format.properties.write(to: xml)
                try xml.element("w:br")
            }
        case .pageNumber:
            // Word and LibreOffice recompute page fields when they lay the pages out.
            try plain.field(" PAGE ", result: "1", format.properties)
        case .pageCount:
            try plain.field(" NUMPAGES ", result: "1", format.properties)
        case .change(let mark, let content):
            guard let revision else { return try write(content, format: format) }
            var inner = self
            inner.deleted = mark.kind == .deletion
            try revision.write(mark, to: xml) { try inner.write(content, format: format) }
        }
    }
}
