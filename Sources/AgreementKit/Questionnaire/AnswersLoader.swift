import Foundation

/// Reads an answers file (see `docs/answers-format.md`) and checks it against the questionnaire.
public enum AnswersLoader {
    /// The largest answers file read, in bytes (documented in `docs/answers-format.md`); each answer is limited
    /// too, to 100 000 characters.
    public static let maximumFileSize = 10_000_000

    /// Reads and checks answers. Every problem is reported at once with the `file:line:col` of the offending key
    /// or value: unknown questions and fields (with a suggestion), values of the wrong type, invalid organisation
    /// and CVR numbers, e-mail addresses and dates, choices not among the options, numbers and amounts out of
    /// bounds, text not matching its pattern, answers longer than 100 000 characters or holding characters that
    /// documents cannot contain. Empty values count as unanswered. A file larger than `maximumFileSize` is
    /// refused before it is read.
    ///
    /// With `requireComplete`, every required question that is asked (its `ask_when` holds given the other
    /// answers, with defaults) and has neither answer nor default is an error too, located at the file's first
    /// line, or for a field of a list record at the record.
    public static func load(
        _ data: Data, file: String, questionnaire: Questionnaire, requireComplete: Bool = false
    ) throws(DiagnosticError) -> Answers {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if data.count > maximumFileSize {
            throw DiagnosticError(
                Message(.answersFileTooLarge, ["size": "\(data.count)", "maximum": "\(maximumFileSize)"]), at: start)
        }
        let root = try YAMLReader.read(data, file: file)
        var read = AnswerMapping(answers: Answers(file: file))
        if let root, !root.isEmpty {
            var yaml = YAMLChecker()
            guard yaml.expectMapping(root, what: .message(Message(.answersWhatRoot))) else {
                throw DiagnosticError(yaml.diagnostics)
            }
            read = AnswerMapping.read(root, file: file, questionnaire: questionnaire)
            // Amounts written without a currency take the currency the other answers compute (`currency_when`).
            let computed = questionnaire.withComputedCurrencies(read.answers)
            if computed != questionnaire {
                read = AnswerMapping.read(root, file: file, questionnaire: computed)
            }
        }
        var diagnostics = AnswerMapping.sorted(read.diagnostics, start: start)
        if requireComplete {
            diagnostics += AnswerMapping.completenessProblems(
                read.answers, recordLocations: read.recordLocations, questionnaire: questionnaire,
                fallback: start)
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return read.answers
    }
}
