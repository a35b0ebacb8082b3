/// The part a party plays in an OPI project.
public enum PartyRole: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A contracting authority or other public body (including a municipal company).
    case publicParty
    /// A company developing the solution.
    case supplier
    /// A university, research institute or other knowledge institution.
    case knowledgeInstitution
    /// An organisation that leads and documents the cooperation without developing the solution, such as a cluster
    /// organisation or an innovation agency.
    case facilitator
    /// Any other party.
    case other
}
