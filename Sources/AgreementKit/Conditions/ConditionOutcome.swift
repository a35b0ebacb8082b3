/// The result of evaluating a condition, with the answers that decided it.
public struct ConditionOutcome: Sendable, Equatable {
    /// Whether the condition holds.
    public var value: Bool
    /// The answers that decided the outcome, in the order they were looked at, each once. With `and` and `or`
    /// only the operands that were needed are listed (`a and b` with `a` false lists only `a`).
    public var consulted: [ConsultedValue]

    /// Creates an outcome.
    public init(value: Bool, consulted: [ConsultedValue]) {
        self.value = value
        self.consulted = consulted
    }
}
