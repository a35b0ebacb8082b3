/// How the items of a list are marked.
public enum ListKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Bullets.
    case bulleted
    /// Letters at the first level, roman numerals at the second: (a), (b) ... (i), (ii).
    case numbered
}
