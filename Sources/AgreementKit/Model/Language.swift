/// A language an agreement can be written in.
public enum Language: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Swedish.
    case sv
    /// English.
    case en
}
