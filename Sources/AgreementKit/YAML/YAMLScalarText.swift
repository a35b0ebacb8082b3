/// Writes strings as YAML scalars that every YAML reader (1.1 and 1.2) reads back as exactly the same string.
///
/// A string is written plain only when it cannot be mistaken for anything else: it starts with a letter, holds only
/// letters, marks, digits, spaces and a few harmless punctuation marks (never `:`, `#`, `,`, brackets, braces or
/// quotes that would start or end something), does not end with a space, and is not one of the words YAML 1.1 reads
/// as a boolean or null (`yes`, `no`, `on`, `off`, `y`, `n`, `true`, `false`, `null`). Everything else is written in
/// double quotes, with escapes for backslashes, quotes, line breaks, control characters and the characters YAML 1.1
/// treats as line breaks (U+0085, U+2028, U+2029) or a byte-order mark.
enum YAMLScalarText {
    /// The words a YAML 1.1 reader takes for booleans or null, compared in lower case.
    static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// Punctuation allowed inside a plain scalar (after its first character).
    private static let plainPunctuation: Set<Unicode.Scalar> = [" ", ".", "-", "_", "/", "(", ")", "'", "&", "+", "@"]

    /// `text` as a scalar, in a block or in a flow sequence (plain scalars never hold `,`, `[`, `]`, `{`, `}`).
    static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// Whether `text` may be written without quotes (see the type's description).
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, isLetterLike(first) else {
            return false
        }
        if reservedWords.contains(text.lowercased()) { return false }
        if text.unicodeScalars.last == " " { return false }
        return text.unicodeScalars.allSatisfy { isLetterLike($0) || plainPunctuation.contains($0) }
    }

    /// Letters, marks and digits (not symbols, controls, format characters or separators).
    private static func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// `text` in double quotes with YAML escapes; every character YAML could read differently is escaped.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if needsEscape(scalar) {
                    out += "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Control characters, C1 controls (U+0085 is a YAML 1.1 line break), the line and paragraph separators, the
    /// byte-order mark and the non-characters U+FFFE/U+FFFF: never written raw.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || v == 0xFEFF || v == 0xFFFE
            || v == 0xFFFF
    }

    /// Whether `text` (several lines) can be written as a literal block scalar (`|-`) and read back the same: no
    /// tabs, no character that needs escaping, no carriage return, no line ending in a space, no line of spaces
    /// only, and no space or tab at the start of the first line.
    static func isBlockSafe(_ text: String) -> Bool {
        guard text.contains("\n"), let first = text.unicodeScalars.first, first != " ", first != "\n" else {
            return false
        }
        if text.unicodeScalars.last == "\n" { return false }
        for scalar in text.unicodeScalars where scalar != "\n" {
            if scalar == "\t" || needsEscape(scalar) { return false }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.last == " " { return false }
        }
        return true
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
