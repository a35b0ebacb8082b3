/// The presentation of the parties: a numbered list with each party's name, number, address, role and short name.
public struct PartyBlock: Sendable, Equatable, Codable {
    /// The ids of the parties to show, in order; empty means every party in the metadata.
    public var parties: [String]

    /// Creates a party block.
    public init(parties: [String] = []) {
        self.parties = parties
    }

    private enum CodingKeys: String, CodingKey { case parties }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        parties = try c.decodeIfPresent([String].self, forKey: .parties) ?? []
    }

    /// Writes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !parties.isEmpty { try c.encode(parties, forKey: .parties) }
    }
}
