/// What a firm's reference document gives the documents of one format family (DOCX or ODF), read once from the
/// reference (`ReferenceDocument`) and decided there: the page, the firm's versions of the tool's named styles, its
/// document defaults, and the content of its header and footer with the images they show. The layout lays out on
/// the firm's page; the writers write these elements in place of their own and decide nothing.
///
/// Every element is already in the output's terms: styles carry the tool's ids and names and its numbering link,
/// references to other styles point at the tool's styles or at `extraStyles`, images at `media`.
struct FirmLook: Sendable, Equatable {
    /// The page: size, margins, header and footer distance.
    var page: PageGeometry
    /// The font of the firm's body text (its document defaults or Normal style), for what the layout draws itself:
    /// the draft watermark.
    var font: String? = nil
    /// The firm's paragraph styles, by the tool's style (a DOCX `w:style`, an ODF `style:style`).
    var paragraphStyles: [ParagraphStyleID: XMLTreeElement] = [:]
    /// The firm's character styles, by the tool's style.
    var characterStyles: [CharacterStyleID: XMLTreeElement] = [:]
    /// Styles of the reference that are not the tool's but that its styles build on, renamed so no name clashes.
    var extraStyles: [XMLTreeElement] = []
    /// The document defaults (`w:docDefaults`, the paragraph `style:default-style`) with the document's language.
    var defaults: XMLTreeElement?
    /// ODF font declarations (`style:font-face`) the firm's styles use, besides the tool's font.
    var fontFaces: [XMLTreeElement] = []
    /// The firm's header content, written before the tool's header line (DOCX `w:p`/`w:tbl`, ODF `text:p`…).
    var header: [XMLTreeElement] = []
    /// The firm's footer content, written after the tool's page-number line.
    var footer: [XMLTreeElement] = []
    /// ODF: the automatic styles the header and footer content use, renamed.
    var headerFooterStyles: [XMLTreeElement] = []
    /// DOCX: the relationships of the header part and of the footer part (images, links).
    var headerRelationships: [FirmRelationship] = []
    var footerRelationships: [FirmRelationship] = []
    /// The images the header and footer show, copied byte for byte under fixed names.
    var media: [FirmMedia] = []
}

/// A relationship of a DOCX header or footer part that the firm's content refers to.
struct FirmRelationship: Sendable, Equatable {
    var id: String
    var type: String
    /// The target: relative to `word/` for an image, a URL for an external link.
    var target: String
    var isExternal: Bool
}

/// An image of the firm's header or footer.
struct FirmMedia: Sendable, Equatable {
    /// The path inside the package (`word/media/firm1.png`, `Pictures/firm1.png`).
    var name: String
    var mediaType: String
    var data: [UInt8]
}
