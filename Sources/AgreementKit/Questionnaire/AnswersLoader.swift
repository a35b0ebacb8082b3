import Foundation

/// Reads an answers file (see `docs/answers-format.md`) and checks it against the questionnaire.
public enum AnswersLoader {
    /// Reads and checks answers. Every problem is reported at once with the `file:line:col` of the offending key
    /// or value: unknown questions and fields (with a suggestion), values of the wrong type, invalid organisation
    /// and CVR numbers, e-mail addresses and dates, choices not among the options, numbers and amounts out of
    /// bounds, text not matching its pattern. Empty values count as unanswered.
    ///
    /// With `requireComplete`, every required question that is asked (its `ask_when` holds given the other
    /// answers, with defaults) and has neither answer nor default is an error too, located at the file's first
    /// line, or for a field of a list record at the record.
    public static func load(
        _ data: Data, file: String, questionnaire: Questionnaire, requireComplete: Bool = false
    ) throws(DiagnosticError) -> Answers {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let root = try YAMLReader.read(data, file: file)
        var read = AnswerMapping(answers: Answers(file: file))
        if let root, !root.isEmpty {
            guard root.mapping != nil else {
                throw DiagnosticError(
                    "the answers must be a mapping of question id to answer, found \(root.description)",
                    at: root.location)
            }
            read = AnswerMapping.read(root, file: file, questionnaire: questionnaire)
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
