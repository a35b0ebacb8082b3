/// A problem the model's own decoders find in its JSON form (an unknown block type, a date not written
/// YYYY-MM-DD), as a message, with where it is: `ModelJSON` reports it at its place in the file.
public struct ModelDecodingError: Error, Sendable {
    /// What is wrong.
    public var message: Message
    /// Where, in the JSON form.
    public var path: ModelPath

    /// Creates the problem found at `codingPath`.
    init(_ message: Message, at codingPath: [any CodingKey]) {
        self.message = message
        self.path = ModelPath(codingPath: codingPath)
    }
}
