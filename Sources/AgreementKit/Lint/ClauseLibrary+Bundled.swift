import Foundation

extension ClauseLibrary {
    /// The name diagnostics use for the files of the bundled library (`bundled:clauses/...`).
    public static let bundledRoot = "bundled:clauses"

    /// The OPI clause library built into AgreementKit (the repository's `clauses/` folder, embedded at build time by
    /// the EmbedClauseLibrary plugin), so a program finds it without any files beside it.
    /// It is read but not linted: it is fixed when the binary is built, and the tests require `checkBundled()` to
    /// find no error and no warning, so no program start pays for the lint.
    ///
    /// With `parsingBodies` false the clause bodies are kept as text and each is parsed when an assembly uses it
    /// (`ClauseFile.body(in:)`): building one agreement then parses only its own clauses in its own language. A
    /// program that assembles many agreements, or reads every body (lint, check, explain), parses them all once.
    public static func bundled(parsingBodies: Bool = true) throws(DiagnosticError) -> ClauseLibrary {
        try LibraryLoader.read(files: bundledFiles, root: bundledRoot, parsingBodies: parsingBodies)
    }

    /// Reads and lints the bundled library without throwing (`clauses lint` prints the result).
    public static func checkBundled() -> LibraryCheck {
        LibraryLoader.check(files: bundledFiles, root: bundledRoot)
    }

    /// The files of the bundled library.
    static var bundledFiles: [LibraryFile] {
        // The plugin that embeds the files writes their bytes in base64.
        BundledLibraryFiles.files.map { file in LibraryFile(path: file.path, data: Data(base64Encoded: file.base64)!) }
    }

    /// The bytes of the bundled library's file at `path` below `clauses/`, if there is one (for showing the source
    /// line of a diagnostic).
    public static func bundledFile(_ path: String) -> Data? {
        BundledLibraryFiles.files.first { $0.path == path }.flatMap { Data(base64Encoded: $0.base64) }
    }
}
