/// Checks a whole clause library: every reference and term resolves, conditions and values type-check against the
/// questionnaire, every clause has every language and the translations agree, every term and question is used.
public struct LibraryLinter: Sendable {
    /// The library to check.
    public let library: ClauseLibrary

    /// Creates a linter.
    public init(library: ClauseLibrary) {
        self.library = library
    }

    /// Every problem found, sorted by file, line and column.
    public func lint() -> [Diagnostic] {
        var run = LintRun(library: library)
        run.check()
        return run.diagnostics.sorted { a, b in
            let la = a.location
            let lb = b.location
            return (la?.file ?? a.file ?? "", la?.line ?? 0, la?.column ?? 0, a.message)
                < (lb?.file ?? b.file ?? "", lb?.line ?? 0, lb?.column ?? 0, b.message)
        }
    }
}
