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

    /// The bytes of the bundled file at `path` below `clauses/`, if there is one.
    static func data(of path: String) -> Data? {
        BundledLibraryFiles.files.first { $0.path == path }.flatMap { Data(base64Encoded: $0.base64) }
    }
}
