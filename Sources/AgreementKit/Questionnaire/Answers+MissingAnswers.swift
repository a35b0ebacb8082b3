extension Answers {
    /// The required questions that are asked (their `ask_when` holds, evaluated with defaults) but have neither an
    /// answer nor a default, in questionnaire order: question ids, and `list[index].field` for a field of a
    /// record (records counted from 0). A list or multiple choice with fewer elements than its `min` is listed
    /// by its id. The assembler uses this for `--final`.
    public func missingAnswers(in questionnaire: Questionnaire) -> [AnswerPath] {
        missingItems(in: questionnaire).map(\.path)
    }

    /// The missing answers with their questions, for messages.
    func missingItems(in questionnaire: Questionnaire) -> [RequiredAnswerGap] {
        let evaluator = ConditionEvaluator(answers: self, questionnaire: questionnaire)
        var missing: [RequiredAnswerGap] = []
        for question in questionnaire.questions where !question.computed {
            if let condition = question.askWhen, !evaluator.evaluate(condition).value { continue }
            let value = self[question.id] ?? questionnaire.defaultValue(for: question, in: self)
            guard let value else {
                if question.required {
                    missing.append(RequiredAnswerGap(path: AnswerPath(question.id), question: question))
                }
                continue
            }
            let count: Int?
            switch value {
            case .list(let records): count = records.count
            case .choices(let chosen): count = chosen.count
            default: count = nil
            }
            if let count, let minimum = question.minimum, count < minimum {
                missing.append(RequiredAnswerGap(path: AnswerPath(question.id), question: question, minimum: minimum))
            }
            guard case .list(let records) = value else { continue }
            for (index, record) in records.enumerated() {
                var siblings: [String: ConditionEvaluator.Bound] = [:]
                for field in question.fields {
                    if let v = record[field.id] {
                        siblings[field.id] = .init(value: v)
                    } else {
                        siblings[field.id] = .init(value: field.defaultValue, isDefault: field.defaultValue != nil)
                    }
                }
                for field in question.fields
                where field.required && record[field.id] == nil && field.defaultValue == nil {
                    if let condition = field.askWhen, !evaluator.evaluate(condition, bindings: siblings).value {
                        continue
                    }
                    missing.append(
                        RequiredAnswerGap(
                            path: AnswerPath(question.id).index(index).key(field.id), question: field,
                            record: (question.id, index)))
                }
            }
        }
        return missing
    }
}
