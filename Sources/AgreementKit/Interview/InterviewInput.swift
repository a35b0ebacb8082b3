import Foundation

/// Reads what a person typed as the answer to a question: option numbers or values for choices, `j`/`n` or
/// `y`/`n` for yes/no, and every other type through `AnswerValueReader.parse`, the same rules as an answers file.
/// Problems are explained in the interview's language.
struct InterviewInput {
    /// The language of the explanations.
    let language: Language

    private var sv: Bool { language == .sv }

    /// The answer, or what is wrong with it. `text` is already trimmed and not empty.
    func parse(_ text: String, for question: Question) -> Result<AnswerValue, Problem> {
        switch question.type {
        case .choice:
            return option(text, question).map { .choice($0) }
        case .multipleChoice:
            return choices(text, question)
        case .yesNo:
            switch text.lowercased() {
            case "j", "y": return .success(.boolean(true))
            case "n": return .success(.boolean(false))
            default: break
            }
        default:
            break
        }
        switch AnswerValueReader.parse(text, for: question) {
        case .success(let value): return .success(value)
        case .failure(let problem): return .failure(Problem(message: explain(text, question, problem)))
        }
    }

    /// A reason an answer was not accepted.
    struct Problem: Error, Equatable {
        /// The explanation.
        var message: String
    }

    /// An option by its value or its number (1-based).
    private func option(_ text: String, _ question: Question) -> Result<String, Problem> {
        if question.options.contains(where: { $0.value == text }) { return .success(text) }
        if let n = Int(text) {
            guard n >= 1 && n <= question.options.count else {
                return .failure(Problem(message: sv
                    ? "\(n) är inget av alternativen; välj ett nummer mellan 1 och \(question.options.count)."
                    : "\(n) is not one of the options; choose a number between 1 and \(question.options.count)."))
            }
            return .success(question.options[n - 1].value)
        }
        let values = question.options.map(\.value)
        let hint = SpellingSuggestion.hint(for: text, in: values)
        return .failure(Problem(message: sv
            ? "'\(text)' är inget av alternativen (\(values.joined(separator: ", ")))\(hint); skriv numret eller värdet."
            : "'\(text)' is not one of the options (\(values.joined(separator: ", ")))\(hint); type its number or value."))
    }

    /// Comma-separated option numbers or values; `-` chooses none. Kept in the order of the options.
    private func choices(_ text: String, _ question: Question) -> Result<AnswerValue, Problem> {
        var chosen: Set<String> = []
        if text != "-" {
            for token in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !token.isEmpty {
                switch option(token, question) {
                case .failure(let problem): return .failure(problem)
                case .success(let value):
                    if chosen.contains(value) {
                        return .failure(Problem(message: sv ? "'\(value)' är valt mer än en gång." : "'\(value)' is chosen more than once."))
                    }
                    chosen.insert(value)
                }
            }
        }
        if let minimum = question.minimum, chosen.count < minimum {
            return .failure(Problem(message: sv ? "Välj minst \(minimum) alternativ." : "Choose at least \(minimum) options."))
        }
        if let maximum = question.maximum, chosen.count > maximum {
            return .failure(Problem(message: sv ? "Välj högst \(maximum) alternativ." : "Choose at most \(maximum) options."))
        }
        return .success(.choices(question.options.map(\.value).filter(chosen.contains)))
    }

    /// The reader's problem in this language; in Swedish worded anew from the same checks.
    private func explain(_ text: String, _ question: Question, _ problem: AnswerValueReader.Problem) -> String {
        guard sv else { return sentence(problem.message) }
        switch question.type {
        case .text, .longText:
            if let pattern = question.pattern { return "'\(text)' har inte den form som krävs (mönstret \(pattern))." }
        case .yesNo:
            return "'\(text)' är varken ja eller nej; skriv j eller n."
        case .integer:
            guard let n = Int(text.filter { $0 != " " && $0 != "\u{00A0}" }) else { return "'\(text)' är inget heltal." }
            if let minimum = question.minimum, n < minimum { return "\(n) är mindre än det minsta tillåtna, \(minimum)." }
            if let maximum = question.maximum, n > maximum { return "\(n) är större än det största tillåtna, \(maximum)." }
        case .amount:
            switch AmountText.parse(text) {
            case .failure(.currency(let code)):
                return "'\(code)' är ingen valutakod; skriv tre versaler, till exempel SEK, DKK eller EUR."
            case .failure(.number):
                return "'\(text)' är inget belopp; skriv till exempel 250000, 250 000, 250000,50 eller 250 000 SEK."
            case .success(let parsed):
                if parsed.currency == nil, question.currency == nil {
                    return "'\(text)' har ingen valuta; skriv till exempel '\(text) SEK'."
                }
                let currency = parsed.currency ?? question.currency ?? ""
                if let minimum = question.minimum, parsed.minorUnits < Int64(minimum) * 100 {
                    return "Beloppet är mindre än det minsta tillåtna, \(minimum) \(currency)."
                }
                if let maximum = question.maximum, parsed.minorUnits > Int64(maximum) * 100 {
                    return "Beloppet är större än det största tillåtna, \(maximum) \(currency)."
                }
            }
        case .date:
            if text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil {
                return "'\(text)' är inget datum som finns."
            }
            return "'\(text)' är inget datum; skriv ÅÅÅÅ-MM-DD, till exempel 2026-03-01."
        case .email:
            return "'\(text)' är ingen e-postadress."
        case .organisationNumberSE:
            if case .failure(.checkDigit) = SwedishOrganisationNumber.normalize(text) {
                return "'\(text)' är inget giltigt organisationsnummer: kontrollsiffran stämmer inte (troligen en felskriven siffra)."
            }
            return "'\(text)' är inget svenskt organisationsnummer; skriv NNNNNN-NNNN."
        case .cvrDK:
            if case .failure(.checkDigit) = DanishCVRNumber.normalize(text) {
                return "'\(text)' är inget giltigt CVR-nummer: modulus 11-kontrollen stämmer inte (troligen en felskriven siffra)."
            }
            return "'\(text)' är inget danskt CVR-nummer; skriv åtta siffror, den första inte 0."
        default:
            break
        }
        return sentence(problem.message)
    }

    /// A message with a capital first letter and a full stop.
    private func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let text = first.uppercased() + message.dropFirst()
        return text.hasSuffix(".") ? text : text + "."
    }
}
