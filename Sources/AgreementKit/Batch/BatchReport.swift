/// What a batch wrote and what it could not.
public struct BatchReport: Sendable, Equatable {
    /// The paths written, agreement by agreement in config order, each agreement's files in `build` order.
    public var written: [String]
    /// How many agreements were written.
    public var agreementsWritten: Int
    /// The agreements not written because of problems (only with `keepGoing`; otherwise the run throws).
    public var failed: [BatchAgreement]
    /// Every problem found: in the defaults, then in each failed agreement.
    public var diagnostics: [Diagnostic]
    /// Notes on the agreements written: the answers each draft is missing (shown as blanks) and the questionnaire's
    /// checks that warned.
    public var notes: [Diagnostic]

    /// Creates a report.
    public init(
        written: [String], agreementsWritten: Int, failed: [BatchAgreement], diagnostics: [Diagnostic],
        notes: [Diagnostic]
    ) {
        self.written = written
        self.agreementsWritten = agreementsWritten
        self.failed = failed
        self.diagnostics = diagnostics
        self.notes = notes
    }
}
