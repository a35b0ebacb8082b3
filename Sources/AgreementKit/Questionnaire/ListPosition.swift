/// Where an interview stands in a list whose records are still being given. The answers file remembers it (see
/// `AnswersWriter` and `AnswersFile.listPosition`), so that an interview resumed there asks the same prompt: without
/// it a list whose last record is complete could be either finished or waiting for "another one?".
public enum ListPosition: Sendable, Equatable {
    /// "Another one?" after the last record of the list with this id (or "add one?" before the first).
    case another(String)
    /// A new record of the list with this id, after the person said there is another; none of its fields is
    /// answered yet, so the record itself is not saved (no empty record is ever written).
    case newRecord(String)

    /// The list's id.
    public var list: String {
        switch self {
        case .another(let id), .newRecord(let id): return id
        }
    }

    /// The comment line an answers file gives it in: `# interview: suppliers another` or `… new-record`.
    public var comment: String {
        switch self {
        case .another(let id): return "\(Self.prefix)\(id) another"
        case .newRecord(let id): return "\(Self.prefix)\(id) new-record"
        }
    }

    /// The position a comment line gives, or nil when the line is not one.
    public init?(comment line: Substring) {
        guard line.hasPrefix(Self.prefix) else { return nil }
        let parts = line.dropFirst(Self.prefix.count).split(separator: " ")
        guard parts.count == 2 else { return nil }
        switch parts[1] {
        case "another": self = .another(String(parts[0]))
        case "new-record": self = .newRecord(String(parts[0]))
        default: return nil
        }
    }

    static let prefix = "# interview: "
}
