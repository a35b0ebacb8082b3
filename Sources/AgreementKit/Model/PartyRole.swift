/// The part a party plays in an OPI project.
public enum PartyRole: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A contracting authority or other public body (including a municipal company).
    case publicParty
    /// A company developing the solution.
    case supplier
    /// A university, research institute or other knowledge institution.
    case knowledgeInstitution
    /// Any other party, such as a facilitator.
    case other
}
