/// What an agreement is about, apart from its text.
public struct AgreementMetadata: Sendable, Equatable, Codable {
    /// The agreement's title, shown in the title block, the header and the document properties.
    public var title: String
    /// The language the agreement is written in; writers use it for fixed words ("punkt", "Sida").
    public var language: Language
    /// The date of the agreement, when known.
    public var date: CalendarDate?
    /// Draft or final. A draft shows drafting notes as comments and a draft mark in the header.
    public var status: AgreementStatus
    /// The parties, in the order they are presented.
    public var parties: [Party]
    /// Free key/value entries describing how the document was made (library version, clause versions, answers hash).
    public var provenance: [ProvenanceEntry]

    /// Creates metadata.
    public init(
        title: String, language: Language, date: CalendarDate? = nil, status: AgreementStatus = .draft,
        parties: [Party] = [], provenance: [ProvenanceEntry] = []
    ) {
        self.title = title
        self.language = language
        self.date = date
        self.status = status
        self.parties = parties
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey {
        case title, language, date, status, parties, provenance
    }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        language = try c.decode(Language.self, forKey: .language)
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        status = try c.decodeIfPresent(AgreementStatus.self, forKey: .status) ?? .draft
        parties = try c.decodeIfPresent([Party].self, forKey: .parties) ?? []
        provenance = try c.decodeIfPresent([ProvenanceEntry].self, forKey: .provenance) ?? []
    }
}
