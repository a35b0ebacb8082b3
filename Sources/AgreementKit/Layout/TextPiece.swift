/// Literal text split at the characters office formats write as elements: tabs and line breaks.
enum TextPiece: Sendable, Equatable {
    case text(String)
    case tab
    case lineBreak

    /// Splits text; CR LF and lone CR count as one line break.
    static func split(_ text: String) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t":
                if !current.isEmpty {
                    pieces.append(.text(current))
                    current = ""
                }
                pieces.append(.tab)
                previousWasCR = false
            case "\r":
                if !current.isEmpty {
                    pieces.append(.text(current))
                    current = ""
                }
                pieces.append(.lineBreak)
                previousWasCR = true
            case "\n":
                if !previousWasCR {
                    if !current.isEmpty {
                        pieces.append(.text(current))
                        current = ""
                    }
                    pieces.append(.lineBreak)
                }
                previousWasCR = false
            default:
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { pieces.append(.text(current)) }
        return pieces
    }
}
