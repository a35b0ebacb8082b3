import Foundation

/// Messages worded in the messages language: the one place where a `Message` (a key and values, made by any folder)
/// becomes text, from the `messages:` section of a words file.
extension Words {
    /// The key of a message's text in a words file (`messages.yaml.tab`).
    static func key(of message: MessageKey) -> String { "messages." + message.rawValue }

    /// The text of `message`, its placeholders filled (a value that is a message is worded in this language too).
    func text(_ message: Message) -> String {
        let key = Self.key(of: message.key)
        let values = message.values.mapValues { value -> String in
            switch value {
            case .text(let text): return text
            case .message(let inner): return text(inner)
            case .perLanguage(let texts):
                return texts[code] ?? texts[WordsCheck.reference]
                    ?? texts.sorted(by: { $0.key < $1.key }).first?.value ?? ""
            }
        }
        return Placeholders.fill(text(key: key), values, key: key, file: file)
    }

    /// The text of what a diagnostic says.
    func text(_ content: Diagnostic.Content) -> String {
        switch content {
        case .message(let message): return text(message)
        case .untranslated(let text): return text
        }
    }

    // MARK: - The messages language

    private static let messagesLock = NSLock()
    nonisolated(unsafe) private static var messagesCode = WordsCheck.reference

    /// The words messages are worded in: English unless the program chose another language at its start (see
    /// `Language.messages`), as a C program's `setlocale` does. One setting for the process, so every message,
    /// wherever it is turned into text, is in one language.
    static var messages: Words {
        get {
            messagesLock.lock()
            defer { messagesLock.unlock() }
            return builtIn[messagesCode]!  // set from a built-in language's words only
        }
        set {
            messagesLock.lock()
            defer { messagesLock.unlock() }
            messagesCode = newValue.code
        }
    }
}

extension Diagnostic: CustomStringConvertible {
    /// What is wrong, in one sentence, in the messages language.
    public var message: String { Words.messages.text(content) }

    /// The text form, as messages show it: `file:line:col: error: message`. The label (`error`, `warning`, `note`)
    /// is not translated: tools and editors read it.
    public var description: String {
        if let location { return "\(location): \(severity.rawValue): \(message)" }
        if let file { return "\(file): \(severity.rawValue): \(message)" }
        return "\(severity.rawValue): \(message)"
    }
}

extension Diagnostic: Equatable, Hashable {
    /// Whether two diagnostics say the same words, with the same severity, at the same place: a message from the
    /// words files equals text that reads the same.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.severity, lhs.location, lhs.file, lhs.message) == (rhs.severity, rhs.location, rhs.file, rhs.message)
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(severity)
        hasher.combine(location)
        hasher.combine(file)
        hasher.combine(message)
    }
}

extension DiagnosticError: CustomStringConvertible {
    /// The text form, as messages show it: one diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension FileError: CustomStringConvertible {
    /// The text form, as messages show it: `path: reason`, in the messages language.
    public var description: String { "\(path): \(Words.messages.text(reason))" }
}

extension Message: CustomStringConvertible {
    /// The text of the message in the messages language.
    public var description: String { Words.messages.text(self) }
}
