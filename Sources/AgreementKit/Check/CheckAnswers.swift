import Foundation

/// A value one variable takes in a combination.
enum CheckValue: Equatable, Sendable, CustomStringConvertible {
    /// The base answers' value.
    case base
    /// No answer.
    case unanswered
    /// This answer (for a field: in every record).
    case value(AnswerValue)
    /// This many records.
    case count(Int)
    /// Records taking the field's options in turn (`se`, `dk`, `se`, ...).
    case mixed

    var description: String {
        switch self {
        case .base: return "base"
        case .unanswered: return "-"
        case .value(let v): return CheckAnswers.text(v)
        case .count(let n): return "\(n)"
        case .mixed: return "mixed"
        }
    }
}

/// The answers `check` builds: one complete base answer to every question, values a variable can take (the finite
/// domain the conditions distinguish), and the answers of one combination, with what is not asked left out.
struct CheckAnswers: Sendable {
    let library: ClauseLibrary
    var questionnaire: Questionnaire { library.questionnaire }
    /// Every question answered once (lists with their base number of records), before `ask_when` is applied.
    private(set) var base: [String: AnswerValue] = [:]

    static let baseDate = CalendarDate(year: 2026, month: 6, day: 15)!
    static let baseAmount = 1_000_000
    static let baseInteger = 30
    static let baseRecords = 1

    init(library: ClauseLibrary) {
        self.library = library
        for question in library.questionnaire.questions where !question.computed {
            if let value = sample(question, list: nil, index: 0) { base[question.id] = value }
        }
    }

    // MARK: Base values

    /// A valid answer to `question` (a field of record `index` of `list`), or nil when none can be made.
    func sample(_ question: Question, list: Question?, index: Int) -> AnswerValue? {
        switch question.type {
        case .text, .longText:
            var text = "Text"
            if question.id == "name" || question.id == "short_name", let list {
                let label = list.recordLabel?[library.languages.first ?? .standard] ?? list.id
                text =
                    question.id == "name" ? "\(label) \(index + 1)" : "\(label.filter { !$0.isWhitespace })\(index + 1)"
            }
            if question.pattern != nil, case .failure = AnswerValueReader.parse(text, for: question) { return nil }
            if question.translate {
                return .texts(LanguageTexts(library.languages.map { LanguageTexts.Entry($0, text) }))
            }
            return .text(text)
        case .email: return .text("info@example.org")
        case .organisationNumberSE: return .text("556987-6542")
        case .cvrDK: return .text("38472615")
        case .yesNo: return question.defaultValue ?? .boolean(false)
        case .choice:
            return question.defaultValue ?? question.options.first.map { .choice($0.value) }
        case .multipleChoice:
            return question.defaultValue ?? question.options.first.map { .choices([$0.value]) }
        case .integer:
            if let value = question.defaultValue { return value }
            // A record's numbers are 1 (hours × rate = value); an answer's, a middle value.
            return .integer(clamp(list == nil ? Self.baseInteger : 1, question))
        case .amount:
            if let value = question.defaultValue { return value }
            return amount(Self.baseAmount, question)
        case .date: return .date(Self.baseDate)
        case .party: return .text("")  // replaced by a party's name when the answers are made
        case .list:
            return .list((0..<Self.baseCount(question)).map { record(question, index: $0) })
        }
    }

    /// The base number of records: none for an optional list, else its minimum, at least one.
    static func baseCount(_ list: Question) -> Int {
        list.required ? max(list.minimum ?? 0, baseRecords) : (list.minimum ?? 0)
    }

    func clamp(_ n: Int, _ question: Question) -> Int {
        min(max(n, question.minimum ?? n), question.maximum ?? n)
    }

    func amount(_ whole: Int, _ question: Question) -> AnswerValue {
        .amount(Amount(minorUnits: Int64(clamp(whole, question)) * 100, currency: question.currency ?? "SEK"))
    }

    /// Record `index` of a list: every field answered.
    func record(_ list: Question, index: Int) -> AnswerRecord {
        var values: [String: AnswerValue] = [:]
        for field in list.fields where !field.computed {
            if let value = sample(field, list: list, index: index) { values[field.id] = value }
        }
        return AnswerRecord(values: values)
    }

    // MARK: Domains

