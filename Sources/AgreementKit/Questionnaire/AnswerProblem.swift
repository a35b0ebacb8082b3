/// Why a written answer is not accepted, worded in either language: English in answers-file diagnostics,
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

    /// The explanation, without the subject, in `language`.
    func message(in language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .forbiddenCharacter(let name):
            return sv ? "svaret innehåller tecknet \(name), som ett DOCX- eller ODT-dokument inte kan innehålla; ta bort det"
                : "the answer holds the character \(name), which DOCX and ODT documents cannot contain; remove it"
        case .tooLong(let length, let maximum):
            return sv ? "svaret har \(length) tecken; ett svar får ha högst \(maximum) tecken"
                : "the answer has \(length) characters; an answer may have at most \(maximum) characters"
        case .lineBreaksInText:
            return sv ? "svaret ska vara en rad text, men det här har radbrytningar"
                : "the answer is one line of text, but this one has line breaks"
        case .patternMismatch(let text, let pattern):
            return sv ? "'\(text)' har inte den form som krävs (mönstret \(pattern))"
                : "'\(text)' does not have the required form (pattern \(pattern))"
        case .notYesNo(let text):
            return sv ? "'\(text)' är varken ja eller nej; skriv ja, nej, true, false, yes eller no"
                : "'\(text)' is not yes or no; write true, false, yes, no, ja or nej"
        case .notAnOption(let text, let options, let suggestion):
            let hint = suggestion.map { sv ? "; menade du '\($0)'?" : "; did you mean '\($0)'?" } ?? ""
            return (sv ? "'\(text)' är inget av alternativen: " : "'\(text)' is not one of the options: ")
                + options.joined(separator: ", ") + hint
        case .notInteger(let text):
            return sv ? "'\(text)' är inget heltal" : "'\(text)' is not a whole number"
        case .integerBelowMinimum(let value, let minimum):
            return sv ? "\(value) är mindre än det minsta tillåtna, \(minimum)" : "\(value) is less than the minimum \(minimum)"
        case .integerAboveMaximum(let value, let maximum):
            return sv ? "\(value) är större än det största tillåtna, \(maximum)" : "\(value) is more than the maximum \(maximum)"
        case .notCurrency(let code):
            return sv ? "'\(code)' är ingen valutakod; skriv tre versaler, till exempel SEK, DKK eller EUR"
                : "'\(code)' is not a currency code; write three capital letters such as SEK, DKK or EUR"
        case .notAmount(let text):
            return sv ? "'\(text)' är inget belopp; skriv till exempel 250000, 250 000, 250000,50 eller 250 000 SEK"
                : "'\(text)' is not an amount; write for example 250000, 250 000, 250000.50 or 250 000 SEK"
        case .noCurrency(let text):
            return sv ? "'\(text)' har ingen valuta och frågan har ingen förvald valuta; skriv till exempel '\(text) SEK'"
                : "'\(text)' has no currency and the question has no default currency; write for example '\(text) SEK'"
        case .amountBelowMinimum(let amount, let minimum, let currency):
            return sv ? "\(amount) är mindre än det minsta tillåtna, \(minimum) \(currency)"
                : "\(amount) is less than the minimum \(minimum) \(currency)"
        case .amountAboveMaximum(let amount, let maximum, let currency):
            return sv ? "\(amount) är större än det största tillåtna, \(maximum) \(currency)"
                : "\(amount) is more than the maximum \(maximum) \(currency)"
        case .dateDoesNotExist(let text):
            return sv ? "'\(text)' är inget datum som finns" : "'\(text)' is not a date that exists"
        case .notDate(let text):
            return sv ? "'\(text)' är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01"
                : "'\(text)' is not a date; write YYYY-MM-DD, for example 2026-03-01"
        case .notEmail(let text):
            return sv ? "'\(text)' är ingen e-postadress" : "'\(text)' is not an e-mail address"
        case .organisationNumberFormat(let text):
            return sv ? "'\(text)' är inget svenskt organisationsnummer; skriv NNNNNN-NNNN"
                : "'\(text)' is not a Swedish organisation number; write NNNNNN-NNNN"
        case .organisationNumberCheckDigit(let text):
            return sv ? "'\(text)' är inget giltigt organisationsnummer: kontrollsiffran stämmer inte (troligen en felskriven siffra)"
                : "'\(text)' is not a valid Swedish organisation number: the check digit does not match (a digit is probably mistyped)"
        case .cvrFormat(let text):
            return sv ? "'\(text)' är inget danskt CVR-nummer; skriv åtta siffror, den första inte 0"
                : "'\(text)' is not a Danish CVR number; write eight digits, the first not 0"
        case .cvrCheckDigit(let text):
            return sv ? "'\(text)' är inget giltigt CVR-nummer: modulus 11-kontrollen stämmer inte (troligen en felskriven siffra)"
                : "'\(text)' is not a valid Danish CVR number: the modulus-11 check fails (a digit is probably mistyped)"
        case .listExpected(let text):
            return sv ? "här väntas en lista med poster, inte '\(text)'" : "expects a list of records, found '\(text)'"
        }
    }

    /// The "not one of the options" problem for a question, with a spelling suggestion when one is close.
    static func notAnOption(_ text: String, _ question: Question) -> AnswerProblem {
        let values = question.options.map(\.value)
        return .notAnOption(text: text, options: values, suggestion: SpellingSuggestion.closest(to: text, in: values))
    }
}
