/// Which register a party's organisation number comes from, so the writers can label it.
public enum OrganisationNumberKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// A Swedish organisation number (organisationsnummer), or a number from another register: "org.nr" / "reg. no.".
    case organisationNumber
    /// A Danish CVR number (Det Centrale Virksomhedsregister): "CVR-nr" / "CVR no.".
    case cvr
}
