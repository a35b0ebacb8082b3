import Foundation

/// Writes the document properties: `docProps/core.xml` (title, language, creator, dates), `docProps/app.xml`
/// (the generating application) and `docProps/custom.xml` (each provenance entry as a text property).
struct DOCXPropertiesParts {
    let metadata: AgreementMetadata
    /// The document's BCP 47 language tag.
    let languageTag: String
    let options: RenderOptions

    /// The format id Office uses for user-defined custom properties.
    static let customPropertiesFormatID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

    /// Whether there is a custom properties part to write.
    var hasCustomProperties: Bool { !metadata.provenance.isEmpty }

    /// `docProps/core.xml`.
    func core() throws -> Data {
        let xml = try XMLWriter()
        xml.origin = "metadata"
        try xml.declaration()
        try xml.element(
            "cp:coreProperties",
            [
                "xmlns:cp": DOCXNamespace.coreProperties, "xmlns:dc": DOCXNamespace.dublinCore,
                "xmlns:dcterms": DOCXNamespace.dublinCoreTerms, "xmlns:dcmitype": DOCXNamespace.dublinCoreTypes,
                "xmlns:xsi": DOCXNamespace.schemaInstance,
            ]
        ) {
            try xml.element("dc:title", text: metadata.title)
            try xml.element("dc:creator", text: options.generator)
            try xml.element("cp:lastModifiedBy", text: options.generator)
            try xml.element("dc:language", text: languageTag)
            try xml.element("dcterms:created", ["xsi:type": "dcterms:W3CDTF"], text: options.iso8601)
            try xml.element("dcterms:modified", ["xsi:type": "dcterms:W3CDTF"], text: options.iso8601)
        }
        return try xml.finish()
    }

    /// `docProps/app.xml`.
    func app() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element(
            "Properties", ["xmlns": DOCXNamespace.extendedProperties, "xmlns:vt": DOCXNamespace.variantTypes]
        ) {
            try xml.element("Application", text: options.generator)
            try xml.element("DocSecurity", text: "0")
        }
        return try xml.finish()
    }

    /// `docProps/custom.xml`: property ids from 2, in the order of the provenance entries.
    func custom() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element(
            "Properties", ["xmlns": DOCXNamespace.customProperties, "xmlns:vt": DOCXNamespace.variantTypes]
        ) {
            for (index, entry) in metadata.provenance.enumerated() {
                xml.origin = "metadata.provenance '\(entry.key)'"
                try xml.element(
                    "property",
                    [
                        "fmtid": DOCXPropertiesParts.customPropertiesFormatID, "pid": String(index + 2),
                        "name": entry.key,
                    ]
                ) {
                    try xml.element("vt:lpwstr", text: entry.value)
                }
            }
        }
        return try xml.finish()
    }
}
