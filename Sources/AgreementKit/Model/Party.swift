/// A party to the agreement.
public struct Party: Sendable, Equatable, Codable {
    /// A stable identifier that signature blocks and party blocks refer to.
    public var id: String
    /// The legal name.
    public var name: String
    /// The party's role in the project.
    public var role: PartyRole
    /// The organisation number (Swedish organisationsnummer, Danish CVR number), when known.
    public var organisationNumber: String?
    /// Which register `organisationNumber` comes from; absent means an organisation number ("org.nr").
    public var organisationNumberKind: OrganisationNumberKind?
    /// The postal address, when known; line breaks separate address lines.
    public var address: String?
    /// A short name the agreement uses for the party (for example "Kommunen"), shown as a definition in the party block.
    public var shortName: String?

    /// Creates a party.
    public init(
        id: String, name: String, role: PartyRole, organisationNumber: String? = nil,
        organisationNumberKind: OrganisationNumberKind? = nil, address: String? = nil, shortName: String? = nil
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.organisationNumber = organisationNumber
        self.organisationNumberKind = organisationNumberKind
        self.address = address
        self.shortName = shortName
    }
}