    /// The values `variable` takes: the base first, then each other value the conditions distinguish.
    func domain(_ variable: CheckVariable, reads: CheckReads) -> [CheckValue] {
        var out: [CheckValue] = [.base]
        func add(_ v: CheckValue, unlessBase baseValue: AnswerValue?) {
            if case .value(let a) = v, a == baseValue { return }
            if !out.contains(v) { out.append(v) }
        }
        switch variable {
        case .answer(let id):
            guard let q = questionnaire.question(id) else { return out }
            for v in values(q, reads: reads) { add(v, unlessBase: base[id]) }
            if reads.answered, !q.required || q.askWhen != nil || q.defaultValue != nil {
                add(.unanswered, unlessBase: nil)
            }
        case .count(let id):
            guard let q = questionnaire.question(id) else { return out }
            let baseCount = Self.baseCount(q)
            var counts: Set<Int> = [0, 1, 2]
            for c in reads.integers { counts.formUnion([c - 1, c, c + 1]) }
            for n in counts.sorted() where n >= (q.minimum ?? 0) && n <= (q.maximum ?? Int.max) && n != baseCount {
                out.append(.count(n))
            }
        case .field(let listID, let fieldID):
            guard let list = questionnaire.question(listID), let field = list.field(fieldID) else { return out }
            let baseValue = record(list, index: 0)[fieldID]
            for v in values(field, reads: reads) { add(v, unlessBase: baseValue) }
            if field.type == .choice, field.options.count > 1, reads.decides || !reads.strings.isEmpty,
                (list.maximum ?? 2) >= 2
            {
                add(.mixed, unlessBase: nil)
            }
            if reads.answered, !field.required || field.askWhen != nil || field.defaultValue != nil {
                add(.unanswered, unlessBase: nil)
            }
        }
        return out
    }

    /// The values of a question the conditions tell apart.
    func values(_ q: Question, reads: CheckReads) -> [CheckValue] {
        switch q.type {
        case .yesNo:
            return reads.decides || reads.relational ? [.value(.boolean(false)), .value(.boolean(true))] : []
        case .choice:
            return q.options.map { .value(.choice($0.value)) }
        case .multipleChoice:
            return q.options.map { .value(.choices([$0.value])) }
        case .integer, .amount:
            var numbers: Set<Int> = []
            for c in reads.integers { numbers.formUnion([c - 1, c, c + 1]) }
            if reads.relational {
                let b = q.type == .amount ? Self.baseAmount : Self.baseInteger
                numbers.formUnion([b - 1, b, b + 1])
            }
            let inRange = numbers.filter { $0 >= (q.minimum ?? Int.min) && $0 <= (q.maximum ?? Int.max) }
            return inRange.sorted().map { q.type == .amount ? .value(amount($0, q)) : .value(.integer($0)) }
        case .date:
            guard reads.relational else { return [] }
            return [
                .value(.date(CalendarDate(year: 2026, month: 6, day: 14)!)),
                .value(.date(CalendarDate(year: 2026, month: 6, day: 16)!)),
            ]
        case .text, .longText, .party, .email, .organisationNumberSE, .cvrDK:
            return reads.strings.sorted().map { .value(.text($0)) }
        case .list:
            return []
        }
    }

    // MARK: One combination

    /// The answers of one combination: the base with each variable's value, then every party question naming a
    /// party of the answers, then every answer and field that is not asked left out.
    func answers(_ assignment: [CheckVariable: CheckValue]) -> Answers {
        var values = base
        // The numbers of records first, so that field values reach every record.
        for (variable, value) in assignment {
            guard case .count(let id) = variable, case .count(let n) = value, let q = questionnaire.question(id) else {
                continue
            }
            values[id] = .list((0..<n).map { record(q, index: $0) })
        }
        for (variable, value) in assignment {
            switch variable {
            case .answer(let id):
                switch value {
                case .base, .count, .mixed: break
                case .unanswered: values[id] = nil
                case .value(let v): values[id] = v
                }
            case .field(let listID, let fieldID):
                guard case .list(var records)? = values[listID],
                    let field = questionnaire.question(listID)?.field(fieldID)
                else { continue }
                for i in records.indices {
                    switch value {
                    case .base, .count: break
                    case .unanswered: records[i].values[fieldID] = nil
                    case .value(let v): records[i].values[fieldID] = v
                    case .mixed: records[i].values[fieldID] = .choice(field.options[i % field.options.count].value)
                    }
                }
                values[listID] = .list(records)
            case .count:
                break
            }
        }
        var answers = Answers(values: values, file: "check.yaml")
        nameParties(&answers)
        leaveOutUnasked(&answers)
        setCurrencies(&answers)
        return answers
    }

