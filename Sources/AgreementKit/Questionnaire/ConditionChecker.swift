/// Checks conditions and value references against a questionnaire before any answer exists, so that mistakes are
/// errors at lint time, not surprises at build time: unknown questions and fields (with a suggestion), comparing a
/// choice with a value that is not one of its options, comparing values of different types, `count()` of
/// something that is not a list, `<`/`>` on values without an order, a value used as a condition that is not
/// yes/no, and value filters that do not fit the value.
public struct ConditionChecker: Sendable {
    private let questionnaire: Questionnaire

    /// Creates a checker for conditions over `questionnaire`.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// What a name in scope stands for.
    enum Binding: Sendable {
        /// One record of a list question (a loop variable over the list).
        case records(Question)
        /// One value answering this question (a sibling field; a loop variable over a multiple choice, as a choice).
        case value(Question)
    }

    /// Bindings for a scope of loop variables, each mapped to the question whose elements it runs over.
    static func bindings(_ scope: [String: Question]) -> [String: Binding] {
        scope.mapValues { question in
            switch question.type {
            case .list:
                return .records(question)
            case .multipleChoice:
                var element = question
                element.type = .choice
                element.defaultValue = nil
                return .value(element)
            default:
                return .value(question)
            }
        }
    }

    /// The problems of a condition. `scope` maps each loop variable to the list question whose records it
    /// iterates (or to a multiple-choice question, whose chosen options it iterates).
    public func check(_ condition: Condition, scope: [String: Question] = [:]) -> [Diagnostic] {
        check(condition, bindings: Self.bindings(scope))
    }

    /// The problems of a condition with names bound as given.
    func check(_ condition: Condition, bindings: [String: Binding]) -> [Diagnostic] {
        var run = Run(checker: self, bindings: bindings)
        run.condition(condition.expression)
        return run.diagnostics
    }

    /// The problems of a value reference: its path; that a record or list of records standing alone (which reads
    /// as its name, or its names joined) has a `name` field; and that each filter fits the value before it
    /// (`date` needs a date, `amount` an amount, `join`/`join_or`/`count` a list or multiple choice, `names` a
    /// list of records with a `name` field, `label` a choice or multiple choice, `yes_no` a yes/no,
    /// `lower`/`upper` text).
    public func check(_ value: ValueReference, scope: [String: Question] = [:]) -> [Diagnostic] {
        let name = value.path.dotted
        let target: Target
        switch resolve(value.path, bindings: Self.bindings(scope), at: value.location, columns: false) {
        case .failure(let error): return error.diagnostics
        case .success(let t): target = t
        }
        var state: FilterState
        switch target {
        case .question(let q):
            // A list alone reads as its records' names joined: "A, B och C".
            if value.filters.isEmpty, q.type == .list, q.field("name") == nil {
                return [
                    Diagnostic(
                        .error, Message(.typesListWithoutName, ["name": .text(name), "for": "{{for}}"]),
                        at: value.location)
                ]
            }
            state = .question(q)
        case .record(let q):
            // A record alone reads as its name.
            if value.filters.isEmpty, q.field("name") == nil {
                return [
                    Diagnostic(
                        .error,
                        Message(
                            .typesRecordWithoutName,
                            [
                                "name": .text(name), "list": .text(q.id),
                                "fields": .text(q.fields.map { value.path.key($0.id).dotted }.joined(separator: ", ")),
                            ]), at: value.location)
                ]
            }
            state = .record(q)
        case .projection:
            return [Diagnostic(.error, Message(.typesNotOneValue, ["name": .text(name)]), at: value.location)]
        }
        for filter in value.filters {
            if let next = Self.apply(filter, to: state) {
                state = next
                continue
            }
            return [
                Diagnostic(
                    .error,
                    Message(
                        .typesFilterNeeds,
                        [
                            "filter": .text(filter.rawValue), "needs": .key(Self.needs(filter)),
                            "state": .message(Self.describe(state, name: name)),
                            "hint": Self.filterHint(filter, state),
                        ]), at: value.location)
            ]
        }
        return []
    }

