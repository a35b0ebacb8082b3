/// A PDF could not be made: LibreOffice is missing, or it timed out, crashed or wrote no whole PDF. Not a problem of
/// the input: `opi-agreement` reports it as `error: message` and exits with status 3, having written nothing of
/// the agreements concerned. Its text (`description`) is in `Words/`.
public struct ConversionError: Error, Sendable, Equatable {
    /// What went wrong, with what to do about it.
    public var reason: Message

    /// Creates an error.
    public init(_ reason: Message) {
        self.reason = reason
    }

    /// Creates an error from a message key and its placeholders' texts.
    init(_ key: MessageKey, texts: [String: String] = [:]) {
        self.init(Message(key, texts: texts))
    }
}
