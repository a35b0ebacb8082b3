/// The column widths of a table of the text, from its content: every column is at least as wide as its longest
/// word (so no reader breaks a word in the middle), and the rest of the width goes where the text is.
///
/// Text is measured with a per-character estimate for the serif body font, on the wide side: Times New Roman's
/// widths (and those of Liberation Serif, which LibreOffice uses in its place and which has the same metrics)
/// rounded up by about a tenth, so a word that fits here fits in Word and LibreOffice.
///
/// - No width hints (or equal ones): when every cell fits on one line the columns get their one-line widths and
///   share what is left in proportion to them; otherwise each column gets its longest word and the rest of the
///   width is shared in proportion to how much more each column's longest cell needs.
/// - Unequal hints from the author (`|--|------|`): the columns take the hinted proportions, except that a column
///   narrower than its longest word is widened to it, the others giving up width in proportion to their room.
/// - When the longest words of all columns together do not fit, the columns share the width in proportion to their
///   longest words (nothing better can be done).
struct ColumnWidths {
    /// The font size of the table's text.
    var fontSize: Length
    /// The space left and right of the text in each cell, together.
    var cellPadding: Length

    /// A little room on top of the measured text, for rounding in the readers.
    static let slack = Length.pt(2)

    /// The estimated width of a character, in thousandths of the font size: Times New Roman's widths rounded up
    /// by about a tenth.
    static func characterWidth(_ character: Character) -> Int {
        switch character {
        case " ", "\u{00A0}": return 280
        case "i", "l", "j", "t", "f", "r", ".", ",", ";", ":", "'", "!", "|", "(", ")", "[", "]", "-", "\u{2019}":
            return 380
        case "m", "w": return 860
        case "M", "W", "\u{2014}": return 1030
        case "0"..."9": return 550
        default: return character.isUppercase ? 800 : 560
        }
    }

    /// `characterWidth` of each character U+0000 to U+02FF, by its code.
    private static let latinWidths: [Int] = (0..<0x300).map { characterWidth(Character(Unicode.Scalar(UInt32($0))!)) }

