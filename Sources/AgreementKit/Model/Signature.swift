/// Where one signatory signs for a party: organisation, place and date, signature line, name and title.
/// Values not yet known are written as lines to fill in by hand. A party with several signatories has one signature
/// each, in order; `jointly` marks those who sign together ("i förening" / "jointly").
public struct Signature: Sendable, Equatable, Codable {
    /// The id of the signing party.
    public var party: String
    /// The signatory's name, when known.
    public var name: String?
    /// The signatory's title, when known.
    public var title: String?
    /// The place of signing, when known.
    public var place: String?
    /// The date of signing, when known.
    public var date: CalendarDate?
    /// Whether the signatory signs jointly with the party's other signatories.
    public var jointly: Bool

    /// Creates a signature.
    public init(
        party: String, name: String? = nil, title: String? = nil, place: String? = nil, date: CalendarDate? = nil,
        jointly: Bool = false
    ) {
        self.party = party
        self.name = name
        self.title = title
        self.place = place
        self.date = date
        self.jointly = jointly
    }

    private enum CodingKeys: String, CodingKey { case party, name, title, place, date, jointly }

    /// Reads the value from its JSON form; `jointly` is false when absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        party = try c.decode(String.self, forKey: .party)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        jointly = try c.decodeIfPresent(Bool.self, forKey: .jointly) ?? false
    }

    /// Writes the value in its JSON form; `jointly` only when true.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(party, forKey: .party)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(date, forKey: .date)
        if jointly { try c.encode(true, forKey: .jointly) }
    }
}
