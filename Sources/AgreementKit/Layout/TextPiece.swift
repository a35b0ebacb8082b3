/// Literal text split at the characters office formats write as elements: tabs and line breaks.
enum TextPiece: Sendable, Equatable {
    case text(String)
    case tab
    case lineBreak

    /// Splits text; CR LF and lone CR count as one line break. Works on the UTF-8 bytes: tab, CR and LF are single
    /// bytes that never occur inside another character's encoding, so the pieces between them are whole scalars.
    static func split(_ text: String) -> [TextPiece] {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            return text.isEmpty ? [] : [.text(text)]
        }
        var pieces: [TextPiece] = []
        var start = utf8.startIndex
        var previousWasCR = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if start != index { pieces.append(.text(String(decoding: utf8[start..<index], as: UTF8.self))) }
                if byte == 0x09 {
                    pieces.append(.tab)
                } else if byte == 0x0D || !previousWasCR {
                    pieces.append(.lineBreak)
                }
                previousWasCR = byte == 0x0D
                start = next
            } else {
                previousWasCR = false
            }
            index = next
        }
        if start != utf8.endIndex { pieces.append(.text(String(decoding: utf8[start...], as: UTF8.self))) }
        return pieces
    }
}
