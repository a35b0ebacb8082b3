/// An agreement rendered in every form asked for, and the answers its draft lacks.
public struct AgreementFiles: Sendable, Equatable {
    /// The files, the model JSON first, then the forms in the order asked for.
    public var files: [OutputFile]
    /// The answers the text needed but did not get (blanks in a draft).
    public var missing: [MissingAnswer]
    /// The questionnaire's checks that fired and do not block, as warnings located at the answers.
    public var warnings: [Diagnostic]
    /// The problems the assembler found but made the agreement in spite of (warnings in a draft).
    public var problems: [Diagnostic]
    /// The annexes to attach separately, as their headings read: "Bilaga 8 – Bidragsbeslut".
    public var separateAnnexes: [String]
    /// Draft or final, its blanks and notes, the annexes to attach: what the end of a build tells the user.
    public var summary: AgreementSummary
    /// Whether nothing is left to answer for the final agreement (`AssemblyResult.answersComplete`). The end of
    /// such a draft only gives the command that makes the final agreement (its places to fill in by hand,
    /// `AgreementSummary.fillIns`, are no missing answers).
    public var answersComplete: Bool

    /// Creates a result; `answersComplete` is, unless given, whether `missing` is empty.
    public init(
        files: [OutputFile], missing: [MissingAnswer], warnings: [Diagnostic] = [], problems: [Diagnostic] = [],
        separateAnnexes: [String] = [], summary: AgreementSummary = AgreementSummary(status: .draft),
        answersComplete: Bool? = nil
    ) {
        self.answersComplete = answersComplete ?? missing.isEmpty
        self.files = files
        self.missing = missing
        self.warnings = warnings
        self.problems = problems
        self.separateAnnexes = separateAnnexes
        self.summary = summary
    }

    /// The note that lists the missing answers by name (`2 answers missing, shown as blanks: Projektets namn
    /// (project_title); Budget (budget)`); nil when none is missing.
    public var missingAnswersMessage: Message? {
        if missing.isEmpty { return nil }
        return Message(
            missing.count == 1 ? .buildOneAnswerMissing : .buildAnswersMissing,
            ["count": "\(missing.count)", "answers": Self.list(missing.map { $0.name ?? .text($0.path.description) })])
    }

    /// Names in every language, joined with "; " (a name holds commas).
    static func list(_ names: [Message.Value]) -> Message.Value {
        var texts: [String: String] = [:]
        for language in Language.allCases {
            texts[language.rawValue] = names.map { value -> String in
                switch value {
                case .text(let text): return text
                case .perLanguage(let byLanguage): return byLanguage[language.rawValue] ?? ""
                case .message(let message): return language.words.text(message)
                }
            }.joined(separator: "; ")
        }
        return .perLanguage(texts)
    }
}
