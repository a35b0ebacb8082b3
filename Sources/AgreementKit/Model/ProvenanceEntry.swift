/// One key/value fact about how a document was made; writers store these as custom document properties.
public struct ProvenanceEntry: Sendable, Equatable, Codable {
    /// The property name.
    public var key: String
    /// The property value.
    public var value: String

    /// Creates an entry.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
