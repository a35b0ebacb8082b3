import Foundation

/// Turns answers into the words of an agreement: dates, amounts, lists joined "A, B och C", option labels.
/// The result is always literal text for the model; nothing in an answer is read as markup.
struct ValueFormatter: Sendable {
    let language: Language

    /// An intermediate result of a filter chain.
    enum Formatted: Sendable, Equatable {
        case value(AnswerValue, Question?)
        case strings([String])
        case string(String)
    }

    /// Applies the filters to a value and returns the final text, or a message when a filter does not fit.
    func format(_ value: AnswerValue, question: Question?, filters: [ValueFilter]) -> Result<String, FilterMismatch> {
        var current = Formatted.value(value, question)
        for filter in filters {
            guard let next = apply(filter, to: current) else {
                return .failure(FilterMismatch(filter: filter, value: describe(current)))
            }
            current = next
        }
        return .success(text(current))
    }

    /// A filter that does not fit the value it is given.
    struct FilterMismatch: Error, Sendable, Equatable {
        let filter: ValueFilter
        let value: String
    }

    private func describe(_ f: Formatted) -> String {
        switch f {
        case .value(let v, _): return v.kindName
        case .strings: return "a list of texts"
        case .string: return "a text"
        }
    }

    private func apply(_ filter: ValueFilter, to input: Formatted) -> Formatted? {
        switch (filter, input) {
        case (.date, .value(.date(let d), _)): return .string(dateInWords(d))
        case (.amount, .value(.amount(let a), _)): return .string(amount(a))
        case (.names, .value(.list(let records), _)):
            return .strings(records.map { $0["name"].map { plain($0, nil) } ?? "" })
        case (.join, _), (.joinOr, _):
            guard let items = strings(input) else { return nil }
            return .string(join(items, conjunction: filter == .join ? andWord : orWord))
        case (.count, .value(.list(let records), _)): return .string(String(records.count))
        case (.count, .value(.choices(let values), _)): return .string(String(values.count))
        case (.count, .strings(let items)): return .string(String(items.count))
        case (.label, .value(.choice(let v), let q)): return .string(label(v, q))
        case (.label, .value(.choices(let vs), let q)): return .strings(vs.map { label($0, q) })
        case (.yesNo, .value(.boolean(let b), _)): return .string(yesNo(b))
        case (.lines, .value(.text(let t), _)):
            let lines = t.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            return .string(lines.filter { !$0.isEmpty }.joined(separator: ", "))
        case (.lower, _): return .string(text(input).lowercased())
        case (.upper, _): return .string(text(input).uppercased())
        default: return nil
        }
    }

    private func strings(_ input: Formatted) -> [String]? {
        switch input {
        case .strings(let items): return items
        case .value(.list(let records), _): return records.map { $0["name"].map { plain($0, nil) } ?? "" }
        case .value(.choices(let values), let q): return values.map { label($0, q) }
        default: return nil
        }
    }

    /// The text of a value without filters.
    func text(_ f: Formatted) -> String {
        switch f {
        case .string(let s): return s
        case .strings(let items): return join(items, conjunction: andWord)
        case .value(let v, let q): return plain(v, q)
        }
    }

    /// The default wording of a value: dates as the language's `dates.plain` says (ISO in Swedish, in words in
    /// English), options by label.
    func plain(_ value: AnswerValue, _ question: Question?) -> String {
        switch value {
        case .text(let s): return s
        case .texts(let texts): return texts[language] ?? texts.text(main: nil)
        case .boolean(let b): return yesNo(b)
        case .integer(let n): return String(n)
        case .amount(let a): return amount(a)
        case .date(let d): return words.text(.datesPlain) == "iso" ? d.iso : dateInWords(d)
        case .choice(let v): return label(v, question)
        case .choices(let vs): return join(vs.map { label($0, question) }, conjunction: andWord)
        case .list(let records):
            return join(records.map { $0["name"].map { plain($0, nil) } ?? "" }, conjunction: andWord)
        case .record(let r): return r["name"].map { plain($0, nil) } ?? ""
        }
    }

    private var words: Words { language.words }
    var andWord: String { words.text(.valuesAnd) }
    var orWord: String { words.text(.valuesOr) }

    /// "A", "A och B", "A, B och C" (no serial comma in either language).
    func join(_ items: [String], conjunction: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    func yesNo(_ b: Bool) -> String { words.text(b ? .valuesYes : .valuesNo) }

    func label(_ value: String, _ question: Question?) -> String {
        question.map { QuestionDescription(language: language).label(value, of: $0) } ?? value
    }

    /// "1 mars 2026" / "1 March 2026".
    func dateInWords(_ d: CalendarDate) -> String {
        words.text(
            .datesInWords,
            [
                "day": String(d.day), "month": words.list(.datesMonths)[d.month - 1], "year": String(d.year),
            ])
    }

    /// "250 000 SEK" / "SEK 250,000"; öre or cents only when not zero ("1 250,50 SEK" / "SEK 1,250.50"). A currency
    /// with a sign of the language's own (`numbers.currency-signs`) is written with it in `numbers.amount-with-sign`
    /// ("250.000 kr." in Danish, where other currencies keep their code: "SEK 250.000").
    func amount(_ a: Amount) -> String {
        let negative = a.minorUnits < 0
        let magnitude = a.minorUnits.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        let separator = words.text(.numbersGroup)
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped += separator }
            grouped.append(ch)
        }
        if cents != 0 {
            grouped += words.text(.numbersDecimal) + (cents < 10 ? "0" : "") + String(cents)
        }
        if negative { grouped = "-" + grouped }
        if let sign = words.currencySigns[a.currency] {
            return words.text(.numbersAmountWithSign, ["number": grouped, "sign": sign])
        }
        return words.text(.numbersAmount, ["number": grouped, "currency": a.currency])
    }
}

extension AnswerValue {
    /// A short name of the kind of value, for messages.
    var kindName: String {
        switch self {
        case .text, .texts: return "a text"
        case .boolean: return "a yes/no answer"
        case .integer: return "an integer"
        case .amount: return "an amount"
        case .date: return "a date"
        case .choice: return "a choice"
        case .choices: return "a multiple choice"
        case .list: return "a list"
        case .record: return "a record"
        }
    }
}
