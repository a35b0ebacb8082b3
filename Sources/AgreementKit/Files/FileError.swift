/// A file or folder could not be read or written: an I/O error, not a problem of the input. The one error type for
/// every file operation of the library and the command line (`opi-agreement` exits with status 3 for it).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or folder, as the user named it.
    public var path: String
    /// What went wrong, in words (`cannot write (No space left on device)`).
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The text form, as messages show it.
    public var description: String { "\(path): \(reason)" }
}
