/// An assembled agreement, the decisions behind it, and the answers still missing (blanks in a draft).
public struct AssemblyResult: Sendable, Equatable {
    /// The document model, ready for the writers.
    public var agreement: Agreement
    /// Every decision made.
    public var trace: ExplanationTrace
    /// The answers the text needed but did not get, by path, each with where it is used.
    public var missing: [MissingAnswer]
    /// The questionnaire's checks that fired and do not block (see `Questionnaire.checkDiagnostics`): warnings
    /// located at the answers.
    public var warnings: [Diagnostic] = []
}
