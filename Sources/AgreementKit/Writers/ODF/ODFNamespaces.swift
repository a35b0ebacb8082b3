/// The XML namespaces an ODF text document uses, and the root elements' namespace declarations.
enum ODFNamespaces {
    /// The media type of an ODF text document.
    static let textMediaType = "application/vnd.oasis.opendocument.text"
    /// The ODF version every part declares.
    static let version = "1.3"

    /// Prefix and URI of every namespace a document part may use, in the order they are declared.
    static let document: [(prefix: String, uri: String)] = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
    ]

    /// The URI of a document namespace by its prefix.
    static func uri(_ prefix: String) -> String { document.first { $0.prefix == prefix }!.uri }

    /// The prefix of every document namespace by its URI.
    static let prefixes = Dictionary(uniqueKeysWithValues: document.map { ($0.uri, $0.prefix) })

    /// The manifest namespace.
    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// Declares the document namespaces and `office:version` on the root element just opened.
    static func declareDocumentRoot(on xml: XMLWriter) throws {
        for (prefix, uri) in document { try xml.attribute("xmlns:\(prefix)", uri) }
        try xml.attribute("office:version", version)
    }
}
