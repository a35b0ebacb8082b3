/// Which characters XML 1.0 allows in a document.
public enum XMLCharacters {
    /// Whether XML 1.0 allows this scalar: not C0 controls other than tab, line feed and carriage return,
    /// and not U+FFFE or U+FFFF. (Swift strings never hold lone surrogates.)
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }

    /// The first character XML forbids in `text`, if any.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        // The bytes first: a forbidden scalar is a byte below 0x20, or U+FFFE / U+FFFF, which start with 0xEF 0xBF.
        var previous: UInt8 = 0
        var suspect = false
        for byte in text.utf8 {
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || (previous == 0xEF && byte == 0xBF) {
                suspect = true
                break
            }
            previous = byte
        }
        return suspect ? text.unicodeScalars.first { !isAllowed($0) } : nil
    }

    /// `U+0007` style name of a scalar for messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
