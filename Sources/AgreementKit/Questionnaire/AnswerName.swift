/// How every message and `explain` name an answer: by the question's label, with the path in parentheses, so a
/// lawyer reads the question and a tool finds the answer: `Leverantör 1 (Sensorik Syd AB), organisationsnummer
/// (suppliers[0].organisation_number)`. A record of a list is named by the list's `item` label and its number from
/// 1, with the record's `name` when it has one. The one place that builds such a name.
public struct AnswerName: Sendable {
    /// The questionnaire the labels come from.
    public let questionnaire: Questionnaire
    /// The answers the records' names come from (nil: records are named by number only).
    public let answers: Answers?
    /// The language of the labels and words.
    public let language: Language
    /// The names of records not (yet) in `answers`, by the record's path (`suppliers[0]`): an answers file being read.
    var recordNames: [AnswerPath: String] = [:]

    /// Names answers of `questionnaire` in `language`, with the records' names from `answers`.
    public init(questionnaire: Questionnaire, answers: Answers?, language: Language) {
        self.questionnaire = questionnaire
        self.answers = answers
        self.language = language
    }

    /// The name of `path` in every language, as a message's value: worded in the messages language when the message
    /// is.
    static func value(
        _ path: AnswerPath, questionnaire: Questionnaire, answers: Answers?, recordNames: [AnswerPath: String] = [:]
    ) -> Message.Value {
        var texts: [String: String] = [:]
        for language in Language.allCases {
            var naming = AnswerName(questionnaire: questionnaire, answers: answers, language: language)
            naming.recordNames = recordNames
            texts[language.rawValue] = naming.name(path)
        }
        return .perLanguage(texts)
    }

    /// The label and the path: `Leverantör 1 (Sensorik Syd AB), organisationsnummer (suppliers[0].organisation_number)`;
    /// the path alone when the questionnaire has no such question.
    public func name(_ path: AnswerPath) -> String {
        guard let label = label(path) else { return path.description }
        return language.words.text(.namesAnswer, ["label": label, "path": path.description])
    }

    /// The label part of `name(_:)`: `Leverantör 1 (Sensorik Syd AB), organisationsnummer`; nil when the path names no
    /// question.
    public func label(_ path: AnswerPath) -> String? {
        guard let question = questionnaire.question(path.root) else { return nil }
        let words = language.words
        var text = question.label[language] ?? question.id
        var current = question
        var value = answers?[path.root]
        var afterRecord = false
        var prefix = AnswerPath(path.root)
        for step in path.rest {
            prefix = prefix.appending([step])
            switch step {
            case .index(let number):
                // "Leverantör 1"; without an item label, as the interview heads a record: "Suppliers, entry 1".
                let numbered =
                    current.recordLabel?[language].map {
                        words.text(.namesRecord, ["item": $0, "n": String(number + 1)])
                    }
                    ?? words.text(
                        .interviewRecord, ["label": current.label[language] ?? current.id, "n": String(number + 1)])
                var record: AnswerRecord?
                if case .list(let records)? = value, records.indices.contains(number) { record = records[number] }
                var name: String?
                if case .text(let text)? = record?["name"] { name = text } else { name = recordNames[prefix] }
                if let name, !name.isEmpty {
                    text = words.text(.namesRecordNamed, ["record": numbered, "name": Self.short(name)])
                } else {
                    text = numbered
                }
                value = record.map { .record($0) }
                afterRecord = true
            case .key(let key):
                guard let field = current.field(key) else {
                    text = words.text(.namesField, ["record": text, "field": key])
                    continue
                }
                let fieldLabel = field.label[language] ?? field.id
                text = words.text(
                    .namesField, ["record": text, "field": afterRecord ? Self.inSentence(fieldLabel) : fieldLabel])
                if case .record(let record)? = value { value = record[key] } else { value = nil }
                current = field
                afterRecord = false
            }
        }
        return text
    }

    /// A record's name as a message shows it: on one line, at most 40 characters.
    static func short(_ name: String) -> String {
        let line = name.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 40 ? String(line.prefix(39)) + "…" : line
    }

    /// A label inside a sentence: its first letter in lower case, unless the word is an abbreviation
    /// ("Organisationsnummer" → "organisationsnummer", "CVR-nummer" stays).
    static func inSentence(_ label: String) -> String {
        let letters = Array(label)
        guard let first = letters.first, first.isUppercase else { return label }
        if letters.count > 1, letters[1].isUppercase { return label }
        return first.lowercased() + String(letters.dropFirst())
    }
}