    /// Every amount in the currency its question computes from the other answers (`currency_when`).
    func setCurrencies(_ answers: inout Answers) {
        func converted(_ value: AnswerValue?, _ question: Question) -> AnswerValue? {
            guard case .amount(var amount)? = value, let currency = questionnaire.currency(for: question, in: answers)
            else { return value }
            amount.currency = currency
            return .amount(amount)
        }
        for question in questionnaire.questions {
            if question.type == .amount { answers.values[question.id] = converted(answers[question.id], question) }
            guard case .list(var records)? = answers[question.id] else { continue }
            for i in records.indices {
                for field in question.fields where field.type == .amount {
                    records[i].values[field.id] = converted(records[i][field.id], field)
                }
            }
            answers.values[question.id] = .list(records)
        }
    }

    /// Every party question names a party of the lists it allows, record `i` the `i`-th such party; none when the
    /// lists are empty.
    func nameParties(_ answers: inout Answers) {
        func names(_ lists: [String]) -> [String] {
            lists.flatMap { id -> [String] in
                guard case .list(let records)? = answers[id] else { return [] }
                return records.compactMap { if case .text(let n)? = $0["name"] { return n } else { return nil } }
            }
        }
        let partyLists = library.outlines.keys.sorted().flatMap { library.outlines[$0]!.parties.map(\.list) }
        for question in questionnaire.questions {
            if question.type == .party, answers[question.id] != nil {
                answers.values[question.id] = names(question.parties).first.map { .text($0) }
            }
            guard case .list(var records)? = answers[question.id] else { continue }
            // A party question names a party; so does a text field called `party` (`contributions[0].party`).
            for field in question.fields where field.type == .party || (field.type == .text && field.id == "party") {
                let allowed = names(field.type == .party ? field.parties : partyLists)
                for i in records.indices where records[i][field.id] != nil {
                    records[i].values[field.id] = allowed.isEmpty ? nil : .text(allowed[i % allowed.count])
                }
            }
            answers.values[question.id] = .list(records)
        }
    }

    /// Leaves out the answers and fields whose `ask_when` does not hold, until none changes.
    func leaveOutUnasked(_ answers: inout Answers) {
        for _ in 0..<4 {
            let before = answers.values
            let evaluator = ConditionEvaluator(answers: answers, questionnaire: questionnaire)
            for question in questionnaire.questions where answers[question.id] != nil {
                if let condition = question.askWhen, !evaluator.evaluate(condition).value {
                    answers.values[question.id] = nil
                    continue
                }
                guard case .list(var records)? = answers[question.id] else { continue }
                for i in records.indices {
                    var siblings: [String: ConditionEvaluator.Bound] = [:]
                    for field in question.fields {
                        siblings[field.id] = .init(value: records[i][field.id] ?? field.defaultValue)
                    }
                    for field in question.fields where records[i][field.id] != nil {
                        if let condition = field.askWhen, !evaluator.evaluate(condition, bindings: siblings).value {
                            records[i].values[field.id] = nil
                        }
                    }
                }
                answers.values[question.id] = .list(records)
            }
            if answers.values == before { break }
        }
    }

    /// A short form of a value, for the group lines.
    static func text(_ value: AnswerValue) -> String {
        switch value {
        case .text(let t): return "\"\(t)\""
        case .texts(let t): return "\"\(t.entries.first?.text ?? "")\""
        case .boolean(let b): return b ? "true" : "false"
        case .integer(let n): return "\(n)"
        case .amount(let a): return "\(a.minorUnits / 100)"
        case .date(let d): return "\(d)"
        case .choice(let c): return c
        case .choices(let c): return "[\(c.joined(separator: ", "))]"
        case .list(let r): return "\(r.count)"
        case .record: return "{}"
        }
    }
}
