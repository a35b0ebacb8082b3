/// The list of annexes. Writers number the annexes ("Bilaga 1" / "Annex 1") with list numbering.
public struct AnnexList: Sendable, Equatable, Codable {
    /// The annexes, in order.
    public var annexes: [Annex]

    /// Creates an annex list.
    public init(annexes: [Annex]) {
        self.annexes = annexes
    }
}
