import Foundation

/// Asking a translatable answer (`translate: true`) in each of the agreement's languages: the main language's text
/// first, as any question, then right after it each further language's text with the first shown.
extension Interview {
    /// The agreement's main language: a plain text answer is in it.
    var mainLanguage: Language { languages[0] }

    /// The further languages a question is asked in: the agreement's other languages when it is translatable.
    func furtherLanguages(of question: Question) -> [Language] {
        question.translate ? Array(languages.dropFirst()) : []
    }

    /// The answer at a question or field step, as stored (a text per language when there is more than one).
    func storedValue(at step: AnswerStep) -> AnswerValue? {
        switch step {
        case .question(let index): return answers[questions[index].id]
        case .field(let list, let record, let field):
            let records = self.records(list)
            return records.indices.contains(record) ? records[record][questions[list].fields[field].id] : nil
        }
    }

    /// The texts of a translatable answer by language: a plain text is the main language's.
    func texts(of value: AnswerValue?) -> LanguageTexts {
        switch value {
        case .texts(let texts)?: return texts
        case .text(let text)?: return LanguageTexts([LanguageTexts.Entry(mainLanguage, text)])
        default: return LanguageTexts([])
        }
    }

    /// The answer as the main language's prompt shows it: a text per language shows the main language's.
    func mainText(_ value: AnswerValue?) -> AnswerValue? {
        guard case .texts(let texts)? = value else { return value }
        return texts[mainLanguage].map(AnswerValue.text)
    }

    /// A new answer in the main language, keeping the texts already given in other languages.
    func merged(_ value: AnswerValue, into old: AnswerValue?) -> AnswerValue {
        guard case .text(let text) = value, case .texts(var texts)? = old else { return value }
        texts[mainLanguage] = text
        return .texts(texts)
    }

    /// The further languages a given answer still lacks (none when it has no main-language text).
    func missingLanguages(of question: Question, value: AnswerValue?) -> [Language] {
        let texts = texts(of: value)
        guard texts[mainLanguage] != nil else { return [] }
        return furtherLanguages(of: question).filter { texts[$0] == nil }
    }

    /// Asks a question or a field, and for a translatable one each further language's text after it. `<` at a
    /// further language goes back to the language before; `back` (the step was reached with `<`) starts at the last
    /// language. Resuming with the main text given and a translation missing starts at the first missing one.
    mutating func askValue(_ step: AnswerStep, question: Question, list: Question?, back: Bool) throws -> Reply {
        let further = furtherLanguages(of: question)
        guard !further.isEmpty else {
            return try askOne(step, question: question, list: list, current: storedValue(at: step))
        }
        var phase = 0
        let missing = missingLanguages(of: question, value: storedValue(at: step))
        if back, texts(of: storedValue(at: step))[mainLanguage] != nil {
            showHeadings(for: step.step)
            phase = further.count
        } else if !askAll, forced == nil, focus == nil, let first = missing.first,
            let at = further.firstIndex(of: first)
        {
            showHeadings(for: step.step)
            phase = at + 1
        }
        return try Self.untilAnswered { () throws -> Reply? in
            if phase == 0 {
                let reply = try askOne(step, question: question, list: list, current: mainText(storedValue(at: step)))
                guard reply == .answered else { return reply }
                // Left unanswered: there is nothing to translate.
                guard texts(of: storedValue(at: step))[mainLanguage] != nil else { return .answered }
                phase = 1
            } else if phase > further.count {
                return .answered
            } else {
                switch try askTranslation(step, question: question, list: list, into: further[phase - 1]) {
                case .answered: phase += 1
                case .back: phase -= 1
                default: return .ended
                }
            }
            return nil
        }
    }

    /// Asks the text of a translatable answer in `other`, showing the main language's text; Enter keeps a text
    /// already given.
    private mutating func askTranslation(
        _ step: AnswerStep, question: Question, list: Question?, into other: Language
    ) throws -> Reply {
        let label = describe.label(question)
        say("")
        say(
            style.question(text.translation(label, in: other))
                + (question.required ? "" : style.dim(" (\(text.optional))")))
        let given = texts(of: storedValue(at: step))
        if let first = given[mainLanguage] {
            let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            say(style.dim("  " + text.translationShown(lines[0], in: mainLanguage)))
            for line in lines.dropFirst() { say(style.dim("  " + line)) }
        }
        let fallback = given[other].map(AnswerValue.text)
        say(style.dim("  " + hint(question, fallback: fallback)))
        return try Self.untilAnswered { () throws -> Reply? in
            io.write(prompt(fallback, question))
            switch typedLine(question, list: list) {
            case .ended: return .ended
            case .back: return .back
            case .again: return nil
            case .empty:
                if fallback != nil || !question.required { return .answered }
                say(style.problem(text.required))
                return nil
            case .clear:
                try setTranslation(step, nil, in: other)
                return .answered
            case .answer(let answer):
                switch input.parse(answer, for: question, parties: []) {
                case .success(let value):
                    // Always a text: only text and long text questions are translatable.
                    if case .text(let translated) = value { try setTranslation(step, translated, in: other) }
                    return .answered
                case .failure(let problem):
                    say(style.problem("\(text.invalid) \(problem.message)"))
                    return nil
                }
            }
        }
    }

    /// Sets (or, with nil, removes) the text of the answer at `step` in `other`, and saves. The answer has its main
    /// language's text (a translation is asked only then), so its record exists and it keeps a text: the main
    /// language's alone is a plain text.
    private mutating func setTranslation(_ step: AnswerStep, _ translated: String?, in other: Language) throws {
        var texts = texts(of: storedValue(at: step))
        texts[other] = translated
        let value: AnswerValue = texts.entries.count == 1 ? .text(texts.entries[0].text) : .texts(texts)
        switch step {
        case .question(let index):
            answers.values[questions[index].id] = value
        case .field(let list, let record, let field):
            var records = self.records(list)
            records[record].values[questions[list].fields[field].id] = value
            answers.values[questions[list].id] = .list(records)
        }
        try store()
    }
}
