/// What the end of `build` and `interview` tells the user about an agreement just assembled: draft or final, the
/// blanks and drafting notes a draft still has, and the annexes to attach separately.
public struct AgreementSummary: Sendable, Equatable {
    /// Draft or final.
    public var status: AgreementStatus
    /// The blanks in the text (each place a missing answer is shown).
    public var blanks: Int
    /// The drafting notes (comments in a draft).
    public var notes: Int
    /// The titles of the annexes the agreement lists, as plain text, in order: documents the parties attach.
    public var annexes: [String]

    /// Creates a summary.
    public init(status: AgreementStatus, blanks: Int = 0, notes: Int = 0, annexes: [String] = []) {
        self.status = status
        self.blanks = blanks
        self.notes = notes
        self.annexes = annexes
    }

    /// The summary of an assembled agreement.
    public init(_ agreement: Agreement) {
        var counter = Counter()
        counter.walk(agreement.blocks)
        self.init(
            status: agreement.metadata.status, blanks: counter.blanks, notes: counter.notes, annexes: counter.annexes)
    }

    private struct Counter: ModelWalker {
        var blanks = 0
        var notes = 0
        var annexes: [String] = []

        mutating func visit(_ block: Block, at position: ModelPosition) {
            if case .annexes(let list) = block {
                annexes += list.annexes.map { Inline.plainText($0.title) }
            }
            descend(into: block, at: position)
        }

        mutating func visit(_ inline: Inline, at position: ModelPosition) {
            switch inline {
            case .blank: blanks += 1
            case .note: notes += 1
            default: descend(into: inline, at: position)
            }
        }
    }
}