    /// The question a path stands for: the question or field it ends at (for `budget.amount` an integer and for
    /// `budget.currency` a text question made for the purpose), or, for a path ending at one record (a loop
    /// variable, `suppliers.0`), the list question whose record it is. Nil when the path names nothing.
    public func type(of path: AnswerPath, scope: [String: Question]) -> Question? {
        let nowhere = SourceLocation(file: questionnaire.file, line: 1, column: 1)
        switch resolve(path, bindings: Self.bindings(scope), at: nowhere, columns: false) {
        case .success(.question(let q)), .success(.record(let q)): return q
        case .success(.projection), .failure: return nil
        }
    }

    // MARK: - Paths

    /// What a path stands for.
    enum Target {
        /// The answer to a question or field.
        case question(Question)
        /// One record of a list question.
        case record(Question)
        /// One field of every record of a list question (`public_parties.country`): the values it holds, which
        /// only a condition's `in` may test.
        case projection(list: Question, field: Question)
    }

    /// Follows a path; `columns` says whether the path's segments are written from `location` on, so that an
    /// error can point at the segment. With `projections`, a list question followed by one of its fields as the
    /// last segment (`public_parties.country`) stands for that field of every record.
    func resolve(
        _ path: AnswerPath, bindings: [String: Binding], at location: SourceLocation, columns: Bool,
        projections: Bool = false
    ) -> Result<Target, DiagnosticError> {
        let segments = path.dottedSegments
        func at(_ index: Int) -> SourceLocation {
            guard columns else { return location }
            var l = location
            l.column += segments[..<index].reduce(0) { $0 + $1.unicodeScalars.count + 1 }
            return l
        }
        let first = path.root
        var target: Target
        if let binding = bindings[first] {
            switch binding {
            case .records(let q): target = .record(q)
            case .value(let q): target = .question(q)
            }
        } else if let question = questionnaire.question(first) {
            target = .question(question)
        } else {
            let candidates = questionnaire.questions.map(\.id) + bindings.keys.sorted()
            return .failure(
                DiagnosticError(
                    Message(
                        .typesUnknownQuestion,
                        ["name": .text(first), "hint": SpellingSuggestion.hintValue(for: first, in: candidates)]),
                    at: at(0)))
        }
        for (step, component) in path.rest.enumerated() {
            let index = step + 1
            let segment = segments[index]
            let name = path.prefix(step).dotted
            switch target {
            case .record(let list):
                if let field = list.field(segment) {
                    target = .question(field)
                } else if case .index = component {
                    return .failure(
                        DiagnosticError(
                            Message(
                                .typesRecordNeedsField,
                                [
                                    "name": .text(name), "list": .text(list.id),
                                    "fields": .text(list.fields.map(\.id).joined(separator: ", ")),
                                ]), at: at(index)))
                } else {
                    return .failure(
                        DiagnosticError(
                            Message(
                                .typesNotAField,
                                [
                                    "segment": .text(segment), "list": .text(list.id),
                                    "hint": SpellingSuggestion.hintValue(for: segment, in: list.fields.map(\.id)),
                                    "fields": .text(list.fields.map(\.id).joined(separator: ", ")),
                                ]), at: at(index)))
                }
            case .question(let q) where q.type == .list:
                if case .index = component {
                    target = .record(q)
                } else if projections, index == segments.count - 1, let field = q.field(segment) {
                    target = .projection(list: q, field: field)
                } else if q.field(segment) != nil {
                    return .failure(
                        DiagnosticError(
                            Message(
                                .typesListFirstRecord,
                                [
                                    "name": .text(name), "segment": .text(segment),
                                    "path": .text(path.prefix(step).index(0).key(segment).dotted),
                                ]), at: at(index)))
                } else {
                    return .failure(
                        DiagnosticError(
                            Message(
                                .typesListRecordNumber,
                                ["name": .text(name), "path": .text(path.prefix(step).index(0).dotted)]),
                            at: at(index)))
                }
            case .question(let q) where q.type == .amount && (segment == "amount" || segment == "currency"):
                target = .question(
                    Question(
                        id: path.prefix(step + 1).dotted, type: segment == "amount" ? .integer : .text, label: q.label,
                        required: q.required, location: q.location))
            case .projection(let list, let field):
                return .failure(
                    DiagnosticError(
                        Message(
                            .typesProjectionNoFields,
                            ["name": .text(name), "field": .text(field.id), "list": .text(list.id)]),
                        at: at(index)))
            case .question(let q):
                return .failure(
                    DiagnosticError(
                        Message(
                            q.type == .amount ? .typesNoFieldsAmount : .typesNoFields,
                            ["name": .text(name), "type": .key(Self.describe(q.type))]), at: at(index)))
            }
        }
        return .success(target)
    }

