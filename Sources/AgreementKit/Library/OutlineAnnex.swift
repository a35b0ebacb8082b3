/// An annex in an outline, used when its condition holds.
public struct OutlineAnnex: Sendable, Equatable {
    /// The annex id, which references may name.
    public var id: String
    /// The title per language.
    public var title: Localized<String>
    /// The annex is listed only when this holds.
    public var when: Condition?
    /// The clause file (category `annexes`) whose text is the annex's text; nil for an annex the library cannot
    /// write, which is attached separately and gets a cover page.
    public var clause: String?
    /// Where it is declared.
    public var location: SourceLocation

    /// Creates an annex entry.
    public init(
        id: String, title: Localized<String>, when: Condition?, clause: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.when = when
        self.clause = clause
        self.location = location
    }
}
