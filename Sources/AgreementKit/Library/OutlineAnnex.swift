/// An annex in an outline, used when its condition holds.
public struct OutlineAnnex: Sendable, Equatable {
    /// The annex id, which references may name.
    public var id: String
    /// The title per language.
    public var title: Localized<String>
    /// The annex is listed only when this holds.
    public var when: Condition?
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates an annex entry.
    public init(id: String, title: Localized<String>, when: Condition?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.when = when
        self.location = location
    }
}
