/// How a cross-reference reads. For an annex every form reads "Bilaga 2" / "Annex 2".
public enum ReferenceForm: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// "punkt 7.2" / "clause 7.2".
    case clause
    /// "Punkt 7.2" / "Clause 7.2", for the start of a sentence.
    case clauseCapitalized
    /// "7.2".
    case number
}
