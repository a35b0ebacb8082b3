/// A file or folder could not be read or written: an I/O error, not a problem of the input. The one error type for
/// every file operation of the library and the command line (`opi-agreement` exits with status 3 for it). Its text
/// (`description`) is in `Words/`, where the messages are worded.
public struct FileError: Error, Sendable, Equatable {
    /// The file or folder, as the user named it.
    public var path: String
    /// What went wrong (`cannot write ({reason})`, with the operating system's reason).
    public var reason: Message

    /// Creates an error.
    public init(path: String, reason: Message) {
        self.path = path
        self.reason = reason
    }

    /// Creates an error from one of the reasons every file operation shares, with the operating system's
    /// explanation (`No space left on device`) when there is one.
    public init(path: String, _ key: MessageKey, system: String? = nil) {
        self.init(path: path, reason: Message(key, system.map { ["reason": .text($0)] } ?? [:]))
    }
}
