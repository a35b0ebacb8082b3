/// An agreement described by meaning, not by look: the one thing every front end produces and every writer reads.
///
/// The model never holds clause numbers: writers number clauses, annexes and cross-references.
/// It round-trips through JSON (see `docs/model-json.md`).
public struct Agreement: Sendable, Equatable, Codable {
    /// Title, language, date, status, parties and provenance.
    public var metadata: AgreementMetadata
    /// The content, in reading order.
    public var blocks: [Block]

    /// Creates an agreement.
    public init(metadata: AgreementMetadata, blocks: [Block]) {
        self.metadata = metadata
        self.blocks = blocks
    }
}