    // MARK: - Value filters

    /// The value as it passes through filters.
    enum FilterState {
        case question(Question)
        case record(Question)
        case text
        case texts
        case number
    }

    static func apply(_ filter: ValueFilter, to state: FilterState) -> FilterState? {
        switch (filter, state) {
        case (.date, .question(let q)) where q.type == .date: return .text
        case (.amount, .question(let q)) where q.type == .amount: return .text
        case (.join, .question(let q)), (.joinOr, .question(let q)):
            if q.type == .multipleChoice || (q.type == .list && q.field("name") != nil) { return .text }
            return nil
        case (.join, .texts), (.joinOr, .texts): return .text
        case (.count, .question(let q)) where q.type == .list || q.type == .multipleChoice: return .number
        case (.count, .texts): return .number
        case (.names, .question(let q)) where q.type == .list && q.field("name") != nil: return .texts
        case (.yesNo, .question(let q)) where q.type == .yesNo: return .text
        case (.label, .question(let q)) where q.type == .choice: return .text
        case (.label, .question(let q)) where q.type == .multipleChoice: return .texts
        case (.lines, .question(let q)) where q.type == .text || q.type == .longText: return .text
        case (.lower, .text), (.upper, .text): return .text
        case (.lower, .texts), (.upper, .texts): return .texts
        case (.lower, .question(let q)), (.upper, .question(let q)):
            return [.text, .longText, .email, .organisationNumberSE, .cvrDK, .choice, .party].contains(q.type)
                ? .text : nil
        default: return nil
        }
    }

    /// What a filter needs, as in "the filter 'date' needs a date".
    static func needs(_ filter: ValueFilter) -> MessageKey {
        switch filter {
        case .date: return .typesNeedsDate
        case .amount: return .typesNeedsAmount
        case .join, .joinOr, .count: return .typesNeedsList
        case .names: return .typesNeedsRecords
        case .yesNo: return .typesNeedsYesNo
        case .label: return .typesNeedsChoice
        case .lower, .upper: return .typesNeedsText
        case .lines: return .typesNeedsLines
        }
    }

    static func filterHint(_ filter: ValueFilter, _ state: FilterState) -> Message.Value {
        if case .question(let q) = state, q.type == .list, filter == .join || filter == .joinOr || filter == .names {
            return .message(Message(.typesFilterHintName, ["filter": .text(filter.rawValue), "list": .text(q.id)]))
        }
        return ""
    }

    static func describe(_ state: FilterState, name: String) -> Message {
        switch state {
        case .question(let q):
            return Message(.typesStateQuestion, ["name": .text(name), "type": .key(describe(q.type))])
        case .record(let q): return Message(.typesStateRecord, ["name": .text(name), "list": .text(q.id)])
        case .text: return Message(.typesStateText)
        case .texts: return Message(.typesStateTexts)
        case .number: return Message(.typesStateNumber)
        }
    }

    /// "text", "an integer", ... as in "'x' is text".
    static func describe(_ type: QuestionType) -> MessageKey {
        switch type {
        case .text: return .typesTypeText
        case .longText: return .typesTypeLongText
        case .yesNo: return .typesTypeYesNo
        case .choice: return .typesTypeChoice
        case .multipleChoice: return .typesTypeMultipleChoice
        case .integer: return .typesTypeInteger
        case .amount: return .typesTypeAmount
        case .date: return .typesTypeDate
        case .email: return .typesTypeEmail
        case .organisationNumberSE: return .typesTypeOrganisationNumber
        case .cvrDK: return .typesTypeCvr
        case .party: return .typesTypeParty
        case .list: return .typesTypeList
        }
    }
}
