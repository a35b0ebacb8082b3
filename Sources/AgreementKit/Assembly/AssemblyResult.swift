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
    public var warnings: [Diagnostic]
    /// The problems a draft is made in spite of (in a final agreement they are thrown): budget figures that do not
    /// add up, a slot no clause fills; and the warnings that never block (a contribution naming no party).
    public var problems: [Diagnostic]
    /// The annexes the library cannot write, which are attached separately, as their headings read:
    /// "Bilaga 8 – Bidragsbeslut".
    public var separateAnnexes: [String]
    /// The translatable answers without a text in the agreement's language (blanks naming the language in a
    /// draft; in a final agreement they are thrown).
    public var missingTranslations: [MissingTranslation]
    /// Whether nothing is left to answer for the final agreement, as `--final` decides it: no required answer is
    /// missing, whether the text uses it or not, and no translatable answer lacks the agreement's language. Always
    /// true for a final agreement (one with something left to answer is thrown).
    public var answersComplete: Bool
}
