/// What the end of `build` and `interview` tells the user about an agreement just assembled: draft or final, the
/// blanks and drafting notes a draft still has, and the annexes to attach separately.
public struct AgreementSummary: Sendable, Equatable {
    /// Draft or final.
    public var status: AgreementStatus
    /// The blanks in the text (each place a missing answer is shown), the clauses' own places to fill in by hand
    /// not counted.
    public var blanks: Int
    /// The clauses' own places to fill in by hand (`{{blank "ledamot"}}`): blanks no answer fills, which the final
    /// agreement keeps.
    public var fillIns: Int
    /// The drafting notes (comments in a draft).
    public var notes: Int
    /// The annexes the library does not write, which the parties attach separately, as their headings read
    /// ("Bilaga 8 – Bidragsbeslut"), in order.
    public var annexes: [String]

    /// Creates a summary.
    public init(status: AgreementStatus, blanks: Int = 0, fillIns: Int = 0, notes: Int = 0, annexes: [String] = []) {
        self.status = status
        self.blanks = blanks
        self.fillIns = fillIns
        self.notes = notes
        self.annexes = annexes
    }

    /// The summary of an assembled agreement: `separateAnnexes` are the annexes the assembler found no text for
    /// (`AssemblyResult.separateAnnexes`).
    public init(_ agreement: Agreement, separateAnnexes: [String]) {
        var counter = Counter()
        counter.walk(agreement.blocks)
        self.init(
            status: agreement.metadata.status, blanks: counter.blanks, fillIns: counter.fillIns, notes: counter.notes,
            annexes: separateAnnexes)
    }

    private struct Counter: ModelWalker {
        var blanks = 0
        var fillIns = 0
        var notes = 0

        mutating func visit(_ inline: Inline, at position: ModelPosition) {
            switch inline {
            case .blank(let blank) where blank.name == Blank.fillInName: fillIns += 1
            case .blank: blanks += 1
            case .note: notes += 1
            default: descend(into: inline, at: position)
            }
        }
    }
}
