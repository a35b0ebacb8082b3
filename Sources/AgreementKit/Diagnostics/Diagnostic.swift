/// One problem found in user input, reported compiler-style: `path:line:col: error: message`. It holds what is wrong
/// as data (a `Message`); its text, in the messages language, is `message` and `description` (`Words/`). Two
/// diagnostics are equal when they say the same words at the same place (`Words/`).
public struct Diagnostic: Sendable {
    /// How serious a diagnostic is. The labels are not translated: tools and editors read them.
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error, warning, note
    }

    /// What a diagnostic says.
    public enum Content: Sendable, Equatable, Hashable {
        /// A message of the words files, worded in the messages language.
        case message(Message)
        /// Text as it is: worded already (the interview's words, in its language), or not in the words files: a
        /// problem of the words files themselves (a developer's error, reported before any words can be read), as
        /// `MessageLiteralTests` lists.
        case untranslated(String)
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong.
    public var content: Content
    /// Where it is, when known.
    public var location: SourceLocation?
    /// The file, when the location within it is not known.
    public var file: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation? = nil, file: String? = nil) {
        self.init(severity, content: .message(message), at: location, file: file)
    }

    /// Creates a diagnostic whose text is not in the words files (see `Content.untranslated`).
    public init(
        _ severity: Severity, untranslated text: String, at location: SourceLocation? = nil, file: String? = nil
    ) {
        self.init(severity, content: .untranslated(text), at: location, file: file)
    }

    /// Creates a diagnostic whose text is already worded from a words file in the language it is for (the
    /// interview's own words, in the interview's language).
    public init(_ severity: Severity, worded text: String, at location: SourceLocation? = nil, file: String? = nil) {
        self.init(severity, content: .untranslated(text), at: location, file: file)
    }

    /// Creates a diagnostic with its content.
    public init(_ severity: Severity, content: Content, at location: SourceLocation? = nil, file: String? = nil) {
        self.severity = severity
        self.content = content
        self.location = location
        self.file = file ?? location?.file
    }

    /// The same problem said inside another message: `key`'s text with this diagnostic's text as `{message}` and
    /// the other values given (`"{label}: {message}"`).
    public func wrapped(in key: MessageKey, _ values: [String: Message.Value] = [:]) -> Diagnostic {
        var values = values
        switch content {
        case .message(let message): values["message"] = .message(message)
        case .untranslated(let text): values["message"] = .text(text)
        }
        var copy = self
        copy.content = .message(Message(key, values))
        return copy
    }
}
