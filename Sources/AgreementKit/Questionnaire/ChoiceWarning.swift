/// A risky choice: an option chosen (or taken by default) whose help text is a warning, that is, starts with the
/// words file's `explain.warning-marker` ("Varning", "Warning") in some language. The interview shows it right after
/// the answer and in the review, `build` prints it as a `warning:` and `explain` lists it.
public struct ChoiceWarning: Sendable, Equatable {
    /// The answer chosen.
    public var path: AnswerPath
    /// The option chosen.
    public var option: ChoiceOption
    /// The warning, per language: the option's help.
    public var text: Localized<String>

    /// Whether `text` is marked as a warning in `language`: it starts with the language's warning word.
    public static func isWarning(_ text: String, in language: Language) -> Bool {
        let marker = language.words.text(.explainWarningMarker)
        return !marker.isEmpty && text.hasPrefix(marker)
    }

    /// Whether a text given per language is marked as a warning in any of its languages.
    public static func isWarning(_ text: Localized<String>?) -> Bool {
        guard let text else { return false }
        return text.values.contains { isWarning($0.value, in: $0.key) }
    }

    /// The options of `question` whose help is a warning, among those `value` chooses.
    public static func warnings(for value: AnswerValue, of question: Question, at path: AnswerPath) -> [ChoiceWarning] {
        let chosen: [String]
        switch value {
        case .choice(let option): chosen = [option]
        case .choices(let options): chosen = options
        default: return []
        }
        return question.options.compactMap { option in
            guard chosen.contains(option.value), let help = option.help, isWarning(help) else { return nil }
            return ChoiceWarning(path: path, option: option, text: help)
        }
    }
}

extension Questionnaire {
    /// The risky choices these answers make: each asked choice question whose answer (or default) is an option whose
    /// help is a warning, in questionnaire order.
    public func choiceWarnings(_ answers: Answers) -> [ChoiceWarning] {
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: self)
        var out: [ChoiceWarning] = []
        for question in questions where question.type == .choice || question.type == .multipleChoice {
            if let condition = question.askWhen, !evaluator.evaluate(condition).value { continue }
            guard let value = answers[question.id] ?? question.defaultValue else { continue }
            out += ChoiceWarning.warnings(for: value, of: question, at: AnswerPath(question.id))
        }
        return out
    }

    /// The risky choices as `warning:` diagnostics located at the answers, for `build` and `batch`.
    public func choiceWarningDiagnostics(_ answers: Answers) -> [Diagnostic] {
        choiceWarnings(answers).map { warning in
            var texts: [String: String] = [:]
            for (language, text) in warning.text.values { texts[language.rawValue] = text }
            var labels: [String: String] = [:]
            for (language, label) in warning.option.label.values { labels[language.rawValue] = label }
            let location = answers.location(of: warning.path)
            return Diagnostic(
                .warning,
                Message(
                    .buildRiskyChoice,
                    [
                        "answer": AnswerName.value(warning.path, questionnaire: self, answers: answers),
                        "option": .perLanguage(labels), "warning": .perLanguage(texts),
                    ]),
                at: location, file: location == nil ? (answers.file ?? "answers") : nil)
        }
    }
}
