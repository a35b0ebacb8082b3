/// Everything the assembler decided, in document order: what `opi-agreement explain` prints.
public struct ExplanationTrace: Sendable, Equatable {
    /// The decisions.
    public var entries: [ExplanationEntry]

    /// Creates a trace.
    public init(entries: [ExplanationEntry] = []) {
        self.entries = entries
    }

    /// The trace as text, one decision per line.
    public var text: String { entries.map(\.line).joined(separator: "\n") + (entries.isEmpty ? "" : "\n") }
}
