/// A value computed from earlier answers (`default_when:` and `currency_when:`): the first rule whose condition
/// holds gives the value.
public struct ComputedValue<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The rule holds when this holds.
    public var when: Condition
    /// The value it gives.
    public var value: Value

    /// Creates a rule.
    public init(when: Condition, value: Value) {
        self.when = when
        self.value = value
    }
}

extension Questionnaire {
    /// The default of `question` given `answers`: the value of its first `default_when` rule that holds, else its
    /// `default`.
    public func defaultValue(for question: Question, in answers: Answers) -> AnswerValue? {
        guard !question.defaultWhen.isEmpty else { return question.defaultValue }
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: self)
        return question.defaultWhen.first { evaluator.evaluate($0.when).value }?.value ?? question.defaultValue
    }

    /// The currency of an amount question given `answers`: the value of its first `currency_when` rule that
    /// holds, else its `currency`.
    public func currency(for question: Question, in answers: Answers) -> String? {
        guard !question.currencyWhen.isEmpty else { return question.currency }
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: self)
        return question.currencyWhen.first { evaluator.evaluate($0.when).value }?.value ?? question.currency
    }

    /// The questionnaire with each amount question's and amount field's `currency` replaced by the one `answers` compute (for reading
    /// amounts written without a currency).
    func withComputedCurrencies(_ answers: Answers) -> Questionnaire {
        var sections = self.sections
        for s in sections.indices {
            for q in sections[s].questions.indices {
                var question = sections[s].questions[q]
                if !question.currencyWhen.isEmpty { question.currency = currency(for: question, in: answers) }
                for f in question.fields.indices where !question.fields[f].currencyWhen.isEmpty {
                    question.fields[f].currency = currency(for: question.fields[f], in: answers)
                }
                sections[s].questions[q] = question
            }
        }
        var out = self
        out.sections = sections
        return out
    }
}
