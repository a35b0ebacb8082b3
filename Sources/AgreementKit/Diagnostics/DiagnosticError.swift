/// An error carrying every problem found, so the user sees them all at once. Its text (`description`) is in
/// `Words/`, where the messages are worded.
public struct DiagnosticError: Error, Sendable, Equatable {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates an error from one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error with a single error diagnostic.
    public init(_ message: Message, at location: SourceLocation? = nil, file: String? = nil) {
        self.diagnostics = [Diagnostic(.error, message, at: location, file: file)]
    }

    /// Creates an error with a single error diagnostic whose text is already worded (see
    /// `Diagnostic.init(_:worded:at:file:)`).
    public init(worded text: String, at location: SourceLocation? = nil, file: String? = nil) {
        self.diagnostics = [Diagnostic(.error, worded: text, at: location, file: file)]
    }

    /// Creates an error with a single error diagnostic whose text is not in the words files (see
    /// `Diagnostic.Content.untranslated`).
    public init(untranslated text: String, at location: SourceLocation? = nil, file: String? = nil) {
        self.diagnostics = [Diagnostic(.error, untranslated: text, at: location, file: file)]
    }
}
