/// A named placeholder for a value not yet given; writers show it highlighted as "[label]".
public struct Blank: Sendable, Equatable, Hashable, Codable {
    /// The name of the missing value (for example the question id).
    public var name: String
    /// What the reader sees between brackets; the name when nil.
    public var label: String?

    /// The name of a clause's own place to fill in by hand (`{{blank "ledamot"}}`), which no answer fills and the
    /// final agreement keeps.
    public static let fillInName = "blank"

    /// Creates a blank.
    public init(name: String, label: String? = nil) {
        self.name = name
        self.label = label
    }

    /// The text shown in the document.
    public var displayText: String { "[\(label ?? name)]" }
}
