import Foundation

/// Writes a laid-out agreement as OpenDocument 1.3 text: the zipped package (`parts()`, for `.odt`) or the flat
/// single-file form (`flatDocument()`, for `.fodt`). Both forms are written by the same section writers
/// (`ODFMeta`, `ODFStyles`, `ODFAutomaticStyles`, `ODFBody`), each given the `XMLWriter` to write into.
struct ODFWriter {
    let document: LaidOutDocument
    let metadata: AgreementMetadata
    let options: RenderOptions

    /// The automatic styles the body needs, found in one walk over the laid-out body.
    private let automatic: ODFAutomaticStyles
    /// Writes inline content everywhere.
    private let inline: ODFInlineWriter

    /// Creates a writer for a laid-out agreement.
    init(document: LaidOutDocument, metadata: AgreementMetadata, options: RenderOptions) {
        self.document = document
        self.metadata = metadata
        self.options = options
        automatic = ODFAutomaticStyles(document)
        inline = ODFInlineWriter(comments: document.comments, date: options.iso8601)
    }

    private var styles: ODFStyles {
        ODFStyles(document: document, lists: automatic.listStyles, inline: inline)
    }

    private var flatStyles: ODFStyles {
        var styles = self.styles
        styles.flat = true
        return styles
    }

    private var meta: ODFMeta {
        ODFMeta(metadata: metadata, options: options, languageTag: document.languageTag)
    }

    private var body: ODFBody {
        ODFBody(
            document: document, automatic: automatic, inline: inline,
            changes: ODFChanges(document), changeDate: options.iso8601)
    }

    /// The package parts in their fixed order: `mimetype` (stored) first, then content, styles, meta, settings
    /// and the manifest.
    func parts() throws -> [PackagePart] {
        var parts = [
            PackagePart(
                name: "mimetype", mediaType: ODFNamespaces.textMediaType, data: Data(ODFNamespaces.textMediaType.utf8),
                compressed: false),
            PackagePart(name: "content.xml", mediaType: "text/xml", data: try contentXML()),
            PackagePart(name: "styles.xml", mediaType: "text/xml", data: try stylesXML()),
            PackagePart(name: "meta.xml", mediaType: "text/xml", data: try metaXML()),
            PackagePart(name: "settings.xml", mediaType: "text/xml", data: try settingsXML()),
        ]
        for media in document.firm?.media ?? [] {
            parts.append(PackagePart(name: media.name, mediaType: media.mediaType, data: Data(media.data)))
        }
        parts.append(
            PackagePart(
                name: "META-INF/manifest.xml", mediaType: "text/xml", data: try ODFManifest.data(listing: parts)))
        return parts
    }

    /// The flat document: one `office:document` with meta, settings, fonts, all styles and the body.
    func flatDocument() throws -> Data {
        try document("office:document", mimetype: true) { xml in
            try meta.write(into: xml)
            try ODFSettings.write(into: xml)
            let styles = flatStyles
            try styles.writeFontFaceDecls(into: xml)
            try styles.writeStyles(into: xml)
            try xml.element("office:automatic-styles") {
                try styles.writePageLayout(into: xml)
                try automatic.write(into: xml)
            }
            try styles.writeMasterStyles(into: xml)
            try body.write(into: xml)
        }
    }

    /// `content.xml`: fonts, the body's automatic styles and the body.
    private func contentXML() throws -> Data {
        try document("office:document-content") { xml in
            try styles.writeFontFaceDecls(into: xml)
            try xml.element("office:automatic-styles") { try automatic.write(into: xml) }
            try body.write(into: xml)
        }
    }

    /// `styles.xml`: fonts, named styles, the page layout and the master page.
    private func stylesXML() throws -> Data {
        try document("office:document-styles") { xml in
            try styles.writeFontFaceDecls(into: xml)
            try styles.writeStyles(into: xml)
            try xml.element("office:automatic-styles") { try styles.writePageLayout(into: xml) }
            try styles.writeMasterStyles(into: xml)
        }
    }

    /// `meta.xml`.
    private func metaXML() throws -> Data {
        try document("office:document-meta") { xml in try meta.write(into: xml) }
    }

    /// `settings.xml`.
    private func settingsXML() throws -> Data {
        try document("office:document-settings") { xml in try ODFSettings.write(into: xml) }
    }

    /// Writes one XML document whose root declares the ODF namespaces and version.
    private func document(_ root: String, mimetype: Bool = false, content: (XMLWriter) throws -> Void) throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.start(root)
        try ODFNamespaces.declareDocumentRoot(on: xml)
        if mimetype { try xml.attribute("office:mimetype", ODFNamespaces.textMediaType) }
        try content(xml)
        try xml.end()
        return try xml.finish()
    }
}
