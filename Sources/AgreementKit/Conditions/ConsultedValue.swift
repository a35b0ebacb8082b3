/// One answer a condition looked at, as the `explain` trace shows it: `results_model = "open"`.
public struct ConsultedValue: Sendable, Equatable {
    /// The path as written in the condition (`results_model`, `s.name`, `suppliers.0.name`).
    public var path: String
    /// The value in readable form (`"open"`, `yes`, `250000 SEK`, `2026-03-01`, `2 records`), marked
    /// `(default)` when it is the question's default; `unanswered` when there is none.
    public var value: String

    /// Creates a consulted value.
    public init(path: String, value: String) {
        self.path = path
        self.value = value
    }
}
