/// Namespace URIs, media types and relationship types of the DOCX package, in one place.
enum DOCXNamespace {
    /// WordprocessingML main namespace (prefix `w`).
    static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// VML (prefix `v`), Office's VML extensions (`o`) and Word's (`w10`): the draft watermark's shape.
    static let vml = "urn:schemas-microsoft-com:vml"
    static let officeVML = "urn:schemas-microsoft-com:office:office"
    static let wordVML = "urn:schemas-microsoft-com:office:word"
    /// Office document relationships namespace (prefix `r`), for `r:id` attributes.
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// DrawingML in WordprocessingML (`wp`), DrawingML (`a`) and pictures (`pic`): images of a firm's header.
    static let wordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let picture = "http://schemas.openxmlformats.org/drawingml/2006/picture"

    /// The prefix of every namespace a firm's header or footer content may use, as a header part declares them.
    static let contentPrefixes: [(prefix: String, uri: String)] = [
        ("w", wordprocessingML), ("r", officeRelationships), ("v", vml), ("o", officeVML), ("w10", wordVML),
        ("wp", wordprocessingDrawing), ("a", drawingML), ("pic", picture),
    ]
    /// OPC content types namespace.
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// OPC relationships namespace.
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Core properties namespace (prefix `cp`).
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    /// Dublin Core elements (prefix `dc`).
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    /// Dublin Core terms (prefix `dcterms`).
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    /// Dublin Core types (prefix `dcmitype`).
    static let dublinCoreTypes = "http://purl.org/dc/dcmitype/"
    /// XML Schema instance (prefix `xsi`), for `xsi:type="dcterms:W3CDTF"`.
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    /// Extended (application) properties namespace.
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    /// Custom properties namespace.
    static let customProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    /// Document property variant types (prefix `vt`).
    static let variantTypes = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"

    /// Media types of the parts.
    enum MediaType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let comments = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
        static let customProperties = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
    }

    /// Relationship types.
    enum RelationshipType {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties =
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let customProperties =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let numbering = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        static let comments = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    }
}
