/// A block of agreement content. The set of kinds is closed: writers handle every case.
///
/// In JSON each block is an object whose `type` names the case (see `docs/model-json.md`).
public enum Block: Sendable, Equatable, Codable {
    /// The title of the agreement.
    case title(TitleBlock)
    /// The presentation of the parties.
    case parties(PartyBlock)
    /// A numbered clause, which may contain further clauses.
    case clause(Clause)
    /// A paragraph of running text.
    case paragraph([Inline])
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// A simple table.
    case table(Table)
    /// Signature blocks, one per signing party.
    case signatures(SignatureBlock)
    /// The list of annexes; each annex is numbered by the writers and can be referred to.
    case annexes(AnnexList)
    /// The text of one annex of the list (or its cover page), on pages of its own after the agreement.
    case annex(AnnexContent)
    /// A page break.
    case pageBreak

    /// The JSON `type` names, in declaration order.
    public static let typeNames = [
        "title", "parties", "clause", "paragraph", "list", "table", "signatures", "annexes", "annex",
        "pageBreak",
    ]

    private enum CodingKeys: String, CodingKey {
        case type, content
    }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        let c: KeyedDecodingContainer<CodingKeys>
        do {
            c = try decoder.container(keyedBy: CodingKeys.self)
        } catch {
            throw ModelDecodingError(Message(.modelBlockForm), at: decoder.codingPath)
        }
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "title": self = .title(try TitleBlock(from: decoder))
        case "parties": self = .parties(try PartyBlock(from: decoder))
        case "clause": self = .clause(try Clause(from: decoder))
        case "paragraph": self = .paragraph(try c.decode([Inline].self, forKey: .content))
        case "list": self = .list(try ListBlock(from: decoder))
        case "table": self = .table(try Table(from: decoder))
        case "signatures": self = .signatures(try SignatureBlock(from: decoder))
        case "annexes": self = .annexes(try AnnexList(from: decoder))
        case "annex": self = .annex(try AnnexContent(from: decoder))
        case "pageBreak": self = .pageBreak
        default:
            throw ModelDecodingError(
                Message(
                    .modelUnknownBlockType,
                    ["type": .text(type), "types": .text(Block.typeNames.joined(separator: ", "))]),
                at: c.codingPath + [CodingKeys.type])
        }
    }

    /// Writes the value in its JSON form.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .title(let value):
            try c.encode("title", forKey: .type)
            try value.encode(to: encoder)
        case .parties(let value):
            try c.encode("parties", forKey: .type)
            try value.encode(to: encoder)
        case .clause(let value):
            try c.encode("clause", forKey: .type)
            try value.encode(to: encoder)
        case .paragraph(let content):
            try c.encode("paragraph", forKey: .type)
            try c.encode(content, forKey: .content)
        case .list(let value):
            try c.encode("list", forKey: .type)
            try value.encode(to: encoder)
        case .table(let value):
            try c.encode("table", forKey: .type)
            try value.encode(to: encoder)
        case .signatures(let value):
            try c.encode("signatures", forKey: .type)
            try value.encode(to: encoder)
        case .annexes(let value):
            try c.encode("annexes", forKey: .type)
            try value.encode(to: encoder)
        case .annex(let value):
            try c.encode("annex", forKey: .type)
            try value.encode(to: encoder)
        case .pageBreak:
            try c.encode("pageBreak", forKey: .type)
        }
    }
}
