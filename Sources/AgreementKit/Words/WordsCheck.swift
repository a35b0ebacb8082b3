/// The rules every words file keeps, checked when the files are loaded: the file is named after a language code,
/// has exactly the keys of `WordKey` and `MessageKey` (which `en.yaml` mirrors), each a text or a list as the key needs, the same
/// `{placeholders}` per key as `en.yaml`, and language rules that can be used (an order, twelve months, a known
/// date form, single letters in the collation lists).
///
/// Its own messages are plain English and not in the words files: a broken words file is a developer's error, found
/// by `swift test` before any words can be read.
enum WordsCheck {
    /// What is wrong with the words files, one `file: error: message` line each.
    struct Problems: Error, Sendable, Equatable {
        var messages: [String]
    }

    /// The reference file other files are compared with.
    static let reference = "en"

    /// Reads and checks words files (`file` is its path for messages; its name gives the language code). With
    /// `checking` false the files are only read and checked for what the lookups of `Words` rely on (`gaps`, a
    /// look-up a key): for the built-in files, which the tests check in full
    /// (`WordsTests.theRepositoryFilesAreTheBuiltInOnesAndPassTheCheck`), so no program start pays for it.
    static func load(
        _ sources: [(file: String, text: String)], checking: Bool = true
    ) -> Result<[String: Words], Problems> {
        var words: [Words] = []
        var messages: [String] = []
        for source in sources {
            let name = source.file.split(separator: "/").last.map(String.init) ?? source.file
            let code = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
            guard code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                messages.append("\(source.file): error: a words file is named after its language code, such as sv.yaml")
                continue
            }
            do {
                words.append(
                    Words(code: code, file: source.file, entries: try WordsYAML.entries(source.text, file: source.file))
                )
            } catch {
                messages += error.diagnostics.map(plain)
            }
        }
        messages += checking ? problems(words) : words.flatMap(gaps)
        if !messages.isEmpty { return .failure(Problems(messages: messages)) }
        return .success(Dictionary(uniqueKeysWithValues: words.map { ($0.code, $0) }))
    }

    /// Every key a words file has, and whether it is a list: the words (`WordKey`) and the messages (`MessageKey`,
    /// under `messages.`, each one text).
    static var keys: [(key: String, isList: Bool)] {
        WordKey.allCases.map { ($0.rawValue, $0.isList) } + MessageKey.allCases.map { (Words.key(of: $0), false) }
    }

    /// What a words file lacks of what the lookups of `Words` rely on: every key, as a text or a list as it needs,
    /// and a whole-number `language.order` (part of `problems`).
    static func gaps(_ words: Words) -> [String] {
        let missing = keys.compactMap { key, isList in shapeProblem(words[key], key: key, isList: isList) }
        let order = missing.isEmpty && Int(words.text(.languageOrder)) == nil ? [orderProblem] : []
        return (missing + order).map { "\(words.file): error: \($0)" }
    }

    /// The problem of the entry `value` of `key` if it is missing, or not a list or a text as the key needs.
    private static func shapeProblem(_ value: WordValue?, key: String, isList: Bool) -> String? {
        switch (value, isList) {
        case (nil, _): "'\(key)' is missing"
        case (.text?, true): "'\(key)' must be a list of texts"
        case (.list?, false): "'\(key)' must be one text"
        case (.text?, false), (.list?, true): nil
        }
    }

    private static let orderProblem = "language.order must be a whole number"

    /// The problems of a set of read words files.
    static func problems(_ files: [Words]) -> [String] {
        var messages: [String] = []
        guard let reference = files.first(where: { $0.code == Self.reference }) else {
            return ["error: there is no \(Self.reference).yaml, the words file the others are compared with"]
        }
        var orders: [Int: String] = [:]
        for words in files.sorted(by: { $0.code < $1.code }) {
            func error(_ message: String) { messages.append("\(words.file): error: \(message)") }
            let before = messages.count
            for (key, isList) in keys {
                if let problem = shapeProblem(words[key], key: key, isList: isList) {
                    error(problem)
                } else if case .text(let text)? = words[key] {
                    if text.isEmpty { error("'\(key)' is empty") }
                    if case .text(let model)? = reference[key] {
                        let names = Set(Placeholders.names(in: text))
                        let expected = Set(Placeholders.names(in: model))
                        if names != expected {
                            error(
                                "'\(key)' has the placeholders \(describe(names)), but \(reference.file) has \(describe(expected))"
                            )
                        }
                    }
                }
            }
            let known = Set(keys.map(\.key))
            for key in words.keys.subtracting(known).sorted() {
                error("'\(key)' is not a word opi-agreement uses (the keys are those of \(reference.file))")
            }
            guard messages.count == before else { continue }
            if let order = Int(words.text(.languageOrder)) {
                if let other = orders[order] { error("language.order \(order) is also the order of \(other).yaml") }
                orders[order] = words.code
            } else {
                error(orderProblem)
            }
            if words.list(.datesMonths).count != 12 { error("dates.months must name twelve months") }
            if words.list(.numbersWords).count < 3 { error("numbers.words must name the numbers from 0 to at least 2") }
            if !["iso", "words"].contains(words.text(.datesPlain)) { error("dates.plain must be iso or words") }
            if words.list(.collationAfterZ).contains(where: { $0.count != 1 }) {
                error("collation.after-z must list single letters")
            }
            for pair in words.list(.collationSortsAs) {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].count != 1 || parts[1].count != 1 {
                    error("collation.sorts-as entries are written letter=letter, not '\(pair)'")
                }
            }
            for pair in words.list(.numbersCurrencySigns) where Words.currencySign(pair) == nil {
                error("numbers.currency-signs entries are written CODE=sign (DKK=kr.), not '\(pair)'")
            }
            for pair in words.list(.languageNames) {
                let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
                if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty {
                    error("language.names entries are written code=name, not '\(pair)'")
                }
            }
        }
        return messages
    }

    /// A problem of reading a words file, without words from any words file (they may be what is broken): the
    /// message's key and values (`Resources/sv.yaml:3:1: error: yaml.duplicate-key (key: x, line: 2)`).
    private static func plain(_ diagnostic: Diagnostic) -> String {
        func text(_ content: Diagnostic.Content) -> String {
            switch content {
            case .untranslated(let text): return text
            case .message(let message):
                let values = message.values.sorted { $0.key < $1.key }.map { name, value in
                    switch value {
                    case .text(let text): return "\(name): \(text)"
                    case .message(let inner): return "\(name): \(text(.message(inner)))"
                    case .perLanguage(let texts): return "\(name): \(texts[WordsCheck.reference] ?? "")"
                    }
                }
                return message.key.rawValue + (values.isEmpty ? "" : " (" + values.joined(separator: ", ") + ")")
            }
        }
        let place = diagnostic.location.map { "\($0): " } ?? diagnostic.file.map { "\($0): " } ?? ""
        return place + "\(diagnostic.severity.rawValue): " + text(diagnostic.content)
    }

    private static func describe(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }
}
