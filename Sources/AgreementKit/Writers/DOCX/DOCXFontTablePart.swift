import Foundation

/// Writes `word/fontTable.xml`, describing the body font so a reader without it substitutes a metric twin.
struct DOCXFontTablePart {
    /// The body font.
    let font: String

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:fonts", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try xml.element("w:font", ["w:name": font]) {
                try xml.element("w:panose1", ["w:val": "02020603050405020304"])
                try xml.element("w:charset", ["w:val": "00"])
                try xml.element("w:family", ["w:val": "roman"])
                try xml.element("w:pitch", ["w:val": "variable"])
            }
        }
        return try xml.finish()
    }
}
