/// The text of one annex of the annex list, written after the agreement: it starts on a new page under the heading
/// "Bilaga 2 – Budget" / "Annex 2 – Budget", and its clauses are numbered 1, 1.1 … afresh. An annex without a body
/// is attached separately (a grant decision, the funder's terms): it gets a cover page saying so.
public struct AnnexContent: Sendable, Equatable, Codable {
    /// The id of the annex in the annex list.
    public var annex: String
    /// The annex's text, or nil when the annex is attached separately.
    public var body: [Block]?

    /// Creates an annex's text; `body` nil for an annex attached separately.
    public init(annex: String, body: [Block]?) {
        self.annex = annex
        self.body = body
    }

    /// Whether the annex is attached separately, so only a cover page is written.
    public var isAttachedSeparately: Bool { body == nil }
}
