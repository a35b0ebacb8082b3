/// The rules every words file keeps, checked when the files are loaded: the file is named after a language code,
/// has exactly the keys of `WordKey` (which `en.yaml` mirrors), each a text or a list as the key needs, the same
/// `{placeholders}` per key as `en.yaml`, and language rules that can be used (an order, twelve months, a known
/// date form, single letters in the collation lists).
enum WordsCheck {
    /// What is wrong with the words files, one `file: error: message` line each.
    struct Problems: Error, Sendable, Equatable {
        var messages: [String]
    }

    /// The reference file other files are compared with.
    static let reference = "en"

    /// Reads and checks words files (`file` is its path for messages; its name gives the language code).
    static func load(_ sources: [(file: String, text: String)]) -> Result<[String: Words], Problems> {
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
                messages += error.diagnostics.map(\.description)
            }
        }
        messages += problems(words)
        if !messages.isEmpty { return .failure(Problems(messages: messages)) }
        return .success(Dictionary(uniqueKeysWithValues: words.map { ($0.code, $0) }))
    }

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
            for key in WordKey.allCases {
                switch (words[key.rawValue], key.isList) {
                case (nil, _): error("'\(key.rawValue)' is missing")
                case (.text?, true): error("'\(key.rawValue)' must be a list of texts")
                case (.list?, false): error("'\(key.rawValue)' must be one text")
                case (.text(let text)?, false):
                    if text.isEmpty { error("'\(key.rawValue)' is empty") }
                    if case .text(let model)? = reference[key.rawValue] {
                        let names = Set(Placeholders.names(in: text))
                        let expected = Set(Placeholders.names(in: model))
                        if names != expected {
                            error(
                                "'\(key.rawValue)' has the placeholders \(describe(names)), but \(reference.file) has \(describe(expected))"
                            )
                        }
                    }
                case (.list?, true): break
                }
            }
            let known = Set(WordKey.allCases.map(\.rawValue))
            for key in words.keys.subtracting(known).sorted() {
                error("'\(key)' is not a word opi-agreement uses (the keys are those of \(reference.file))")
            }
            guard messages.count == before else { continue }
            if let order = Int(words.text(.languageOrder)) {
                if let other = orders[order] { error("language.order \(order) is also the order of \(other).yaml") }
                orders[order] = words.code
            } else {
                error("language.order must be a whole number")
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
        }
        return messages
    }

    private static func describe(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }
}
