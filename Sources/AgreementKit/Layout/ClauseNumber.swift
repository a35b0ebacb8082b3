/// The number a writer gives a clause or annex, and the bookmark that marks it.
struct ClauseNumber: Sendable, Equatable {
    /// What is numbered.
    enum Kind: Sendable, Equatable { case clause, annex }

    /// Clause or annex.
    let kind: Kind
    /// The counters from the outermost level: `[7, 2]` is clause 7.2; `[3]` is annex 3.
    let counters: [Int]
    /// The bookmark name in the written document: letters, digits and underscores, at most 40 characters.
    let bookmark: String

    /// The nesting level, 1 for a top-level clause.
    var level: Int { counters.count }

    /// "7.2" for a clause, "3" for an annex.
    var numberText: String { counters.map(String.init).joined(separator: ".") }
}
