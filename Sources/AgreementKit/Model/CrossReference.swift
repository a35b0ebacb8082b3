/// A reference to a clause or annex by id. Writers turn it into a live field showing the current number.
public struct CrossReference: Sendable, Equatable, Hashable, Codable {
    /// The id of the clause or annex referred to.
    public var target: String
    /// How the reference reads.
    public var form: ReferenceForm

    /// Creates a cross-reference.
    public init(target: String, form: ReferenceForm = .clause) {
        self.target = target
        self.form = form
    }
}
