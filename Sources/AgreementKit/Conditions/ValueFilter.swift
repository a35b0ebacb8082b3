/// A formatting step applied to a value in a clause body: `{{start_date | date}}`.
public enum ValueFilter: String, Sendable, Equatable, CaseIterable {
    /// A date in words of the language: "1 mars 2026" / "1 March 2026".
    case date
    /// An amount with its currency: "250 000 SEK" / "SEK 250,000".
    case amount
    /// A list joined "A, B och C" / "A, B and C" (records by their `name`).
    case join
    /// A list joined "A, B eller C" / "A, B or C".
    case joinOr = "join_or"
    /// The number of elements of a list.
    case count
    /// The `name` field of each record of a list.
    case names
    /// "ja"/"nej", "yes"/"no".
    case yesNo = "yes_no"
    /// The label of a chosen option, in the language.
    case label
    /// Lower case.
    case lower
    /// Upper case.
    case upper
    /// The lines of a text on one line, joined with ", " (an address: "Box 120, 211 20 Malmö").
    case lines
}
