/// A numbered clause. Clauses nest: a clause's body may hold further clauses (up to nine levels).
///
/// A clause with a heading is written as a numbered heading followed by its body. A clause without a heading
/// carries its number on the first paragraph of its body ("7.2 The Supplier shall ...").
public struct Clause: Sendable, Equatable, Codable {
    /// A stable identifier; cross-references name it and writers bookmark it.
    public var id: String
    /// The heading, or nil for a numbered paragraph without heading.
    public var heading: [Inline]?
    /// The clause text and its sub-clauses.
    public var body: [Block]

    /// Creates a clause.
    public init(id: String, heading: [Inline]? = nil, body: [Block] = []) {
        self.id = id
        self.heading = heading
        self.body = body
    }

    private enum CodingKeys: String, CodingKey { case id, heading, body }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        heading = try c.decodeIfPresent([Inline].self, forKey: .heading)
        body = try c.decodeIfPresent([Block].self, forKey: .body) ?? []
    }

    /// Writes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(heading, forKey: .heading)
        try c.encode(body, forKey: .body)
    }
}
