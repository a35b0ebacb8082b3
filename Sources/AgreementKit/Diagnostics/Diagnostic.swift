/// One problem found in user input, reported compiler-style: `path:line:col: error: message`.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable, Hashable {
        case error, warning, note
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What is wrong, in one sentence.
    public var message: String
    /// Where it is, when known.
    public var location: SourceLocation?
    /// The file, when the location within it is not known.
    public var file: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, file: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.file = file ?? location?.file
    }

    /// The text form, as messages show it.
    public var description: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        if let file { return "\(file): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}
