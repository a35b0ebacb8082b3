import Foundation

/// The answers written in one YAML mapping of question id to answer, read against a questionnaire: a whole answers
/// file, or a mapping inside a larger file (a batch config's `defaults:` or an agreement's `answers:`). Every
/// problem is kept with the key it belongs to, so a caller can tell which answers it concerns.
struct AnswerMapping {
    /// The valid answers read, with where each value stands.
    var answers: Answers
    /// Every key written (question ids, also unknown ones and those with an empty value), in file order.
    var keys: [String] = []
    /// Where each key stands.
    var keyLocations: [String: SourceLocation] = [:]
    /// Where each record of a list answer starts, by the list's path.
    var recordLocations: [AnswerPath: [SourceLocation]] = [:]
    /// The problems found, each with the key it was found under (nil for a key that is not plain text).
    var problems: [(key: String?, diagnostic: Diagnostic)] = []

    /// The problems alone, in the order found.
    var diagnostics: [Diagnostic] { problems.map(\.diagnostic) }

    /// Reads `node`, which must be a mapping, as answers to `questionnaire`; the answers' `file` is `file`.
    static func read(_ node: YAMLNode, file: String, questionnaire: Questionnaire) -> AnswerMapping {
        var result = AnswerMapping(answers: Answers(file: file))
        var yaml = YAMLChecker()
        let entries = yaml.mapping(node, what: .message(Message(.answersWhat)), key: .message(Message(.answersWhatKey)))
        result.problems = yaml.diagnostics.map { (nil, $0) }
        var reader = AnswerValueReader(questionnaire: questionnaire)
        let ids = questionnaire.questions.map(\.id)
        for (key, keyNode, valueNode) in entries ?? [] {
            result.keys.append(key)
            result.keyLocations[key] = keyNode.location
            guard let question = questionnaire.question(key) else {
                var message = Message(
                    .answersUnknownQuestion,
                    ["key": .text(key), "hint": SpellingSuggestion.hintValue(for: key, in: ids)])
                if let list = questionnaire.questions.first(where: { $0.type == .list && $0.field(key) != nil }) {
                    message = Message(.answersFieldOfList, ["key": .text(key), "list": .text(list.id)])
                }
                result.problems.append((key, Diagnostic(.error, message, at: keyNode.location)))
                continue
            }
            if question.computed {
                result.problems.append(
                    (
                        key,
                        Diagnostic(.error, Message(.answersComputed, texts: ["key": key]), at: keyNode.location)
                    ))
                continue
            }
            let before = reader.diagnostics.count
            if let value = reader.read(valueNode, for: question, path: AnswerPath(key)) {
                result.answers.values[key] = value
                result.answers.locations[key] = valueNode.location
            }
            for diagnostic in reader.diagnostics[before...] { result.problems.append((key, diagnostic)) }
        }
        result.recordLocations = reader.recordLocations
        return result
    }

    /// The problems of answers that are complete only in a final agreement: every required question that is asked
    /// and has neither an answer nor a default, located at `fallback`; a missing field of a list record at the
    /// record; a list or multiple choice with fewer elements than its `min` at the answer. `gaps` are
    /// `answers.missingItems(in: questionnaire)` when the caller has them already.
    static func completenessProblems(
        _ answers: Answers, recordLocations: [AnswerPath: [SourceLocation]], questionnaire: Questionnaire,
        fallback: SourceLocation, gaps: [RequiredAnswerGap]? = nil
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in gaps ?? answers.missingItems(in: questionnaire) {
            let name = AnswerName.value(item.path, questionnaire: questionnaire, answers: answers)
            if let (list, index) = item.record {
                let locations = recordLocations[AnswerPath(list)] ?? []
                let location =
                    locations.indices.contains(index) ? locations[index] : answers.locations[list] ?? fallback
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(
                            .answersRecordMissingField,
                            ["answer": name]), at: location))
            } else if let minimum = item.minimum {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        minimum == 1
                            ? Message(
                                item.question.type == .list ? .answersTooFewRecordsOne : .answersTooFewOptionsOne,
                                ["answer": name])
                            : Message(
                                item.question.type == .list ? .answersTooFewRecords : .answersTooFewOptions,
                                ["answer": name, "minimum": "\(minimum)"]),
                        at: answers.location(of: item.path) ?? fallback))
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(.answersMissing, ["answer": name]),
                        at: fallback))
            }
        }
        return diagnostics
    }

    /// Diagnostics in file order (by line, then column); those without a location count as at `start`.
    static func sorted(_ diagnostics: [Diagnostic], start: SourceLocation) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            let x = a.location ?? start
            let y = b.location ?? start
            return (x.line, x.column) < (y.line, y.column)
        }
    }
}
