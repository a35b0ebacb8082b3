import AgreementKit
import Foundation

/// The clause library built into the binary by the EmbedClauseLibrary plugin.
enum BundledLibrary {
    /// The name diagnostics use for the bundled files (`bundled:clauses/...`).
    static let root = "bundled:clauses"

    /// Reads and lints the bundled library.
    static func check() -> LibraryCheck {
        let files = BundledLibraryFiles.files.map { file in
            LibraryFile(path: file.path, data: Data(base64Encoded: file.base64) ?? Data())
        }
        return LibraryLoader.check(files: files, root: root)
    }
}
