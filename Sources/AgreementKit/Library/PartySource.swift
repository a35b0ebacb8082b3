/// Which list answer holds parties of one role (`list: suppliers, role: supplier`).
public struct PartySource: Sendable, Equatable {
    /// The id of the list question.
    public var list: String
    /// The role of the parties in it.
    public var role: PartyRole
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates a party source.
    public init(list: String, role: PartyRole, location: SourceLocation) {
        self.list = list
        self.role = role
        self.location = location
    }
}
