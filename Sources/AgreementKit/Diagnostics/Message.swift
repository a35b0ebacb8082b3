/// A message to the user as data: the key of its text in the words files (`messages:` in
/// `Resources/en.yaml`, `sv.yaml`, …) and the values of its `{placeholders}`. It holds no words of any language, so
/// the folders below `Words/` (`YAML/`, `Files/`, `Diagnostics/`) can say what is wrong without knowing how it is
/// said; `Words` turns it into text in the messages language (see `Language.messages`).
public struct Message: Sendable, Hashable {
    /// A placeholder's value: text inserted as it is, or another message worded in the same language.
    public enum Value: Sendable, Hashable {
        /// Text from the input (a name, a number, a path), inserted as it is.
        case text(String)
        /// A message of its own, such as the reason inside "cannot read {file}: {reason}".
        indirect case message(Message)
        /// Text the library gives per language code (a check's message in the questionnaire): the messages
        /// language's text, else English, else the first by code.
        case perLanguage([String: String])
    }

    /// The key of the text, under `messages.` in the words files.
    public var key: MessageKey
    /// The value of each placeholder of the text.
    public var values: [String: Value]

    /// Creates a message with its placeholders' values.
    public init(_ key: MessageKey, _ values: [String: Value] = [:]) {
        self.key = key
        self.values = values
    }

    /// Creates a message whose placeholders are all filled with text.
    public init(_ key: MessageKey, texts: [String: String]) {
        self.init(key, texts.mapValues { .text($0) })
    }
}

extension Message.Value: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    /// Text written in the code, such as a number turned into text: `"\(count)"`.
    public init(stringLiteral value: String) {
        self = .text(value)
    }
}

extension Message.Value {
    /// A message without placeholders, as a value: `what: .key(.yamlWhatKey)`.
    public static func key(_ key: MessageKey) -> Message.Value { .message(Message(key)) }
}
