/// A clause library read and linted: the one set of checks. `clauses lint` prints `diagnostics`; every command and
/// entry point that loads a library (`LibraryLoader.load`) refuses it when `errors` is not empty, and passes on the
/// warnings, which do not block.
public struct LibraryCheck: Sendable {
    /// The library, when its files could be read (it may still have lint errors).
    public var library: ClauseLibrary?
    /// The problems found: the reading errors when the files could not be read, else every lint error and warning
    /// sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates a check result.
    public init(library: ClauseLibrary?, diagnostics: [Diagnostic]) {
        self.library = library
        self.diagnostics = diagnostics
    }

    /// The errors among the diagnostics.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// The diagnostics that do not block: warnings and notes.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity != .error } }

    /// The library, when it was read and has no lint errors. Otherwise throws every diagnostic (errors and
    /// warnings, in file order), so the user sees them all at once.
    public func checked() throws(DiagnosticError) -> ClauseLibrary {
        guard let library, errors.isEmpty else { throw DiagnosticError(diagnostics) }
        return library
    }
}

extension LibraryLoader {
    /// Reads the library in a folder and lints it. Never throws: a library that cannot be read comes back without
    /// `library`, with the reading errors.
    public static func check(directory: String) -> LibraryCheck {
        check { () throws(DiagnosticError) in try read(directory: directory) }
    }

    /// Reads a library from its files (see `load(files:root:)`) and lints it.
    public static func check(files: [LibraryFile], root: String) -> LibraryCheck {
        check { () throws(DiagnosticError) in try read(files: files, root: root) }
    }

    /// Reads the library in a folder and lints it; throws every diagnostic when it cannot be read or has lint errors.
    /// Warnings do not block; use `check(directory:)` to see them. Files and folders whose name starts with `.` are
    /// skipped.
    public static func load(directory: String) throws(DiagnosticError) -> ClauseLibrary {
        try check(directory: directory).checked()
    }

    /// Reads a library from its files (paths below the library folder, as `results/results-open.clause`) and lints
    /// it; throws every diagnostic when it cannot be read or has lint errors. `root` is the folder's name in
    /// diagnostics (`clauses`, or `bundled:clauses` for a library built into the binary).
    public static func load(files: [LibraryFile], root: String) throws(DiagnosticError) -> ClauseLibrary {
        try check(files: files, root: root).checked()
    }

    private static func check(_ read: () throws(DiagnosticError) -> ClauseLibrary) -> LibraryCheck {
        do {
            let library = try read()
            return LibraryCheck(library: library, diagnostics: LibraryLinter(library: library).lint())
        } catch {
            return LibraryCheck(library: nil, diagnostics: error.diagnostics)
        }
    }
}
