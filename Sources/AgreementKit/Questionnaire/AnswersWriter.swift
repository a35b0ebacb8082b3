/// Writes answers as an answers file (see `docs/answers-format.md`) that `AnswersLoader` reads back to the same
/// values: questions in questionnaire order, fields of each record in field order, every string quoted when YAML
/// could read it as something else (see `YAMLScalarText`), text over several lines as a literal block. The same
/// answers always give the same bytes.
///
/// Answers to ids the questionnaire does not have are left out. Paths in `unanswered` (`project_title`,
/// `suppliers[0].address`) that have no answer are written with an empty value, which the loader reads as
/// unanswered; the interview uses them to remember what the person chose to leave open.
public struct AnswersWriter: Sendable {
    /// The questionnaire that gives the order and the types.
    public let questionnaire: Questionnaire
    /// The language of the header comment and of yes/no answers (`ja`/`nej` or `yes`/`no`).
    public let language: Language

    /// Creates a writer.
    public init(questionnaire: Questionnaire, language: Language = .en) {
        self.questionnaire = questionnaire
        self.language = language
    }

    /// The answers file text.
    ///
    /// `position`, where an interview stands in a list, is written as a last comment line (`# interview: suppliers
    /// another`) that `AnswersFile.listPosition` reads back; loading the file ignores it.
    public func yaml(_ answers: Answers, unanswered: Set<AnswerPath> = [], position: ListPosition? = nil) -> String {
        var lines: [String] = [
            language.words.text(.answersFileHeader)
        ]
        for question in questionnaire.questions {
            let key = YAMLScalarText.scalar(question.id)
            if let value = answers[question.id] {
                if case .list(let records) = value {
                    lines += list(key: key, records: records, question: question, unanswered: unanswered)
                } else {
                    lines += entry(key: key, value: value, question: question, indent: "")
                }
            } else if unanswered.contains(AnswerPath(question.id)) {
                lines.append("\(key):")
            }
        }
        if let position, questionnaire.questions.contains(where: { $0.id == position.list && $0.type == .list }) {
            lines.append(position.comment)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func list(key: String, records: [AnswerRecord], question: Question, unanswered: Set<AnswerPath>) -> [String]
    {
        if records.isEmpty { return ["\(key): []"] }
        var lines = ["\(key):"]
        for (index, record) in records.enumerated() {
            var fieldLines: [String] = []
            for field in question.fields {
                let fieldKey = YAMLScalarText.scalar(field.id)
                if let value = record[field.id] {
                    fieldLines += entry(key: fieldKey, value: value, question: field, indent: "    ")
                } else if unanswered.contains(AnswerPath(question.id).index(index).key(field.id)) {
                    fieldLines.append("    \(fieldKey):")
                }
            }
            if fieldLines.isEmpty {
                lines.append("  - {}")
            } else {
                fieldLines[0] = "  - " + fieldLines[0].dropFirst(4)
                lines += fieldLines
            }
        }
        return lines
    }

    /// `key: value` at `indent`, or `key: |-` followed by the lines of a block.
    private func entry(key: String, value: AnswerValue, question: Question, indent: String) -> [String] {
        switch value {
        case .texts(let texts):
            // A text per language, in the order given: `key:` and one `sv: ...` line (or block) a language.
            return ["\(indent)\(key):"]
                + texts.entries.flatMap {
                    entry(key: $0.language.rawValue, value: .text($0.text), question: question, indent: indent + "  ")
                }
        case .text(let text) where text.contains("\n") && YAMLScalarText.isBlockSafe(text):
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : indent + "  " + $0
            }
            return ["\(indent)\(key): |-"] + body
        default:
            return ["\(indent)\(key): \(scalar(value, question: question))"]
        }
    }

    /// One value on one line.
    func scalar(_ value: AnswerValue, question: Question) -> String {
        switch value {
        case .text(let text):
            if question.type == .organisationNumberSE, Self.isOrganisationNumber(text) { return text }
            return YAMLScalarText.scalar(text)
        case .boolean(let b):
            return language.words.text(b ? .valuesYes : .valuesNo)
        case .integer(let n):
            return String(n)
        case .amount(let amount):
            return AnswerValueReader.describe(amount)
        case .date(let date):
            return date.iso
        case .choice(let v):
            return YAMLScalarText.scalar(v)
        case .choices(let values):
            return "[" + values.map(YAMLScalarText.scalar).joined(separator: ", ") + "]"
        case .texts(let texts):
            // Written as a block by `entry`; one line only where a single line is all there is (a default).
            return "{ "
                + texts.entries.map { "\($0.language.rawValue): \(YAMLScalarText.scalar($0.text))" }
                .joined(separator: ", ") + " }"
        case .list, .record:
            // Lists are written as blocks by `yaml`; fields are never lists, and records are never answers.
            return "[]"
        }
    }

    /// Whether `text` is in the stored form of an organisation number, `NNNNNN-NNNN`, which YAML reads as text.
    private static func isOrganisationNumber(_ text: String) -> Bool {
        let chars = Array(text)
        guard chars.count == 11, chars[6] == "-" else { return false }
        return chars.enumerated().allSatisfy { $0.offset == 6 || ($0.element.isASCII && $0.element.isNumber) }
    }
}
