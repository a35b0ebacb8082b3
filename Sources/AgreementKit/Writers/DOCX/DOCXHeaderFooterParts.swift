import Foundation

/// Writes `word/header1.xml` (the title and, in a draft, the draft mark at the right margin) and
/// `word/footer1.xml` ("Sida 1 av 3" / "Page 1 of 3" with PAGE and NUMPAGES fields).
struct DOCXHeaderFooterParts {
    let agreement: Agreement
    let layout: DocumentLayout

    /// The header part's XML.
    func header() throws -> Data {
        let xml = try XMLWriter()
        xml.origin = "header (agreement title)"
        let runs = DOCXTextRunWriter(xml: xml)
        try xml.declaration()
        try xml.element("w:hdr", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try xml.element("w:p") {
                try DOCXParagraphProperties(style: DOCXStyleID.header).write(to: xml)
                try runs.text(agreement.metadata.title)
                if agreement.metadata.status == .draft {
                    try runs.text("\t")
                    try runs.text(layout.vocabulary.draftMark, DOCXRunProperties(style: DOCXStyleID.draftMark))
                }
            }
        }
        return try xml.finish()
    }

    /// The footer part's XML. The cached field results are "1"; Word and LibreOffice recompute page fields when
    /// they lay the pages out.
    func footer() throws -> Data {
        let xml = try XMLWriter()
        xml.origin = "footer"
        let runs = DOCXTextRunWriter(xml: xml)
        let vocabulary = layout.vocabulary
        try xml.declaration()
        try xml.element("w:ftr", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try xml.element("w:p") {
                try DOCXParagraphProperties(style: DOCXStyleID.footer).write(to: xml)
                try runs.text(vocabulary.pageWord + " ")
                try runs.field(" PAGE ", result: "1")
                try runs.text(" " + vocabulary.ofWord + " ")
                try runs.field(" NUMPAGES ", result: "1")
            }
        }
        return try xml.finish()
    }
}
