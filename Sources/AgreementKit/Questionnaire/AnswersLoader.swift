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
        let source = YAMLSource(file: file)
        let root = try YAMLSource.compose(data, file: file)
        var answers = Answers(file: file)
        var reader = AnswerValueReader(source: source)
        var diagnostics: [Diagnostic] = []
        if let root, !YAMLSource.isEmpty(root) {
            guard let mapping = root.mapping else {
                throw DiagnosticError(
                    "the answers must be a mapping of question id to answer, found \(YAMLSource.describe(root))",
                    at: source.location(root))
            }
            let ids = questionnaire.questions.map(\.id)
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.scalar?.string else {
                    diagnostics.append(Diagnostic(.error, "a question id must be plain text", at: source.location(keyNode)))
                    continue
                }
                guard let question = questionnaire.question(key) else {
                    var message = "unknown question '\(key)'\(SpellingSuggestion.hint(for: key, in: ids))"
                    if let list = questionnaire.questions.first(where: { $0.type == .list && $0.field(key) != nil }) {
                        message += " ('\(key)' is a field of each record of '\(list.id)': write it under "
                            + "'\(list.id):' as '- \(key): ...')"
                    }
                    diagnostics.append(Diagnostic(.error, message, at: source.location(keyNode)))
                    continue
                }
                if let value = reader.read(valueNode, for: question, path: key) {
                    answers.values[key] = value
                    answers.locations[key] = source.location(valueNode)
                }
            }
        }
        diagnostics += reader.diagnostics
        diagnostics.sort { a, b in
            let x = a.location ?? source.start
            let y = b.location ?? source.start
            return (x.line, x.column) < (y.line, y.column)
        }
        if requireComplete {
            for item in answers.missingItems(in: questionnaire) {
                let label = Language.allCases.compactMap { item.question.label[$0] }.joined(separator: " / ")
                if let (list, index) = item.record {
                    let location = reader.recordLocations[list]?[safe: index] ?? answers.locations[list] ?? source.start
                    diagnostics.append(Diagnostic(.error,
                        "'\(item.path)': record \(index + 1) of '\(list)' has no answer to the required field "
                            + "'\(item.question.id)' (\(label))", at: location))
                } else if let minimum = item.minimum {
                    let noun = item.question.type == .list ? "records" : "chosen options"
                    diagnostics.append(Diagnostic(.error,
                        "'\(item.path)' (\(label)) needs at least \(minimum) \(noun)",
                        at: answers.locations[item.path] ?? source.start))
                } else {
                    diagnostics.append(Diagnostic(.error,
                        "missing answer to the required question '\(item.path)' (\(label))", at: source.start))
                }
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return answers
    }
}

extension Array {
    /// The element at `index`, or nil when the index is out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
