import Foundation

/// Writes DOCX parts as Flat OPC: one `pkg:package` XML file that Word opens directly. Each part's XML is embedded
/// byte for byte (without its XML declaration), so the flat form holds exactly the parts of the `.docx`.
enum FlatOPCWriter {
    static let namespace = "http://schemas.microsoft.com/office/2006/xmlPackage"

    static func write(_ parts: [PackagePart]) throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.processingInstruction("mso-application", "progid=\"Word.Document\"")
        try xml.element("pkg:package", ["xmlns:pkg": namespace]) {
            for part in parts where part.name != "[Content_Types].xml" {
                if part.mediaType.hasSuffix("xml") {
                    try xml.element("pkg:part", ["pkg:name": "/" + part.name, "pkg:contentType": part.mediaType]) {
                        try xml.element("pkg:xmlData") {
                            try xml.embed(part: part.data)
                        }
                    }
                } else {
                    // An image: its bytes in base64, as Word writes a binary part.
                    try xml.element(
                        "pkg:part",
                        ["pkg:name": "/" + part.name, "pkg:contentType": part.mediaType, "pkg:compression": "store"]
                    ) {
                        try xml.element(
                            "pkg:binaryData",
                            text: part.data.base64EncodedString(options: [
                                .lineLength76Characters, .endLineWithLineFeed,
                            ]))
                    }
                }
            }
        }
        return try xml.finish()
    }
}
