import Foundation

/// Alphabetical order of terms in a language, independent of the machine's locale: the same input always sorts
/// the same way. The language's words file gives the letters sorted after z and the letters sorted as another
/// (Swedish puts å, ä, ö after z and sorts ü as y, æ as ä, ø as ö); accented letters sort as their base.
enum Collation {
    /// Whether `a` sorts before `b` in `language`.
    static func precedes(_ a: String, _ b: String, in language: Language) -> Bool {
        let ka = key(a, language)
        let kb = key(b, language)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a < b
    }

    /// `items` sorted by their `text` in `language`, as `precedes` orders them, with each sort key made once.
    static func sorted<Item>(_ items: [Item], in language: Language, by text: (Item) -> String) -> [Item] {
        let keyed = items.map { item in
            let text = text(item)
            return (item: item, text: text, key: key(text, language))
        }
        return keyed.sorted { a, b in
            a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.text < b.text
        }.map(\.item)
    }

    /// A sort key: one number per letter, case and most accents ignored.
    static func key(_ text: String, _ language: Language) -> [Int] {
        var out: [Int] = []
        let words = language.words
        for ch in text.lowercased() {
            let letter = words.sortsAs[ch] ?? ch
            if let rank = words.lettersAfterZ[letter] {
                out.append(rank)
                continue
            }
            if let ascii = letter.asciiValue, letter.unicodeScalars.count == 1, !(65...90).contains(ascii) {
                // Folding leaves ASCII other than capitals as it is.
                out.append(Int(ascii))
                continue
            }
            let base = String(letter).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            for scalar in base.unicodeScalars { out.append(Int(scalar.value)) }
        }
        return out
    }
}
