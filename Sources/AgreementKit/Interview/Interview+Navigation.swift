/// Which question comes next, given the answers so far and the conditions.
extension Interview {
    /// The records of list question `index` so far.
    func records(_ index: Int) -> [AnswerRecord] {
        if case .list(let records)? = answers[questions[index].id] { return records }
        return []
    }

    /// The evaluator over the answers so far.
    var evaluator: ConditionEvaluator { ConditionEvaluator(answers: answers, questionnaire: questionnaire) }

    /// Whether top-level question `index` is asked: its `ask_when` holds given the answers so far.
    func isAsked(_ index: Int) -> Bool {
        if questions[index].computed { return false }
        guard let condition = questions[index].askWhen else { return true }
        return evaluator.evaluate(condition).value
    }

    /// Whether field `field` of record `record` of list `list` is asked: its `ask_when` holds given the record's
    /// other fields (their answers, else their defaults) and the other answers.
    func isAsked(list: Int, record: Int, field: Int) -> Bool {
        let question = questions[list]
        guard let condition = question.fields[field].askWhen else { return true }
        let values = records(list)[safe: record]?.values ?? [:]
        var bindings: [String: ConditionEvaluator.Bound] = [:]
        for sibling in question.fields {
            if let value = values[sibling.id] {
                bindings[sibling.id] = .init(value: value)
            } else {
                bindings[sibling.id] = .init(value: sibling.defaultValue, isDefault: sibling.defaultValue != nil)
            }
        }
        return evaluator.evaluate(condition, bindings: bindings).value
    }

    /// Whether an unanswered question still needs asking when resuming: it was not deliberately left unanswered,
    /// or it must have an answer (required, without default).
    func isOpen(_ question: Question, value: AnswerValue?, path: AnswerPath) -> Bool {
        guard let value else {
            let fallback =
                path.rest.isEmpty ? questionnaire.defaultValue(for: question, in: answers) : question.defaultValue
            return !unanswered.contains(path) || (question.required && fallback == nil)
        }
        if case .choices(let chosen) = value, let minimum = question.minimum, chosen.count < minimum { return true }
        // A translatable answer still without a text in one of the agreement's further languages.
        return !missingLanguages(of: question, value: value).isEmpty
    }

    /// Whether list `list` is asked in full (a new interview, or the list being changed).
    func asksAll(_ list: Int) -> Bool { askAll || forced == list }

    /// The first step from top-level question `start` on that needs asking.
    func firstStep(fromTop start: Int) -> InterviewStep? {
        var index = start
        while index < questions.count {
            defer { index += 1 }
            guard isAsked(index) else { continue }
            let question = questions[index]
            if question.type == .list {
                if let step = listEntry(index) { return step }
            } else if askAll || forced == index
                || isOpen(question, value: answers[question.id], path: AnswerPath(question.id))
            {
                return .question(index)
            }
        }
        return nil
    }

    /// Where a list question starts: its first record; "add one?" first when it may be empty; when resuming, the
    /// first field still open, or a new record when there are fewer than `min`; nil when nothing is missing.
    func listEntry(_ index: Int) -> InterviewStep? {
        let question = questions[index]
        let records = self.records(index)
        if !asksAll(index) {
            for record in records.indices {
                if let field = nextField(index, record, after: -1) {
                    return .field(list: index, record: record, field: field)
                }
            }
            // Where the interview stopped in this list: "another one?", or a new record the person asked for.
            switch position {
            case .another(question.id)?: return .another(list: index, record: records.count - 1)
            case .newRecord(question.id)?: return recordStart(index, records.count)
            default: break
            }
            if answers[question.id] != nil {
                return records.count < (question.minimum ?? 0) ? recordStart(index, records.count) : nil
            }
            if !isOpen(question, value: nil, path: AnswerPath(question.id)) { return nil }
        }
        if records.isEmpty && (question.minimum ?? 0) == 0 { return .another(list: index, record: -1) }
        return recordStart(index, 0)
    }

    /// The first field asked in record `record` of list `list` (a new record when past the end), or the next
    /// question when the record has no field to ask.
    func recordStart(_ list: Int, _ record: Int) -> InterviewStep? {
        for field in questions[list].fields.indices where isAsked(list: list, record: record, field: field) {
            return .field(list: list, record: record, field: field)
        }
        return firstStep(fromTop: list + 1)
    }

