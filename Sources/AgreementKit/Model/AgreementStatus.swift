/// Whether an agreement is a working draft or the final text.
public enum AgreementStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A working draft: drafting notes become comments, the header carries a draft mark.
    case draft
    /// The final text: no comments, no draft mark.
    case final
}
