/// The readers of languages and of text per language, shared by the questionnaire and the clause library. They
/// sit here, next to `Localized`, because the `YAML` folder knows no languages.
extension YAMLChecker {
    /// A language code (`sv`, `en`). An unknown one is reported as `unknown language 'de'; the languages are sv,
    /// en`, with `in WHERE` after the code when `context` gives one.
    mutating func language(_ node: YAMLNode, in context: Message.Value? = nil) -> Language? {
        guard let text = string(node, what: .message(Message(.yamlWhatLanguage))) else { return nil }
        guard let language = Language(rawValue: text) else {
            var values: [String: Message.Value] = ["text": .text(text), "languages": .text(Self.languageList)]
            if let context {
                values["what"] = context
                error(Message(.yamlUnknownLanguageIn, values), at: node)
            } else {
                error(Message(.yamlUnknownLanguage, values), at: node)
            }
            return nil
        }
        return language
    }

    /// A text per language, `{ sv: ..., en: ... }`; `what` names it in messages (`the title`, `the label of the
    /// option 'x'`). Every key must be a language and every value a text that is not empty. With `complete`, every
    /// language of `languages` must be given too (the questionnaire: each question is asked in each language of the
    /// library); without it (or with no `languages`), which languages a text needs is left to the library check,
    /// which knows the library's languages, but at least one is. Nil after reporting any problem.
    mutating func localized(
        _ node: YAMLNode, what: Message.Value, complete: Bool, languages: [Language] = Language.allCases
    ) -> Localized<String>? {
        let forms = Language.allCases.map { "\($0.rawValue): ..." }.joined(separator: ", ")
        let expected = Message.Value.message(Message(.yamlPerLanguage, ["what": what, "forms": .text(forms)]))
        guard let entries = mapping(node, what: expected) else { return nil }
        var values: [Language: String] = [:]
        var ok = entries.count == node.mapping?.entries.count
        for entry in entries {
            guard let language = language(entry.keyNode, in: what) else {
                ok = false
                continue
            }
            guard
                let text = string(
                    entry.value,
                    what: .message(Message(.yamlLanguageText, ["language": .text(language.rawValue), "what": what])))
            else {
                ok = false
                continue
            }
            values[language] = text
        }
        if complete, let last = languages.last {
            let missing = languages.filter { language in !entries.contains { $0.key == language.rawValue } }
            if !missing.isEmpty {
                let codes = missing.map(\.rawValue).joined(separator: ", ")
                let codesList = languages.map(\.rawValue)
                let all = Message(
                    .yamlAnd,
                    ["first": .text(codesList.dropLast().joined(separator: ", ")), "last": .text(last.rawValue)])
                error(
                    Message(.yamlMissingLanguages, ["what": what, "codes": .text(codes), "all": .message(all)]),
                    at: node
                )
                ok = false
            }
        } else if entries.isEmpty, ok {
            error(Message(.yamlExpected, ["what": expected, "found": .key(.yamlFoundNothing)]), at: node)
            ok = false
        }
        return ok ? Localized(values) : nil
    }

    /// The languages, for messages: `sv, en`.
    static var languageList: String { Language.allCases.map(\.rawValue).joined(separator: ", ") }
}
