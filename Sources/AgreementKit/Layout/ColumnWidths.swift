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

    /// `characterWidth` of each ASCII character, by its code.
    private static let asciiWidth: [Int] = (0..<128).map { characterWidth(Character(Unicode.Scalar(UInt8($0)))) }

    /// Whether every character of `text` is one ASCII byte (ASCII without CR, which forms one character with a
    /// following LF), so the text can be measured byte by byte.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// The spaces a line never breaks at.
    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// The estimated width of `text` on one line; bold text is a tenth wider.
    func width(of text: String, bold: Bool) -> Length {
        let thousandths =
            Self.isPlainASCII(text)
            ? text.utf8.reduce(0) { $0 + Self.asciiWidth[Int($1)] }
            : text.reduce(0) { $0 + Self.characterWidth($1) }
        let scaled = bold ? thousandths * 11 / 10 : thousandths
        return Length(emu: fontSize.emu * scaled / 1000)
    }

    /// The words of a text: the pieces a reader never breaks (it breaks lines at spaces and after hyphens, never at
    /// a no-break space: "SEK 1,400,000" and "1 400 000 kr" are one word each).
    static func words(_ text: String) -> [String] {
        if isPlainASCII(text) { return asciiWords(text) }
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

    /// `words` of plain ASCII text, byte by byte: it breaks at ASCII white space and after hyphens.
    private static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if start != index { words.append(String(decoding: utf8[start..<index], as: UTF8.self)) }
                start = next
            } else if byte == 0x2D {
                words.append(String(decoding: utf8[start..<next], as: UTF8.self))
                start = next
            }
            index = next
        }
        if start != utf8.endIndex { words.append(String(decoding: utf8[start...], as: UTF8.self)) }
        return words
    }

    /// The narrowest width of a cell's text that breaks no word, and its width on one line (per line break).
    func measure(_ text: String, bold: Bool) -> (minimum: Length, preferred: Length) {
        let minimum = Self.words(text).map { width(of: $0, bold: bold) }.max() ?? .zero
        let preferred = text.split(separator: "\n").map { width(of: String($0), bold: bold) }.max() ?? .zero
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
