/// The title of the agreement as shown at the top of the first page.
public struct TitleBlock: Sendable, Equatable, Codable {
    /// The title line.
    public var title: [Inline]
    /// An optional line under the title (for example the project name).
    public var subtitle: [Inline]

    /// Creates a title block.
    public init(title: [Inline], subtitle: [Inline] = []) {
        self.title = title
        self.subtitle = subtitle
    }

    private enum CodingKeys: String, CodingKey { case title, subtitle }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode([Inline].self, forKey: .title)
        subtitle = try c.decodeIfPresent([Inline].self, forKey: .subtitle) ?? []
    }

    /// Writes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        if !subtitle.isEmpty { try c.encode(subtitle, forKey: .subtitle) }
    }
}
