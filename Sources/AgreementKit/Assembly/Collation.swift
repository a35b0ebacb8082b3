import Foundation

/// Alphabetical order of terms in a language, independent of the machine's locale: the same input always sorts
/// the same way. Swedish puts å, ä, ö after z (and sorts ü as y, æ as ä, ø as ö, accented letters as their base).
enum Collation {
    /// Whether `a` sorts before `b` in `language`.
    static func precedes(_ a: String, _ b: String, in language: Language) -> Bool {
        let ka = key(a, language), kb = key(b, language)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// A sort key: one number per letter, case and most accents ignored.
    static func key(_ text: String, _ language: Language) -> [Int] {
        var out: [Int] = []
        for ch in text.lowercased() {
            let s = String(ch)
            if language == .sv {
                switch s {
                case "å": out.append(1027); continue
                case "ä", "æ": out.append(1028); continue
                case "ö", "ø": out.append(1029); continue
                case "ü": out.append(Int(UnicodeScalar("y").value)); continue
                default: break
                }
            }
            let base = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            for scalar in base.unicodeScalars { out.append(Int(scalar.value)) }
        }
        return out
    }
}
