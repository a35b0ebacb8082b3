import AgreementKit
import Foundation

/// The clause library built into the binary by the EmbedClauseLibrary plugin.
enum BundledLibrary {
    /// The name diagnostics use for the bundled files (`bundled:clauses/...`).
    static let root = "bundled:clauses"

    static func load() throws -> ClauseLibrary {
        let files = BundledLibraryFiles.files.map { file in
            LibraryFile(path: file.path, data: Data(base64Encoded: file.base64) ?? Data())
        }
        return try LibraryLoader.load(files: files, root: root)
    }
}
