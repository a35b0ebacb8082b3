/// Where one party signs: organisation, place and date, signature line, name and title of the signatory.
/// Values not yet known are written as lines to fill in by hand.
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

    /// Creates a signature.
    public init(
        party: String, name: String? = nil, title: String? = nil, place: String? = nil, date: CalendarDate? = nil
    ) {
        self.party = party
        self.name = name
        self.title = title
        self.place = place
        self.date = date
    }
}
