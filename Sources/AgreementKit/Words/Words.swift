import Foundation

/// One entry of a words file: a text (which may hold `{placeholders}`) or a list of texts.
enum WordValue: Sendable, Equatable {
    case text(String)
    case list([String])
}

/// The fixed words of one language, read from its words file (`Sources/AgreementKit/Resources/<code>.yaml`, built
/// into the module): the words of the document, the interview and the messages, and the rules of the language
/// (tag, number and date forms, quotes, alphabetical order). Every file has every `WordKey`, as a text or a list as
/// the key needs, and a whole-number `language.order`: `WordsCheck.load` proves it of every file it hands out (the
/// built-in ones too), so a lookup never fails and never falls back to an empty text.
struct Words: Sendable {
    /// The language code, the file's name without `.yaml` (`sv`).
    let code: String
    /// The file, for messages (`Resources/sv.yaml`).
    let file: String
    private let entries: [String: WordValue]
    /// The entries that are texts, and those that are lists, by key.
    private let texts: [String: String]
    private let lists: [String: [String]]
    /// Letters sorted after z: each letter's sort number (1027, 1028, …).
    let lettersAfterZ: [Character: Int]
    /// Letters sorted as another letter (`æ` as `ä`).
    let sortsAs: [Character: Character]
    /// The currencies an amount is written in with the language's own sign instead of the code
    /// (`numbers.currency-signs`: `DKK=kr.` in Danish), by code.
    let currencySigns: [String: String]

    init(code: String, file: String, entries: [String: WordValue]) {
        self.code = code
        self.file = file
        self.entries = entries
        var texts: [String: String] = [:]
        var lists: [String: [String]] = [:]
        for (key, value) in entries {
            switch value {
            case .text(let text): texts[key] = text
            case .list(let list): lists[key] = list
            }
        }
        self.texts = texts
        self.lists = lists
        var afterZ: [Character: Int] = [:]
        if case .list(let letters)? = entries[WordKey.collationAfterZ.rawValue] {
            for (index, letter) in letters.enumerated() where letter.count == 1 {
                afterZ[Character(letter)] = 1027 + index
            }
        }
        lettersAfterZ = afterZ
        var sortsAs: [Character: Character] = [:]
        if case .list(let pairs)? = entries[WordKey.collationSortsAs.rawValue] {
            for pair in pairs {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                if parts.count == 2, parts[0].count == 1, parts[1].count == 1 {
                    sortsAs[parts[0].first!] = parts[1].first!
                }
            }
        }
        self.sortsAs = sortsAs
        var signs: [String: String] = [:]
        if case .list(let pairs)? = entries[WordKey.numbersCurrencySigns.rawValue] {
            for pair in pairs {
                if let (code, sign) = Self.currencySign(pair) { signs[code] = sign }
            }
        }
        currencySigns = signs
    }

    /// An entry of `numbers.currency-signs`, `CODE=sign` (`DKK=kr.`): a code of three capital letters A–Z and a sign
    /// that is not empty; nil for anything else.
    static func currencySign(_ pair: String) -> (code: String, sign: String)? {
        let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 3, parts[0].allSatisfy({ $0 >= "A" && $0 <= "Z" }), !parts[1].isEmpty
        else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The text of `key`, with its placeholders (if any) filled from `values`. (The file has it: see `Words`.)
    func text(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        Placeholders.fill(texts[key.rawValue]!, values, key: key.rawValue, file: file)
    }

    /// The text of the entry `key` (`messages.yaml.tab`) as written, its placeholders unfilled: for the keys the
    /// file has, which are those of `WordKey` and `MessageKey` (see `Words`).
    func text(key: String) -> String {
        texts[key]!
    }

    /// The list of `key`. (The file has it: see `Words`.)
    func list(_ key: WordKey) -> [String] {
        lists[key.rawValue]!
    }

    /// The place of the language in lists of languages (`language.order`, a whole number: see `Words`).
    var order: Int { Int(text(.languageOrder))! }

    /// The name of the language with `code` in this language (`language.names`: "engelsk" for `en` in Swedish); the
    /// code itself when the file does not name it.
    func languageName(_ code: String) -> String {
        for pair in list(.languageNames) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == code { return String(parts[1]) }
        }
        return code
    }

    /// The raw entry of a key, for the checks.
    subscript(key: String) -> WordValue? { entries[key] }
    /// Every key of the file.
    var keys: Set<String> { Set(entries.keys) }

    // MARK: - The words files built into the module

    /// Every words file built into the module, by language code. They are read, and have what the lookups need (see
    /// `Words`), but are not checked further here: the files are fixed at build time and the tests check them
    /// (`WordsTests`, which also proves them UTF-8). This is the one place where a broken built-in file would stop
    /// the program, with the problems found (`WordsCheck.Problems`); the tests rule it out.
    static let builtIn: [String: Words] = {
        let sources = EmbeddedWordsFiles.files.filter { $0.path.hasSuffix(".yaml") }.map { file in
            // The plugin that embeds the files writes their bytes in base64.
            (file: "Resources/" + file.path, text: String(decoding: Data(base64Encoded: file.base64)!, as: UTF8.self))
        }
        // Each file is read on its own, on every core at once; reading them together gives the same.
        let loaded = ParallelWork.now(sources.count) { WordsCheck.load([sources[$0]], checking: false) }
        return Dictionary(uniqueKeysWithValues: loaded.flatMap { try! $0.get() })
    }()

    /// The built-in codes in the order of `language.order`.
    static let builtInOrder: [String] = builtIn.values.sorted { ($0.order, $0.code) < ($1.order, $1.code) }.map(\.code)
}

/// `{name}` placeholders in the texts of a words file.
enum Placeholders {
    /// The names of the placeholders in `template`, in order, repeated names once.
    static func names(in template: String) -> [String] {
        var names: [String] = []
        scan(template) { piece in
            if case .placeholder(let name) = piece, !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `template` with each `{name}` replaced by `values[name]`, inserted as it is: a value is never read again, so
    /// `{n}` typed in an answer stays `{n}`. A placeholder without a value is a programming error (`key` and `file`
    /// name the text in the message).
    static func fill(_ template: String, _ values: [String: String], key: String, file: String) -> String {
        var out = ""
        scan(template) { piece in
            switch piece {
            case .literal(let text): out += text
            case .placeholder(let name):
                guard let value = values[name] else {
                    preconditionFailure("\(file): '\(key)' needs a value for {\(name)}")
                }
                out += value
            }
        }
        return out
    }

    private enum Piece {
        case literal(Substring)
        case placeholder(String)
    }

    /// Splits `template` into literal text and `{name}` placeholders (a name is a lowercase letter, then lowercase
    /// letters, digits or `-`); any other brace is literal text.
    private static func scan(_ template: String, _ visit: (Piece) -> Void) {
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            let nameEnd = rest[afterOpen...].firstIndex {
                !($0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-"))
            }
            if let close = nameEnd, rest[close] == "}", close > afterOpen, rest[afterOpen].isLetter {
                if open > rest.startIndex { visit(.literal(rest[..<open])) }
                visit(.placeholder(String(rest[afterOpen..<close])))
                rest = rest[rest.index(after: close)...]
            } else {
                visit(.literal(rest[...open]))
                rest = rest[afterOpen...]
            }
        }
        if !rest.isEmpty { visit(.literal(rest)) }
    }
}
