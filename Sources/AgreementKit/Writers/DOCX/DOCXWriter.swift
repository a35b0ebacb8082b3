import Foundation

/// Writes a laid-out agreement as the parts of a WordprocessingML (DOCX) package, in a fixed order: content types,
/// package relationships, document properties, the document, styles, numbering, settings, font table, header,
/// footer, first-page header and footer, comments (only when there are any) and the document relationships. `ZipPackage` zips the parts into a
/// `.docx`; `FlatOPCWriter` embeds them in one Flat OPC file.
struct DOCXWriter {
    let document: LaidOutDocument
    let metadata: AgreementMetadata
    let options: RenderOptions

    /// The package parts, `[Content_Types].xml` first.
    func parts() throws -> [PackagePart] {
        typealias Media = DOCXNamespace.MediaType
        let properties = DOCXPropertiesParts(metadata: metadata, languageTag: document.languageTag, options: options)
        let headerFooter = DOCXHeaderFooterParts(document: document)
        let hasComments = !document.comments.isEmpty

        var parts: [PackagePart] = [
            PackagePart(
                name: DOCXPartName.packageRelationships, mediaType: Media.relationships,
                data: try DOCXPackageParts.packageRelationships(customProperties: properties.hasCustomProperties)),
            PackagePart(
                name: DOCXPartName.coreProperties, mediaType: Media.coreProperties, data: try properties.core()),
            PackagePart(
                name: DOCXPartName.appProperties, mediaType: Media.extendedProperties, data: try properties.app()),
        ]
        if properties.hasCustomProperties {
            parts.append(
                PackagePart(
                    name: DOCXPartName.customProperties, mediaType: Media.customProperties,
                    data: try properties.custom()))
        }
        parts += [
            PackagePart(
                name: DOCXPartName.document, mediaType: Media.document,
                data: try DOCXDocumentPart(
                    document: document, revision: DOCXRevision(document, date: options.iso8601)
                ).data()),
            PackagePart(
                name: DOCXPartName.styles, mediaType: Media.styles,
                data: try DOCXStylesPart(
                    styles: document.styles, firm: document.firm, languageTag: document.languageTag
                )
                .data()),
            PackagePart(
                name: DOCXPartName.numbering, mediaType: Media.numbering,
                data: try DOCXNumberingPart(document: document).data()),
            PackagePart(
                name: DOCXPartName.settings, mediaType: Media.settings,
                data: try DOCXSettingsPart(document: document).data()),
            PackagePart(
                name: DOCXPartName.fontTable, mediaType: Media.fontTable,
                data: try DOCXFontTablePart(font: document.styles.bodyFont).data()),
            PackagePart(name: DOCXPartName.header, mediaType: Media.header, data: try headerFooter.header()),
            PackagePart(name: DOCXPartName.footer, mediaType: Media.footer, data: try headerFooter.footer()),
            PackagePart(
                name: DOCXPartName.firstPageHeader, mediaType: Media.header, data: try headerFooter.firstPageHeader()),
            PackagePart(
                name: DOCXPartName.firstPageFooter, mediaType: Media.footer, data: try headerFooter.firstPageFooter()),
        ]
        if let firm = document.firm {
            // The firm's header and footer content refers to its images and links through each part's own
            // relationships; both headers (and both footers) carry the same content.
            let partsWithLinks = [
                (DOCXPartName.header, firm.headerRelationships),
                (DOCXPartName.firstPageHeader, firm.headerRelationships),
                (DOCXPartName.footer, firm.footerRelationships),
                (DOCXPartName.firstPageFooter, firm.footerRelationships),
            ]
            for (name, links) in partsWithLinks where !links.isEmpty {
                parts.append(
                    PackagePart(
                        name: DOCXPartName.relationships(of: name), mediaType: Media.relationships,
                        data: try DOCXPackageParts.partRelationships(links)))
            }
            for media in firm.media {
                parts.append(PackagePart(name: media.name, mediaType: media.mediaType, data: Data(media.data)))
            }
        }
        if hasComments {
            parts.append(
                PackagePart(
                    name: DOCXPartName.comments, mediaType: Media.comments,
                    data: try DOCXCommentsPart(comments: document.comments, options: options).data()))
        }
        parts.append(
            PackagePart(
                name: DOCXPartName.documentRelationships, mediaType: Media.relationships,
                data: try DOCXPackageParts.documentRelationships(comments: hasComments)))
        let contentTypes = PackagePart(
            name: DOCXPartName.contentTypes, mediaType: Media.xml,
            data: try DOCXPackageParts.contentTypes(for: parts))
        return [contentTypes] + parts
    }
}
