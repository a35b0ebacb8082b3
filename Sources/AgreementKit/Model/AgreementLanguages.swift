/// The language or languages an agreement is written in: one (`sv`), or a pair written side by side as a
/// parallel document (`sv+en`), whose first language is the main one and the left column. Parsed once from the
/// text of `--lang` or a batch config's `language:`; every command that makes an agreement takes this value.
public struct AgreementLanguages: Sendable, Hashable, CustomStringConvertible {
    /// The main language: the only one, or the left column of a parallel document.
    public let main: Language
    /// The second language of a parallel document (the right column); nil for a document in one language.
    public let second: Language?

    /// A document in one language.
    public init(_ main: Language) {
        self.main = main
        second = nil
    }

    /// A parallel document in `main` (left) and `second` (right); nil when they are the same language.
    public init?(main: Language, second: Language) {
        guard main != second else { return nil }
        self.main = main
        self.second = second
    }

    /// Every language, the main one first.
    public var all: [Language] { [main] + (second.map { [$0] } ?? []) }

    /// Whether the document has two languages side by side.
    public var isParallel: Bool { second != nil }

    /// The text form: `sv` or `sv+en`.
    public var description: String { all.map(\.rawValue).joined(separator: Self.separator) }

    /// The sign between the two languages of a pair.
    public static let separator = "+"

    /// The standard language alone.
    public static var standard: AgreementLanguages { AgreementLanguages(.standard) }

    /// Why a text is not a language or a pair of languages: the message says it (`'sv+sv' names sv twice`).
    public struct ParseError: Error, Sendable, Equatable {
        /// What is wrong, in words any language can give.
        public let message: Message
    }

    /// Reads `sv` or `sv+en` (spaces around the codes are ignored). A code must be one of `available` (the
    /// library's languages); two codes must differ; three or more are refused.
    public init(parsing text: String, available: [Language] = Language.allCases) throws(ParseError) {
        let codes = text.split(separator: Character(Self.separator), omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let names = available.map(\.rawValue).joined(separator: ", ")
        guard codes.count <= 2 else {
            throw ParseError(message: Message(.languagesTooMany, ["text": .text(text), "count": "\(codes.count)"]))
        }
        var languages: [Language] = []
        for code in codes {
            if code.isEmpty { throw ParseError(message: Message(.languagesEmpty, ["text": .text(text)])) }
            guard let language = Language(rawValue: code), available.contains(language) else {
                throw ParseError(
                    message: Message(
                        .languagesUnknown, ["text": .text(code), "languages": .text(names)]))
            }
            languages.append(language)
        }
        if languages.count == 1 {
            self.init(languages[0])
            return
        }
        guard let pair = AgreementLanguages(main: languages[0], second: languages[1]) else {
            throw ParseError(
                message: Message(.languagesSame, ["text": .text(text), "language": .text(languages[0].rawValue)]))
        }
        self = pair
    }
}
