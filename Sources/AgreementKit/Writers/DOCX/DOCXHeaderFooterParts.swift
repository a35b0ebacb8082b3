import Foundation

/// Writes `word/header1.xml` and `word/footer1.xml` from the laid-out header and footer paragraphs, and the first
/// page's `word/header2.xml` and `word/footer2.xml` (the section has a different first page, `w:titlePg`).
struct DOCXHeaderFooterParts {
    let document: LaidOutDocument

    /// The header part's XML.
    func header() throws -> Data { try part("w:hdr", document.header) }

    /// The footer part's XML.
    func footer() throws -> Data { try part("w:ftr", document.footer) }

    /// The first page's header part.
    func firstPageHeader() throws -> Data { try part("w:hdr", document.firstPageHeader) }

    /// The first page's footer part: the same footer as every page.
    func firstPageFooter() throws -> Data { try part("w:ftr", document.footer) }

    private func part(_ root: String, _ paragraph: LaidOutParagraph) throws -> Data {
        let xml = try XMLWriter()
        xml.origin = paragraph.origin
        try xml.declaration()
        try xml.element(root, ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try xml.element("w:p") {
                try DOCXParagraphProperties(paragraph, in: document).write(to: xml)
                try DOCXRunWriter(xml: xml).write(paragraph.content)
            }
        }
        return try xml.finish()
    }
}
