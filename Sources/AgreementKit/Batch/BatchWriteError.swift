/// A file or folder of a batch could not be written (an I/O error, not a problem of the input).
public struct BatchWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
