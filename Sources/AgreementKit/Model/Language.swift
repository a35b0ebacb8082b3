/// A language an agreement can be written in: one for each words file built into AgreementKit
/// (`Sources/AgreementKit/Resources/<code>.yaml`), so a new language needs a new words file (and clause texts),
/// not new code. The raw value is the language code (`sv`, `en`, `da`).
public struct Language: RawRepresentable, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The language code, the name of its words file.
    public let rawValue: String

    /// The language with this code, or nil when there is no words file for it.
    public init?(rawValue: String) {
        guard Words.builtIn[rawValue] != nil else { return nil }
        self.rawValue = rawValue
    }

    private init(builtIn code: String) {
        rawValue = code
    }

    /// Swedish.
    public static let sv = Language(builtIn: "sv")
    /// English.
    public static let en = Language(builtIn: "en")
    /// Danish.
    public static let da = Language(builtIn: "da")

    /// The language used when none is chosen: the first in order (`language.order: 1`, Swedish).
    public static var standard: Language { allCases[0] }

    /// Every language with a words file, in the order the files give (`language.order`).
    public static var allCases: [Language] { Words.builtInOrder.map(Language.init(builtIn:)) }

    /// Reads a yes or no written in any language (each words file's `values.yes` and `values.no`: `ja`, `yes`,
    /// `nej`, `no`), with `initials` also their first letters (`j`, `y`, `n`); nil for anything else, or for a word
    /// that means yes in one language and no in another. `word` is compared as it is (lowercase it first).
    static func yesNo(_ word: String, initials: Bool) -> Bool? {
        func matches(_ key: WordKey) -> Bool {
            allCases.contains { language in
                let answer = language.words.text(key)
                return word == answer || (initials && word.count == 1 && answer.lowercased().hasPrefix(word))
            }
        }
        switch (matches(.valuesYes), matches(.valuesNo)) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }

    /// The language code.
    public var description: String { rawValue }

    /// The words and rules of the language.
    var words: Words {
        guard let words = Words.builtIn[rawValue] else {
            preconditionFailure("there is no words file for '\(rawValue)'")
        }
        return words
    }

    /// Reads a language code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let language = Language(rawValue: code) else {
            throw ModelDecodingError(
                Message(
                    .modelNotALanguage,
                    [
                        "code": .text(code),
                        "languages": .text(Language.allCases.map(\.rawValue).joined(separator: ", ")),
                    ]),
                at: container.codingPath)
        }
        self = language
    }

    /// Writes the language code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