    /// The next field of a record after `field` that is asked (and, when resuming, still open).
    func nextField(_ list: Int, _ record: Int, after field: Int) -> Int? {
        let question = questions[list]
        let values = records(list)[safe: record]?.values ?? [:]
        // A record changed from the list menu: all its fields, or only those still open after the one chosen.
        let everything: Bool
        if let focus, focus.list == list, focus.record == record {
            everything = focus.all
        } else {
            everything = asksAll(list)
        }
        for candidate in question.fields.indices where candidate > field {
            guard isAsked(list: list, record: record, field: candidate) else { continue }
            let sub = question.fields[candidate]
            if everything || isOpen(sub, value: values[sub.id], path: AnswerPath(question.id).index(record).key(sub.id))
            {
                return candidate
            }
        }
        return nil
    }

    /// The step after an answered question or field; after "another one?" (only when replaying the answers given,
    /// `replayed(until:)`: the walk goes on from the reply) the next record given, else the next question.
    func next(after step: InterviewStep) -> InterviewStep? {
        switch step {
        case .question(let index):
            return firstStep(fromTop: index + 1)
        case .field(let list, let record, let field):
            if let next = nextField(list, record, after: field) {
                return .field(list: list, record: record, field: next)
            }
            return afterRecord(list, record)
        case .another(let list, let record):
            return records(list).count > record + 1 ? recordStart(list, record + 1) : firstStep(fromTop: list + 1)
        }
    }

    /// After the last field of a record: the next record with open fields (resuming), the next record while there
    /// are fewer than `min`, nothing more when `max` is reached, else "another one?".
    func afterRecord(_ list: Int, _ record: Int) -> InterviewStep? {
        if let focus, focus.list == list, focus.record == record { return nil }
        let question = questions[list]
        let count = records(list).count
        var done = record + 1
        if !asksAll(list) {
            for later in (record + 1)..<max(count, record + 1) {
                if let field = nextField(list, later, after: -1) {
                    return .field(list: list, record: later, field: field)
                }
            }
            done = max(count, done)
        }
        if done < (question.minimum ?? 0) { return recordStart(list, done) }
        if let maximum = question.maximum, done >= maximum { return firstStep(fromTop: list + 1) }
        return .another(list: list, record: done - 1)
    }

    /// The questions the interview expects to ask given the answers so far, for "Question 7 of ~18": every asked
    /// question, and the asked fields of each record (at least `min` records, one when the list is unanswered).
    func plan() -> [InterviewStep] {
        var steps: [InterviewStep] = []
        for index in questions.indices where isAsked(index) {
            let question = questions[index]
            guard question.type == .list else {
                steps.append(.question(index))
                continue
            }
            var count =
                answers[question.id] != nil
                ? max(records(index).count, question.minimum ?? 0) : max(question.minimum ?? 1, 1)
            // A new record being asked counts from its first field on.
            if case .field(index, let record, _)? = current { count = max(count, record + 1) }
            for record in 0..<count {
                for field in question.fields.indices where isAsked(list: index, record: record, field: field) {
                    steps.append(.field(list: index, record: record, field: field))
                }
            }
        }
        return steps
    }
}

extension Interview {
    /// "Leverantör 2" by the list's record label, else "Leverantörer, post 2".
    func recordName(_ list: Int, _ record: Int) -> String {
        let question = questions[list]
        if let name = describe.text(question.recordLabel) { return text.recordNamed(name, record + 1) }
        return text.record(describe.label(question), record + 1)
    }

    /// "Leverantör 2 (Sensorik Syd AB)": the record's name, with its `name` (or first text field) when it has one.
    /// `record` is one of the records given.
    func recordTitle(_ list: Int, _ record: Int) -> String {
        let question = questions[list]
        let values = records(list)[record].values
        let named =
            ["name", "short_name"].compactMap { values[$0] }
            + question.fields.compactMap { field in
                field.type == .text ? values[field.id] : nil
            }
        guard case .text(let name)? = named.first else { return recordName(list, record) }
        return text.recordTitle(recordName(list, record), name: name)
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
