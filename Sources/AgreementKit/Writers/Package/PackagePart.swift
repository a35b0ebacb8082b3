import Foundation

/// One part of a package: its name inside the package, its media type, and its bytes.
struct PackagePart: Sendable {
    /// The path inside the package, without a leading slash (`word/document.xml`).
    let name: String
    /// The media type (content type).
    let mediaType: String
    /// The bytes of the part.
    let data: Data
    /// Whether the part is deflated in a ZIP package (the ODF `mimetype` entry is stored).
    let compressed: Bool

    init(name: String, mediaType: String, data: Data, compressed: Bool = true) {
        self.name = name
        self.mediaType = mediaType
        self.data = data
        self.compressed = compressed
    }
}
