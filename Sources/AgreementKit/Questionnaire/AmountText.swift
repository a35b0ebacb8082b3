/// Reads amounts of money as people write them: `250000`, `250 000`, `250000.50`, `250 000,50`, `250 000 SEK`,
/// `SEK 250000`. Spaces (also no-break spaces) may group thousands; `.` or `,` followed by one or two digits marks
/// the decimals. The currency is a three-letter ISO 4217 code before or after the number.
enum AmountText {
    /// The number and the currency code if one was written, or a message saying what is wrong.
    static func parse(_ text: String) -> Result<(minorUnits: Int64, currency: String?), Problem> {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).map(String.init)
        var currency: String?
        if let first = words.first, first.first?.isLetter == true {
            currency = first
            words.removeFirst()
        } else if let last = words.last, last.first?.isLetter == true {
            currency = last
            words.removeLast()
        }
        if let code = currency, !isCurrencyCode(code) { return .failure(.currency(code)) }
        guard !words.isEmpty else { return .failure(.number) }
        guard let minor = minorUnits(words.joined(), grouped: words.count > 1, groups: words) else {
            return .failure(.number)
        }
        return .success((minor, currency))
    }

    /// Whether `code` is three capital letters A–Z.
    static func isCurrencyCode(_ code: String) -> Bool {
        code.count == 3 && code.allSatisfy { $0 >= "A" && $0 <= "Z" }
    }

    /// The value in hundredths of `number` (digits, then optionally `.` or `,` and one or two digits).
    /// When the number was written in space-separated groups, every group after the first has three digits.
    static func minorUnits(_ number: String, grouped: Bool = false, groups: [String] = []) -> Int64? {
        var whole = Substring(number)
        var fraction = Substring("")
        if let separator = number.lastIndex(where: { $0 == "." || $0 == "," }) {
            whole = number[..<separator]
            fraction = number[number.index(after: separator)...]
            guard (1...2).contains(fraction.count) else { return nil }
        }
        guard !whole.isEmpty, whole.count <= String(Amount.maximumWholeUnits).count,
            whole.allSatisfy({ $0.isASCII && $0.isNumber }),
            fraction.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        if grouped {
            // "250 000" and "250 000,50": the groups after the first are thousands.
            var rest = groups.dropFirst()
            if !fraction.isEmpty, let last = rest.popLast() {
                let digits = last.prefix { $0 != "." && $0 != "," }
                guard digits.count == 3 else { return nil }
            }
            guard groups.first.map({ (1...3).contains($0.count) }) == true, rest.allSatisfy({ $0.count == 3 }) else {
                return nil
            }
        }
        guard let units = Int64(whole) else { return nil }
        let cents = fraction.isEmpty ? 0 : (Int64(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
        return units * 100 + cents
    }

    /// Why a text is not an amount.
    enum Problem: Error, Equatable {
        /// The number part is not a number as described above.
        case number
        /// The currency is not a three-letter code.
        case currency(String)
    }
}
