/// Writes `office:meta`: generator, title, language, dates from the render options, and each provenance entry
/// as a user-defined property.
struct ODFMeta {
    /// The agreement's metadata.
    let metadata: AgreementMetadata
    /// The generator name and timestamp.
    let options: RenderOptions
    /// The document language.
    let languageTag: String

    /// Writes the `office:meta` element.
    func write(into xml: XMLWriter) throws {
        xml.origin = "document properties"
        try xml.element("office:meta") {
            try xml.element("meta:generator", text: options.generator)
            try xml.element("dc:title", text: metadata.title)
            try xml.element("dc:language", text: languageTag)
            try xml.element("meta:creation-date", text: options.iso8601)
            try xml.element("dc:date", text: options.iso8601)
            for entry in metadata.provenance {
                xml.origin = "provenance entry '\(entry.key)'"
                try xml.element(
                    "meta:user-defined", ["meta:name": entry.key, "meta:value-type": "string"], text: entry.value)
            }
        }
    }
}
