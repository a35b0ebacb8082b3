import Foundation

/// What people type for amounts, percentages and dates, rewritten in the form an answers file takes, so that the
/// usual checks apply to it: `3 500 000 kr` and `3,5 miljoner SEK` become `3500000 SEK`, `50 %` becomes `50`,
/// `2026-3-1` and `1 mars 2026` (or `1 March 2026`) become `2026-03-01`. Nil when there is nothing to rewrite.
enum LenientInput {
    /// The text rewritten for `question` (whose `currency` is the one an amount without a currency takes).
    static func rewrite(_ text: String, for question: Question) -> String? {
        switch question.type {
        case .amount: return amount(text, currency: question.currency)
        case .integer:
            let percent = question.label.values.values.contains { label in
                ["%", "procent", "per cent", "percent"].contains { label.lowercased().contains($0) }
            }
            return percent ? percentage(text) : nil
        case .date: return date(text)
        default: return nil
        }
    }

    /// Words for a currency, lowercased, and the code each stands for (nil: the question's currency, else SEK).
    static let currencyWords: [String: String?] = [
        "kr": nil, "kr.": nil, "kronor": "SEK", "krona": "SEK", "kroner": "DKK", "krone": "DKK", ":-": nil,
        "€": "EUR", "euro": "EUR", "sek": "SEK", "dkk": "DKK", "eur": "EUR", "nok": "NOK",
    ]

    /// Words that multiply the number, lowercased; `mkr` and `tkr` also say kronor.
    static let multipliers: [String: Int64] = [
        "miljon": 1_000_000, "miljoner": 1_000_000, "milj": 1_000_000, "milj.": 1_000_000, "mn": 1_000_000,
        "million": 1_000_000, "millioner": 1_000_000, "millions": 1_000_000, "mio": 1_000_000, "mio.": 1_000_000,
        "mkr": 1_000_000, "tusen": 1_000, "thousand": 1_000, "tkr": 1_000,
    ]

    static func amount(_ text: String, currency fallback: String?) -> String? {
        var words = text.replacingOccurrences(of: ":-", with: " :-").split(
            whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        ).map(String.init)
        var currency: String?
        var changed = false
        var multiplier: Int64 = 1
        let kronor = fallback == "DKK" || fallback == "SEK" ? fallback! : "SEK"
        if let last = words.last?.lowercased(), let code = currencyWords[last] {
            currency = code ?? kronor
            words.removeLast()
            changed = true
        } else if let last = words.last, AmountText.isCurrencyCode(last) {
            currency = last
            words.removeLast()
        }
        if let last = words.last?.lowercased(), let factor = multipliers[last] {
            multiplier = factor
            if last == "mkr" || last == "tkr" { currency = currency ?? kronor }
            words.removeLast()
            changed = true
        }
        guard changed, !words.isEmpty else { return nil }
        let number = words.joined()
        let minor: Int64
        if multiplier == 1 {
            guard let m = AmountText.minorUnits(number, grouped: words.count > 1, groups: words) else { return nil }
            minor = m
        } else {
            // "3,5 miljoner": a decimal number of millions.
            guard number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
                number.filter({ $0 == "," || $0 == "." }).count <= 1,
                let value = Decimal(string: number.replacingOccurrences(of: ",", with: "."), locale: nil)
            else { return nil }
            var scaled = value * Decimal(multiplier) * 100
            var rounded = Decimal()
            NSDecimalRound(&rounded, &scaled, 0, .plain)
            guard rounded == scaled, rounded < Decimal(Int64.max) else { return nil }
            minor = NSDecimalNumber(decimal: rounded).int64Value
        }
        let code = currency ?? fallback
        let whole = minor / 100
        let cents = minor % 100
        let written = cents == 0 ? "\(whole)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return code.map { "\(written) \($0)" } ?? written
    }

    static func percentage(_ text: String) -> String? {
        let lowered = text.lowercased()
        for suffix in ["%", "procent", "percent", "per cent", "pct", "pct."] where lowered.hasSuffix(suffix) {
            let number = text.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            return number.isEmpty ? nil : number
        }
        return nil
    }

    static func date(_ text: String) -> String? {
        // 2026-3-1
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
        {
            let padded = "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))"
            return padded == text ? nil : padded
        }
        // 1 mars 2026, 1 March 2026, 1. mars 2026 (Swedish or English month names, or their first three letters)
        let words = text.lowercased().split(separator: " ").map {
            String($0).trimmingCharacters(in: .punctuationCharacters)
        }
        guard words.count == 3, let day = Int(words[0]), (1...31).contains(day), let year = Int(words[2]),
            words[2].count == 4
        else { return nil }
        for language in Language.allCases {
            let months = language.words.list(.datesMonths).map { $0.lowercased() }
            if let index = months.firstIndex(where: {
                $0 == words[1] || (words[1].count >= 3 && $0.hasPrefix(words[1]))
            }) {
                return String(format: "%04d-%02d-%02d", year, index + 1, day)
            }
        }
        return nil
    }

    private static func pad(_ s: Substring) -> String { s.count == 1 ? "0" + s : String(s) }
}
