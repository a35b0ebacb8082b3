/// A commented answers file with every question of a questionnaire and no answers: what `opi-agreement questions`
/// prints. Each question is an empty key (which `AnswersLoader` reads as unanswered) under comments giving its
/// label, type and the form of an answer, its options with their labels, that a translated answer takes a text per
/// language, its default, when it is asked and its help; a list question is followed by one commented-out example record of its fields. Someone fills it in and
/// builds it, or uses it as the start of a batch configuration.
public struct AnswersTemplate: Sendable {
    /// The questionnaire.
    public let questionnaire: Questionnaire
    /// The language of labels, help and the explanations.
    public let language: Language
    /// The longest comment line before words wrap.
    public var width = 100

    /// Creates a template for `questionnaire` in `language`.
    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = language
    }

    private var words: Words { language.words }
    private var describe: QuestionDescription { QuestionDescription(language: language) }

    /// The template text.
    public var text: String {
        var lines: [String] = [
            words.text(.templateHeader1), words.text(.templateHeader2), words.text(.templateHeader3),
            words.text(.templateHeader4),
        ]
        for section in questionnaire.sections {
            lines.append("")
            lines.append("# ==== \(describe.title(section)) ====")
            for question in section.questions where !question.computed {
                lines.append("")
                lines += comments(for: question, prefix: "# ")
                lines.append("\(YAMLScalarText.scalar(question.id)):")
                if question.type == .list { lines += exampleRecord(question) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comment lines describing a question: its label, then the details.
    private func comments(for question: Question, prefix: String) -> [String] {
        wrap(describe.label(question), prefix: prefix)
            + details(of: question, prefix: prefix + "  ")
    }

    /// The type and form of an answer, the options, the default, the condition and the help, as comment lines.
    private func details(of question: Question, prefix: String, includeForm: Bool = true) -> [String] {
        var lines: [String] = []
        if includeForm { lines += wrap(form(of: question), prefix: prefix) }
        for option in question.options {
            lines += wrap("\(option.value): \(describe.label(option))", prefix: prefix + "  ")
            if let help = describe.text(option.help) { lines += wrap(help, prefix: prefix + "    ") }
        }
        if question.translate {
            // The languages the question is labelled in, the template's first: `{ sv: …, en: … }`.
            let languages = [language] + Language.allCases.filter { $0 != language && question.label[$0] != nil }
            let example = languages.map { "\($0.rawValue): …" }.joined(separator: ", ")
            lines += wrap(words.text(.templateWrittenPerLanguage, ["example": "{ \(example) }"]), prefix: prefix)
        }
        if question.type == .multipleChoice {
            let example = question.options.prefix(2).map { YAMLScalarText.scalar($0.value) }.joined(separator: ", ")
            lines += wrap(words.text(.templateWrittenAsList, ["example": "[\(example)]"]), prefix: prefix)
        }
        if let value = question.defaultValue {
            let written = AnswersWriter(questionnaire: questionnaire, language: language).scalar(
                value, question: question)
            lines += wrap(words.text(.templateDefault, ["value": written]), prefix: prefix)
        }
        if let condition = question.askWhen {
            lines += wrap(words.text(.templateAskedOnlyWhen, ["condition": condition.source]), prefix: prefix)
        }
        if let help = describe.text(question.help) { lines += wrap(help, prefix: prefix) }
        return lines
    }

    /// "Typ: date – ett datum ÅÅÅÅ-MM-DD (frivillig)".
    private func form(of question: Question) -> String {
        var form = words.text(.templateType, ["type": question.type.rawValue, "form": describe.expectation(question)])
        if !question.required { form += " (\(describe.optionalWord))" }
        return form
    }

    /// One commented-out example record of a list: each field's key, with its label and form beside it and its
    /// other details below.
    private func exampleRecord(_ list: Question) -> [String] {
        var lines: [String] = [
            "#  " + words.text(.templateExampleRecord)
        ]
        let keys = list.fields.enumerated().map {
            ($0.offset == 0 ? "- " : "  ") + YAMLScalarText.scalar($0.element.id) + ":"
        }
        let width = keys.reduce(0) { max($0, $1.count) } + 2
        for (field, key) in zip(list.fields, keys) {
            let padded = key.padding(toLength: width, withPad: " ", startingAt: 0)
            let label = describe.label(field)
            lines += wrap(
                "\(label). \(form(of: field))", prefix: "#  " + padded + "# ",
                continuation: "#  " + String(repeating: " ", count: width) + "#   ")
            lines += details(
                of: field, prefix: "#  " + String(repeating: " ", count: width) + "#   ", includeForm: false)
        }
        return lines
    }

    /// `text` split into comment lines of at most `width` characters, each starting with `prefix`; line breaks in
    /// the text start new lines.
    private func wrap(_ text: String, prefix: String, continuation: String? = nil) -> [String] {
        var lines: [String] = []
        var prefix = prefix
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            for word in paragraph.split(separator: " ") {
                if line.count > prefix.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    prefix = continuation ?? prefix
                    line = prefix
                }
                line += (line.count > prefix.count ? " " : "") + word
            }
            lines.append(line.count > prefix.count ? line : String(prefix.reversed().drop { $0 == " " }.reversed()))
            prefix = continuation ?? prefix
        }
        return lines
    }
}
