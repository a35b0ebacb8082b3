/// The answers that differ between two answer sets, for a redline's summary: each named as `explain` names it (the
/// label and the path), with the old and the new value shown as the interview shows them. Questions are taken in the
/// questionnaire's order; a list answer is compared record by record and field by field, a record added or removed
/// as a whole.
public struct AnswerChange: Sendable, Equatable {
    /// The answer's name: `Leverantör 3 (Vital Sensor AB) (suppliers[2])`.
    public var name: String
    /// The old value, nil when there was none.
    public var old: String?
    /// The new value, nil when there is none.
    public var new: String?

    /// The changed answers of `old` to `new` against `questionnaire`, named and shown in `language`.
    public static func changes(
        from old: Answers, to new: Answers, questionnaire: Questionnaire, language: Language
    ) -> [AnswerChange] {
        let oldNames = AnswerName(questionnaire: questionnaire, answers: old, language: language)
        let newNames = AnswerName(questionnaire: questionnaire, answers: new, language: language)
        let description = QuestionDescription(language: language)
        var out: [AnswerChange] = []
        // A value on one line: an address's lines joined with commas.
        func shown(_ value: AnswerValue?, _ question: Question) -> String? {
            value.map { description.display($0, question).split(whereSeparator: \.isNewline).joined(separator: ", ") }
        }
        func recordName(_ record: AnswerRecord) -> String? {
            if case .text(let name)? = record["name"] { return name }
            return nil
        }
        func compare(_ a: AnswerValue?, _ b: AnswerValue?, _ question: Question, _ path: AnswerPath) {
            if a == b { return }
            if case .list(let x)? = a, case .list(let y)? = b {
                for index in 0..<max(x.count, y.count) {
                    let recordPath = path.appending([.index(index)])
                    if index < x.count && index < y.count {
                        for field in question.fields {
                            compare(
                                x[index][field.id], y[index][field.id], field, recordPath.appending([.key(field.id)]))
                        }
                    } else {
                        let naming = index < y.count ? newNames : oldNames
                        let record = index < y.count ? y[index] : x[index]
                        let text = recordName(record) ?? naming.name(recordPath)
                        out.append(
                            AnswerChange(
                                name: naming.name(recordPath), old: index < x.count ? text : nil,
                                new: index < y.count ? text : nil))
                    }
                }
                return
            }
            let naming = b == nil ? oldNames : newNames
            out.append(AnswerChange(name: naming.name(path), old: shown(a, question), new: shown(b, question)))
        }
        for question in questionnaire.questions {
            compare(old[question.id], new[question.id], question, AnswerPath(question.id))
        }
        return out
    }
}
