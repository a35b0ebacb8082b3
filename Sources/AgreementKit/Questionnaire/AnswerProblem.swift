/// Why a written answer is not accepted, worded in any language: English in answers-file diagnostics,
/// the interview's language at the prompt. One list of checks, so the two can never drift apart.
enum AnswerProblem: Error, Equatable, Sendable {
    case lineBreaksInText
    case patternMismatch(text: String, pattern: String)
    case notYesNo(text: String)
    case notAnOption(text: String, options: [String], suggestion: String?)
    case notInteger(text: String)
    case integerBelowMinimum(value: Int, minimum: Int)
    case integerAboveMaximum(value: Int, maximum: Int)
    case notCurrency(code: String)
    case notAmount(text: String)
    case noCurrency(text: String)
    case amountBelowMinimum(amount: String, minimum: Int, currency: String)
    case amountAboveMaximum(amount: String, maximum: Int, currency: String)
    case dateDoesNotExist(text: String)
    case notDate(text: String)
    case notEmail(text: String)
    case organisationNumberFormat(text: String)
    case organisationNumberCheckDigit(text: String)
    case cvrFormat(text: String)
    case cvrCheckDigit(text: String)
    case listExpected(text: String)
    case forbiddenCharacter(name: String)
    case tooLong(length: Int, maximum: Int)

    /// The explanation, without the subject, in `language` (the `problems.*` words of its words file).
    func message(in language: Language) -> String {
        let words = language.words
        switch self {
        case .forbiddenCharacter(let name):
            return words.text(.problemsForbiddenCharacter, ["name": name])
        case .tooLong(let length, let maximum):
            return words.text(.problemsTooLong, ["length": String(length), "maximum": String(maximum)])
        case .lineBreaksInText:
            return words.text(.problemsLineBreaks)
        case .patternMismatch(let text, let pattern):
            return words.text(.problemsPattern, ["text": text, "pattern": pattern])
        case .notYesNo(let text):
            return words.text(.problemsNotYesNo, ["text": text])
        case .notAnOption(let text, let options, let suggestion):
            let hint = suggestion.map { words.text(.problemsDidYouMean, ["suggestion": $0]) } ?? ""
            return words.text(.problemsNotAnOption, ["text": text, "options": options.joined(separator: ", ")]) + hint
        case .notInteger(let text):
            return words.text(.problemsNotInteger, ["text": text])
        case .integerBelowMinimum(let value, let minimum):
            return words.text(.problemsIntegerBelowMinimum, ["value": String(value), "minimum": String(minimum)])
        case .integerAboveMaximum(let value, let maximum):
            return words.text(.problemsIntegerAboveMaximum, ["value": String(value), "maximum": String(maximum)])
        case .notCurrency(let code):
            return words.text(.problemsNotCurrency, ["code": code])
        case .notAmount(let text):
            return words.text(.problemsNotAmount, ["text": text])
        case .noCurrency(let text):
            return words.text(.problemsNoCurrency, ["text": text])
        case .amountBelowMinimum(let amount, let minimum, let currency):
            return words.text(
                .problemsAmountBelowMinimum, ["amount": amount, "minimum": String(minimum), "currency": currency])
        case .amountAboveMaximum(let amount, let maximum, let currency):
            return words.text(
                .problemsAmountAboveMaximum, ["amount": amount, "maximum": String(maximum), "currency": currency])
        case .dateDoesNotExist(let text):
            return words.text(.problemsDateDoesNotExist, ["text": text])
        case .notDate(let text):
            return words.text(.problemsNotDate, ["text": text])
        case .notEmail(let text):
            return words.text(.problemsNotEmail, ["text": text])
        case .organisationNumberFormat(let text):
            return words.text(.problemsOrganisationNumberFormat, ["text": text])
        case .organisationNumberCheckDigit(let text):
            return words.text(.problemsOrganisationNumberCheckDigit, ["text": text])
        case .cvrFormat(let text):
            return words.text(.problemsCvrFormat, ["text": text])
        case .cvrCheckDigit(let text):
            return words.text(.problemsCvrCheckDigit, ["text": text])
        case .listExpected(let text):
            return words.text(.problemsListExpected, ["text": text])
        }
    }

    /// The "not one of the options" problem for a question, with a spelling suggestion when one is close.
    static func notAnOption(_ text: String, _ question: Question) -> AnswerProblem {
        let values = question.options.map(\.value)
        return .notAnOption(text: text, options: values, suggestion: SpellingSuggestion.closest(to: text, in: values))
    }
}