    /// `characterWidth` of a scalar that is a character of its own.
    private static func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x300 ? latinWidths[Int(scalar.value)] : characterWidth(Character(scalar))
    }

    /// Whether every scalar of `text` is a character of its own, so the text can be measured scalar by scalar: true
    /// when all lie in ranges with no combining marks, joiners or other scalars that join a neighbour (Latin up to
    /// U+02FF except CR, which joins a following LF; and the spaces, dashes, quotes and punctuation of U+2000 to
    /// U+205E except the zero-width and direction controls).
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D: return false
            case 0..<0x300, 0x2000...0x200A, 0x2010...0x2027, 0x202F, 0x2030...0x205E: return true
            default: return false
            }
        }
    }

    /// The spaces a line never breaks at.
    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// The estimated width of `text` on one line; bold text is a tenth wider.
    func width(of text: String, bold: Bool) -> Length {
        let thousandths =
            Self.isOneScalarPerCharacter(text)
            ? text.unicodeScalars.reduce(0) { $0 + Self.scalarWidth($1) }
            : text.reduce(0) { $0 + Self.characterWidth($1) }
        let scaled = bold ? thousandths * 11 / 10 : thousandths
        return Length(emu: fontSize.emu * scaled / 1000)
    }

    /// The words of a text: the pieces a reader never breaks (it breaks lines at spaces and after hyphens, never at
    /// a no-break space: "SEK 1,400,000" and "1 400 000 kr" are one word each).
    static func words(_ text: String) -> [String] {
        if isOneScalarPerCharacter(text) { return scalarWords(text) }
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isWhitespace, !noBreakSpaces.contains(character) {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
                if character == "-" || character == "\u{2013}" {
                    words.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `words` of a text whose scalars are characters of their own (`isOneScalarPerCharacter`), scalar by scalar.
    private static func scalarWords(_ text: String) -> [String] {
        var words: [String] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            // ASCII white space is U+0009–U+000D and the space, none of them a no-break space.
            let breaks =
                scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace && !noBreakSpaces.contains(Character(scalar))
            if breaks {
                if start != index { words.append(String(text[start..<index])) }
                start = next
            } else if scalar == "-" || scalar == "\u{2013}" {
                words.append(String(text[start..<next]))
                start = next
            }
            index = next
        }
        if start != scalars.endIndex { words.append(String(text[start...])) }
        return words
    }

    /// The narrowest width of a cell's text that breaks no word, and its width on one line (per line break).
    func measure(_ text: String, bold: Bool) -> (minimum: Length, preferred: Length) {
        let minimum = Self.words(text).map { width(of: $0, bold: bold) }.max() ?? .zero
        let lines =
            Self.isOneScalarPerCharacter(text)
            ? text.utf8.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
            : text.split(separator: "\n").map(String.init)
        let preferred = lines.map { width(of: $0, bold: bold) }.max() ?? .zero
        return (minimum, preferred)
    }

    /// The column widths of a table `total` wide whose columns hold `cells` (one list of (text, bold) per column),
    /// with the author's relative `hints` (nil for none or equal ones).
    func columns(total: Length, cells: [[(text: String, bold: Bool)]], hints: [Int]?) -> [Length] {
        guard !cells.isEmpty else { return [] }
        let extra = cellPadding + Self.slack
        var minimum: [Length] = []
        var preferred: [Length] = []
        for column in cells {
            let measures = column.map { measure($0.text, bold: $0.bold) }
            let least = (measures.map(\.minimum).max() ?? .zero) + extra
            minimum.append(least)
            preferred.append(max(least, (measures.map(\.preferred).max() ?? .zero) + extra))
        }
        let minimumSum = minimum.reduce(.zero, +)
        if minimumSum >= total { return Length.split(total, weights: minimum.map(\.emu)) }
        if let hints, hints.count == cells.count, hints.allSatisfy({ $0 > 0 }), Set(hints).count > 1 {
            return Self.widen(Length.split(total, weights: hints), toAtLeast: minimum)
        }
        let preferredSum = preferred.reduce(.zero, +)
        if preferredSum <= total { return Length.split(total, weights: preferred.map(\.emu)) }
        let room = Length.split(total - minimumSum, weights: zip(preferred, minimum).map { ($0 - $1).emu })
        return zip(minimum, room).map { $0 + $1 }
    }

    /// `widths` with every column at least its `minimum`: the columns below it are widened, the others give up the
    /// width in proportion to their room above their minimum. The minimums together must be less than the total.
    static func widen(_ widths: [Length], toAtLeast minimum: [Length]) -> [Length] {
        let deficit = zip(widths, minimum).reduce(Length.zero) { $0 + max(.zero, $1.1 - $1.0) }
        guard deficit > .zero else { return widths }
        let room = zip(widths, minimum).map { max(.zero, $0 - $1) }
        let roomSum = room.reduce(.zero, +)
        var result: [Length] = []
        var given = Length.zero
        var roomBefore = Length.zero
        for (index, width) in widths.enumerated() {
            if width < minimum[index] {
                result.append(minimum[index])
                continue
            }
            // The cut of this column: its share of the deficit, with the cuts so far rounded down, so they add up.
            roomBefore = roomBefore + room[index]
            let cutSoFar = Length(emu: deficit.emu * roomBefore.emu / roomSum.emu)
            result.append(width - (cutSoFar - given))
            given = cutSoFar
        }
        return result
    }
}

extension ColumnWidths {
    /// The text a reader shows for laid-out content, for measuring: references show their result, a line break
    /// starts a new line, page fields are counted as three digits.
    static func text(_ content: [LaidOutInline]) -> String {
        var out = ""
        for inline in content {
            switch inline {
            case .text(let text): out += text
            case .span(_, let inner): out += self.text(inner)
            case .reference(let reference): out += reference.result
            case .comment: break
            case .lineBreak: out += "\n"
            case .pageNumber, .pageCount: out += "999"
            case .change(_, let inner): out += self.text(inner)
            }
        }
        return out
    }
}
