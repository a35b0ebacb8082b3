/// How a question is described to a person, in the questionnaire's language: the form an answer takes, bounds and the
/// default. Shared by the interview and the answers template.
struct QuestionDescription {
    /// The language of the descriptions.
    let language: Language

    private var words: Words { language.words }

    /// The form of an answer as written in an answers file ("a date YYYY-MM-DD", "ett heltal, minst 1").
    func expectation(_ question: Question) -> String {
        let base: String
        switch question.type {
        case .text: base = words.text(.questionsFormText)
        case .longText: base = words.text(.questionsFormLongText)
        case .yesNo: base = words.text(.questionsFormYesNo)
        case .choice: base = words.text(.questionsFormChoice)
        case .multipleChoice: base = words.text(.questionsFormMultipleChoice)
        case .integer: base = words.text(.questionsFormInteger)
        case .amount:
            if let currency = question.currency {
                base = words.text(.questionsFormAmountInCurrency, ["currency": currency])
            } else {
                base = words.text(.questionsFormAmount)
            }
        case .date: base = words.text(.questionsFormDate)
        case .email: base = words.text(.questionsFormEmail)
        case .organisationNumberSE: base = words.text(.questionsFormOrganisationNumber)
        case .cvrDK: base = words.text(.questionsFormCvr)
        case .party: base = words.text(.questionsFormParty)
        case .list: base = words.text(.questionsFormList)
        }
        let bounds = self.bounds(question)
        return bounds.isEmpty ? base : "\(base), \(bounds)"
    }

    /// "mellan 1 och 10", "at least 1 entry", or "" without bounds.
    func bounds(_ question: Question) -> String {
        let counted: (Int) -> String
        switch question.type {
        case .integer: counted = { String($0) }
        case .amount: counted = { n in question.currency.map { "\(n) \($0)" } ?? String(n) }
        case .list: counted = { words.text($0 == 1 ? .questionsOneEntry : .questionsEntries, ["n": String($0)]) }
        case .multipleChoice:
            counted = { words.text($0 == 1 ? .questionsOneOption : .questionsOptions, ["n": String($0)]) }
        default: return ""
        }
        switch (question.minimum, question.maximum) {
        case (let min?, let max?):
            return words.text(.questionsBetween, ["minimum": String(min), "maximum": counted(max)])
        case (let min?, nil):
            return words.text(.questionsAtLeast, ["minimum": counted(min)])
        case (nil, let max?):
            return words.text(.questionsAtMost, ["maximum": counted(max)])
        case (nil, nil):
            return ""
        }
    }

    /// "frivillig" / "optional" for a question that need not be answered.
    var optionalWord: String { words.text(.questionsOptional) }

    /// A value as a person reads it: yes/no in words, options by label, amounts grouped, dates ISO, a text per
    /// language as each language's text after its code.
    func display(_ value: AnswerValue, _ question: Question) -> String {
        switch value {
        case .date(let date): return date.iso
        case .choices(let values) where values.isEmpty: return words.text(.questionsNoneChosen)
        case .choice(let value): return label(value, of: question)
        case .choices(let values):
            let formatter = ValueFormatter(language: language)
            return formatter.join(values.map { label($0, of: question) }, conjunction: formatter.andWord)
        case .list(let records): return words.text(.questionsEntries, ["n": String(records.count)])
        case .texts(let texts):
            // Every language's text, each after its code: "sv: Kommunen behöver … | en: The municipality needs …".
            return texts.entries.map { "\($0.language.rawValue): \($0.text)" }.joined(separator: " | ")
        default: return ValueFormatter(language: language).plain(value, question)
        }
    }

    /// The label of an option in this language, or in the first language that has one; the value without labels.
    func label(_ option: ChoiceOption) -> String { option.label.value(preferring: language) ?? option.value }

    /// The label of the option with `value`, or the value when the question has no such option.
    func label(_ value: String, of question: Question) -> String {
        question.options.first { $0.value == value }.map(label) ?? value
    }

    /// A localized text, or the first language's when this one is missing.
    func text(_ localized: Localized<String>?) -> String? {
        localized?.value(preferring: language)
    }

    /// A text that every question, section, check and risky choice has (the questionnaire reader requires it in each
    /// of the library's languages), in this language or else the first language's; `fallback` only for one built in
    /// code without any text.
    func text(_ localized: Localized<String>, or fallback: String) -> String {
        localized.value(preferring: language) ?? fallback
    }

    /// A question's label (its id for a question built in code without one).
    func label(_ question: Question) -> String { text(question.label, or: question.id) }

    /// A section's title (its id for a section built in code without one).
    func title(_ section: QuestionSection) -> String { text(section.title, or: section.id) }

    /// A check's message (its id for a check built in code without one).
    func message(_ check: AnswerCheck) -> String { text(check.message, or: check.id) }
}
