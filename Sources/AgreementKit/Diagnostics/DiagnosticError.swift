/// An error carrying every problem found, so the user sees them all at once.
public struct DiagnosticError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates an error from one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error with a single error diagnostic.
    public init(_ message: String, at location: SourceLocation? = nil, file: String? = nil) {
        self.diagnostics = [Diagnostic(.error, message, at: location, file: file)]
    }

    /// The text form, as messages show it.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
