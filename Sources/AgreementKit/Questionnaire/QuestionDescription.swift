/// How a question is described to a person, in Swedish or English: the form an answer takes, bounds and the
/// default. Shared by the interview and the answers template.
struct QuestionDescription {
    /// The language of the descriptions.
    let language: Language

    private var sv: Bool { language == .sv }

    /// The form of an answer as written in an answers file ("a date YYYY-MM-DD", "ett heltal, minst 1").
    func expectation(_ question: Question) -> String {
        let base: String
        switch question.type {
        case .text: base = sv ? "text på en rad" : "one line of text"
        case .longText: base = sv ? "text, gärna över flera rader" : "text, over several lines if needed"
        case .yesNo: base = sv ? "ja eller nej" : AnswerValueReader.expectation(question)
        case .choice: base = sv ? "ett av alternativen" : "one of the options"
        case .multipleChoice: base = sv ? "inget, ett eller flera av alternativen" : "none, one or several of the options"
        case .integer: base = sv ? "ett heltal" : AnswerValueReader.expectation(question)
        case .amount:
            if let currency = question.currency {
                base = sv ? "ett belopp, till exempel 250 000 (i \(currency) om ingen annan valuta anges)"
                    : "an amount such as 250 000 (in \(currency) unless another currency is given)"
            } else {
                base = sv ? "ett belopp med valuta, till exempel 250 000 SEK" : AnswerValueReader.expectation(question)
            }
        case .date: base = sv ? "ett datum ÅÅÅÅ-MM-DD, till exempel 2026-03-01" : AnswerValueReader.expectation(question) + ", for example 2026-03-01"
        case .email: base = sv ? "en e-postadress" : AnswerValueReader.expectation(question)
        case .organisationNumberSE:
            base = sv ? "ett svenskt organisationsnummer NNNNNN-NNNN" : AnswerValueReader.expectation(question)
        case .cvrDK: base = sv ? "ett danskt CVR-nummer (åtta siffror)" : AnswerValueReader.expectation(question) + " (eight digits)"
        case .list: base = sv ? "en lista med poster" : "a list of entries"
        }
        let bounds = self.bounds(question)
        return bounds.isEmpty ? base : "\(base), \(bounds)"
    }

    /// "mellan 1 och 10", "at least 1 entry", or "" without bounds.
    func bounds(_ question: Question) -> String {
        let unit: (singular: String, plural: String)
        switch question.type {
        case .integer: unit = ("", "")
        case .amount: unit = (question.currency ?? "", question.currency ?? "")
        case .list: unit = sv ? ("post", "poster") : ("entry", "entries")
        case .multipleChoice: unit = sv ? ("alternativ", "alternativ") : ("option", "options")
        default: return ""
        }
        func counted(_ n: Int) -> String {
            let word = n == 1 ? unit.singular : unit.plural
            return word.isEmpty ? "\(n)" : "\(n) \(word)"
        }
        switch (question.minimum, question.maximum) {
        case (let min?, let max?):
            return sv ? "mellan \(min) och \(counted(max))" : "between \(min) and \(counted(max))"
        case (let min?, nil):
            return sv ? "minst \(counted(min))" : "at least \(counted(min))"
        case (nil, let max?):
            return sv ? "högst \(counted(max))" : "at most \(counted(max))"
        case (nil, nil):
            return ""
        }
    }

    /// "frivillig" / "optional" for a question that need not be answered.
    var optionalWord: String { sv ? "frivillig" : "optional" }

    /// A value as a person reads it: yes/no in words, options by label, amounts grouped, dates ISO.
    func display(_ value: AnswerValue, _ question: Question) -> String {
        switch value {
        case .date(let date): return date.iso
        case .choices(let values) where values.isEmpty: return sv ? "(inget valt)" : "(none chosen)"
        case .list(let records): return sv ? "\(records.count) poster" : "\(records.count) entries"
        default: return ValueFormatter(language: language).plain(value, question)
        }
    }

    /// The label of an option in this language.
    func label(_ option: ChoiceOption) -> String { option.label[language] ?? option.value }

    /// A localized text, or the first language's when this one is missing.
    func text(_ localized: Localized<String>?) -> String? {
        guard let localized else { return nil }
        return localized[language] ?? Language.allCases.lazy.compactMap { localized[$0] }.first
    }
}
