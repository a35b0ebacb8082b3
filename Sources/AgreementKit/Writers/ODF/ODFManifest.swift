import Foundation

/// Writes `META-INF/manifest.xml`: the package root and every part (the `mimetype` entry and the manifest
/// itself are not listed, as the ODF packaging rules say).
enum ODFManifest {
    /// The manifest of a package with these parts.
    static func data(listing parts: [PackagePart]) throws -> Data {
        let xml = try XMLWriter()
        xml.origin = "manifest"
        try xml.declaration()
        try xml.element(
            "manifest:manifest", ["xmlns:manifest": ODFNamespaces.manifest, "manifest:version": ODFNamespaces.version]
        ) {
            try xml.element(
                "manifest:file-entry",
                [
                    "manifest:full-path": "/", "manifest:version": ODFNamespaces.version,
                    "manifest:media-type": ODFNamespaces.textMediaType,
                ])
            for part in parts where part.name != "mimetype" {
                try xml.element(
                    "manifest:file-entry", ["manifest:full-path": part.name, "manifest:media-type": part.mediaType])
            }
        }
        return try xml.finish()
    }
}
