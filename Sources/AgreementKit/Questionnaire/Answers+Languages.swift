/// A translatable answer (`translate: true`) that has no text in the language an agreement is built in: a draft
/// shows a blank naming the language, a final agreement refuses it.
public struct MissingTranslation: Sendable, Equatable {
    /// The answer: `project_need`, `development_goals[1].goal`.
    public var path: AnswerPath
    /// The language whose text is missing.
    public var language: Language
    /// Where the answer stands in its file, when read from one.
    public var location: SourceLocation?

    /// Creates an entry.
    public init(path: AnswerPath, language: Language, location: SourceLocation? = nil) {
        self.path = path
        self.language = language
        self.location = location
    }
}

/// The answers an agreement in one language reads.
public struct AnswersInLanguage: Sendable, Equatable {
    /// The answers with every translatable answer as one text: its text in the language when given, else (so that
    /// conditions still see an answer) the main language's or the first given.
    public var answers: Answers
    /// The translatable answers without a text in the language, in questionnaire order.
    public var missing: [MissingTranslation]
}

extension Answers {
    /// The answers as a build in `language` reads them (see `docs/answers-format.md`). An answer given per language
    /// (`.texts`) becomes its text in `language`. A plain text answer to a translatable question is in `main`, the
    /// agreement's main language (the first of its languages): in another language its text is missing. Answers to
    /// questions that are not translated are the same in every language.
    public func inLanguage(_ language: Language, main: Language, questionnaire: Questionnaire) -> AnswersInLanguage {
        var result = self
        var missing: [MissingTranslation] = []
        func read(_ value: AnswerValue, _ question: Question, _ path: AnswerPath, _ location: SourceLocation?)
            -> AnswerValue
        {
            switch value {
            case .texts(let texts):
                if let text = texts[language] { return .text(text) }
                missing.append(MissingTranslation(path: path, language: language, location: location))
                return .text(texts.text(main: main))
            case .text where question.translate && language != main:
                missing.append(MissingTranslation(path: path, language: language, location: location))
                return value
            case .list(let records):
                return .list(
                    records.enumerated().map { index, record in
                        var record = record
                        for field in question.fields {
                            guard let fieldValue = record.values[field.id] else { continue }
                            record.values[field.id] = read(
                                fieldValue, field, path.index(index).key(field.id), record.locations[field.id])
                        }
                        return record
                    })
            default:
                return value
            }
        }
        for question in questionnaire.questions {
            guard let value = values[question.id] else { continue }
            result.values[question.id] = read(value, question, AnswerPath(question.id), locations[question.id])
        }
        return AnswersInLanguage(answers: result, missing: missing)
    }

    /// The errors of a final agreement in `language` for the translatable answers without its text, each located at
    /// the answer (or at the file, when the answers come from none).
    func missingTranslationErrors(_ missing: [MissingTranslation], main: Language, questionnaire: Questionnaire)
        -> [Diagnostic]
    {
        missing.map { entry in
            let example = entry.language == main ? "{ \(main): … }" : "{ \(main): …, \(entry.language): … }"
            return Diagnostic(
                .error,
                Message(
                    .buildMissingTranslation,
                    [
                        "answer": AnswerName.value(entry.path, questionnaire: questionnaire, answers: self),
                        "language": entry.language.nameValue, "example": .text(example),
                    ]),
                at: entry.location, file: entry.location == nil ? (file ?? "answers") : nil)
        }
    }
}

extension Language {
    /// The language's name as messages say it, in every messages language ("engelsk", "English").
    var nameValue: Message.Value {
        .perLanguage(
            Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.rawValue, $0.words.languageName(rawValue)) }))
    }
}
