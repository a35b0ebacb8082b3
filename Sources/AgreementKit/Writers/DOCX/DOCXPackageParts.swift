import Foundation

/// Writes the package plumbing: `[Content_Types].xml`, the package relationships `_rels/.rels` and the document
/// relationships `word/_rels/document.xml.rels`.
enum DOCXPackageParts {
    /// `[Content_Types].xml`: defaults for `.rels` and `.xml`, and an override for every other part.
    static func contentTypes(for parts: [PackagePart]) throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("Types", ["xmlns": DOCXNamespace.contentTypes]) {
            try xml.element(
                "Default", ["Extension": "rels", "ContentType": DOCXNamespace.MediaType.relationships])
            try xml.element("Default", ["Extension": "xml", "ContentType": DOCXNamespace.MediaType.xml])
            for part in parts where !part.name.hasSuffix(".rels") && part.name != DOCXPartName.contentTypes {
                try xml.element("Override", ["PartName": "/" + part.name, "ContentType": part.mediaType])
            }
        }
        return try xml.finish()
    }

    /// `_rels/.rels`: the main document and the property parts.
    static func packageRelationships(customProperties: Bool) throws -> Data {
        var relationships = [
            (DOCXNamespace.RelationshipType.officeDocument, DOCXPartName.document),
            (DOCXNamespace.RelationshipType.coreProperties, DOCXPartName.coreProperties),
            (DOCXNamespace.RelationshipType.extendedProperties, DOCXPartName.appProperties),
        ]
        if customProperties {
            relationships.append((DOCXNamespace.RelationshipType.customProperties, DOCXPartName.customProperties))
        }
        return try write(relationships.enumerated().map { ("rId\($0.offset + 1)", $0.element.0, $0.element.1) })
    }

    /// `word/_rels/document.xml.rels`, with the fixed ids of `DOCXPartName.DocumentRelationshipID`; targets are
    /// relative to `word/`.
    static func documentRelationships(comments: Bool) throws -> Data {
        typealias ID = DOCXPartName.DocumentRelationshipID
        typealias Kind = DOCXNamespace.RelationshipType
        var relationships = [
            (ID.styles, Kind.styles, "styles.xml"),
            (ID.numbering, Kind.numbering, "numbering.xml"),
            (ID.settings, Kind.settings, "settings.xml"),
            (ID.fontTable, Kind.fontTable, "fontTable.xml"),
            (ID.header, Kind.header, "header1.xml"),
            (ID.footer, Kind.footer, "footer1.xml"),
            (ID.firstPageHeader, Kind.header, "header2.xml"),
            (ID.firstPageFooter, Kind.footer, "footer2.xml"),
        ]
        if comments { relationships.append((ID.comments, Kind.comments, "comments.xml")) }
        return try write(relationships)
    }

    /// The relationships of a header or footer part with a firm's content: its images and external links.
    static func partRelationships(_ links: [FirmRelationship]) throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("Relationships", ["xmlns": DOCXNamespace.packageRelationships]) {
            for link in links {
                try xml.start("Relationship")
                try xml.attribute("Id", link.id)
                try xml.attribute("Type", link.type)
                try xml.attribute("Target", link.target)
                if link.isExternal { try xml.attribute("TargetMode", "External") }
                try xml.end()
            }
        }
        return try xml.finish()
    }

    private static func write(_ relationships: [(id: String, type: String, target: String)]) throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("Relationships", ["xmlns": DOCXNamespace.packageRelationships]) {
            for relationship in relationships {
                try xml.element(
                    "Relationship",
                    ["Id": relationship.id, "Type": relationship.type, "Target": relationship.target])
            }
        }
        return try xml.finish()
    }
}
