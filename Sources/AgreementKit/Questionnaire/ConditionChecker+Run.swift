extension ConditionChecker {
    /// An operand of a comparison, typed.
    struct Operand {
        /// What kind of value it is.
        enum Category: Equatable {
            case text, choice, multipleChoice, boolean, integer, amount, date, list, record, listLiteral, projection,
                invalid
        }

        var category: Category
        /// How messages name it: `'results_model' (a choice)`, `the string "x"`.
        var description: Message.Value
        var location: SourceLocation
        /// The question a path ends at.
        var question: Question?
        /// The path, when the operand is one.
        var path: AnswerPath?
        /// The path as written. Messages name by it only operands that are paths (a list, a record, a choice, a
        /// gathered field, the argument of `count`, `answered` and `any`, which the parser accepts only as a path);
        /// "..." stands for anything else.
        var name: String { path?.dotted ?? "..." }
        /// The text of a string literal.
        var literal: String?
        /// The elements of a list literal.
        var items: [Expression] = []

        static func category(of type: QuestionType) -> Category {
            switch type {
            case .text, .longText, .email, .organisationNumberSE, .cvrDK, .party: return .text
            case .choice: return .choice
            case .multipleChoice: return .multipleChoice
            case .yesNo: return .boolean
            case .integer: return .integer
            case .amount: return .amount
            case .date: return .date
            case .list: return .list
            }
        }
    }

    /// One check of one condition, collecting diagnostics.
    struct Run {
        let checker: ConditionChecker
        let bindings: [String: Binding]
        var diagnostics: [Diagnostic] = []

        private mutating func error(
            _ key: MessageKey, _ values: [String: Message.Value], at location: SourceLocation
        ) {
            diagnostics.append(Diagnostic(.error, Message(key, values), at: location))
        }

        /// Checks `e` used as a condition.
        mutating func condition(_ e: Expression) {
            switch e.kind {
            case .not(let x):
                condition(x)
            case .and(let operands), .or(let operands):
                for operand in operands { condition(operand) }
            case .compare(let l, let op, let r):
                let left = operand(l)
                let right = operand(r)
                compare(left, op, right, at: e.location)
            case .boolean:
                break
            case .answered, .any:
                _ = operand(e)
            case .path(let path):
                let o = operand(e)
                guard o.category != .boolean, o.category != .invalid else { return }
                let hint: MessageKey =
                    o.category == .record
                    ? .typesHintRecord
                    : o.category == .projection
                        ? .typesHintProjection
                        : o.category == .list || o.category == .multipleChoice ? .typesHintList : .typesHintCompare
                let name = Message.Value.text(path.dotted)
                error(
                    .typesNotYesNo, ["operand": o.description, "hint": .message(Message(hint, ["name": name]))],
                    at: e.location)
            case .count(let argument):
                _ = operand(e)
                let name = Self.pathName(argument)
                error(.typesCountNotCondition, ["name": .text(name)], at: e.location)
            case .string, .integer, .list:
                let o = operand(e)
                error(.typesNotCondition, ["operand": o.description], at: e.location)
            }
        }

        /// The path an expression is, as written; "..." for anything else (see `Operand.name`).
        static func pathName(_ e: Expression) -> String {
            guard case .path(let p) = e.kind else { return "..." }
            return p.dotted
        }

        /// Types an operand, reporting problems inside it.
        mutating func operand(_ e: Expression) -> Operand {
            switch e.kind {
            case .string(let s):
                return Operand(
                    category: .text, description: .message(Message(.typesOperandString, ["text": .text(s)])),
                    location: e.location, literal: s)
            case .integer(let n):
                return Operand(
                    category: .integer, description: .message(Message(.typesOperandNumber, ["number": "\(n)"])),
                    location: e.location)
            case .boolean(let b):
                return Operand(category: .boolean, description: .text(b ? "true" : "false"), location: e.location)
            case .list(let items):
                return Operand(
                    category: .listLiteral, description: .key(.typesOperandList), location: e.location, items: items)
            case .path(let path):
                let name = path.dotted
                let quoted = Message.Value.message(Message(.typesOperandPath, ["name": .text(name)]))
                switch checker.resolve(path, bindings: bindings, at: e.location, columns: true, projections: true) {
                case .failure(let d):
                    diagnostics.append(contentsOf: d.diagnostics)
                    return Operand(category: .invalid, description: quoted, location: e.location)
                case .success(.question(let q)):
                    return Operand(
                        category: Operand.category(of: q.type),
                        description: .message(
                            Message(
                                .typesOperandQuestion,
                                ["name": .text(name), "type": .key(ConditionChecker.describe(q.type))])),
                        location: e.location,
                        question: q, path: path)
                case .success(.record(let q)):
                    return Operand(
                        category: .record,
                        description: .message(
                            Message(.typesOperandRecord, ["name": .text(name), "list": .text(q.id)])),
                        location: e.location,
                        question: q, path: path)
                case .success(.projection(let list, let field)):
                    let category = Operand.category(of: field.type)
                    guard category == .text || category == .choice else {
                        error(
                            .typesProjectionType,
                            [
                                "name": .text(name), "field": .text(field.id), "list": .text(list.id),
                                "type": .key(ConditionChecker.describe(field.type)),
                            ], at: e.location)
                        return Operand(category: .invalid, description: quoted, location: e.location)
                    }
                    // Messages about the gathered field point at the field's name.
                    var at = e.location
                    at.column += path.dottedSegments.dropLast().reduce(0) { $0 + $1.unicodeScalars.count + 1 }
                    return Operand(
                        category: .projection,
                        description: .message(
                            Message(
                                .typesOperandProjection,
                                ["name": .text(name), "field": .text(field.id), "list": .text(list.id)])),
                        location: at, question: field, path: path)
                }
            case .count(let argument):
                let inner = operand(argument)
                let name = inner.name
                if ![.list, .multipleChoice, .invalid].contains(inner.category) {
                    error(.typesCountNeedsList, ["operand": inner.description], at: argument.location)
                }
                return Operand(category: .integer, description: .text("count(\(name))"), location: e.location)
            case .answered(let argument):
                let inner = operand(argument)
                return Operand(
                    category: .boolean, description: .text("answered(\(inner.name))"), location: e.location)
            case .any(let list, let variable, let inner):
                let records = operand(list)
                if records.category == .list, let question = records.question {
                    var run = Run(
                        checker: checker, bindings: bindings.merging([variable: .records(question)]) { _, new in new })
                    run.condition(inner)
                    diagnostics.append(contentsOf: run.diagnostics)
                } else if records.category != .invalid {
                    error(.typesAnyNeedsRecords, ["operand": records.description], at: list.location)
                }
                return Operand(
                    category: .boolean, description: .text("any(\(records.name), \(variable), ...)"),
                    location: e.location)
            case .not, .and, .or, .compare:
                condition(e)
                return Operand(category: .boolean, description: .key(.typesOperandCondition), location: e.location)
            }
        }

        /// Checks a comparison of two typed operands.
        mutating func compare(_ l: Operand, _ op: ComparisonOperator, _ r: Operand, at location: SourceLocation) {
            if l.category == .invalid || r.category == .invalid { return }
            switch op {
            case .equal, .notEqual:
                equality(l, r, op: op, at: location)
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                ordering(l, r, op: op, at: location)
            case .in:
                membership(l, r, at: location)
            }
        }

        /// Rejects operands that are never compared directly; true when one was rejected.
        private mutating func rejectsWhole(_ o: Operand, op: ComparisonOperator) -> Bool {
            switch o.category {
            case .list:
                error(.typesCompareList, ["operand": o.description, "name": .text(o.name)], at: o.location)
            case .record:
                error(.typesCompareRecord, ["operand": o.description], at: o.location)
            case .multipleChoice:
                error(
                    .typesCompareMultiple, ["operand": o.description, "name": .text(o.name)], at: o.location)
            case .listLiteral:
                error(.typesCompareListLiteral, ["operator": .text(op.rawValue)], at: o.location)
            case .projection:
                let first =
                    o.path.map { $0.prefix($0.rest.count - 1).index(0).appending($0.rest.suffix(1)).dotted } ?? ""
                error(
                    .typesCompareProjection,
                    ["operand": o.description, "first": .text(first), "name": .text(o.name)], at: o.location)
            default:
                return false
            }
            return true
        }

        private mutating func equality(_ l: Operand, _ r: Operand, op: ComparisonOperator, at location: SourceLocation)
        {
            if rejectsWhole(l, op: op) || rejectsWhole(r, op: op) { return }
            switch (l.category, r.category) {
            case (.choice, .text): option(r, of: l)
            case (.text, .choice): option(l, of: r)
            case (.choice, .choice), (.text, .text): break
            case (.date, .text): dateLiteral(r, comparedWith: l)
            case (.text, .date): dateLiteral(l, comparedWith: r)
            case (.date, .date), (.boolean, .boolean): break
            case (.integer, .integer), (.integer, .amount), (.amount, .integer), (.amount, .amount): break
            default:
                error(.typesDifferentTypes, ["left": l.description, "right": r.description], at: location)
            }
        }

        private mutating func ordering(_ l: Operand, _ r: Operand, op: ComparisonOperator, at location: SourceLocation)
        {
            let ordered: [Operand.Category] = [.integer, .amount, .date]
            for (x, other) in [(l, r), (r, l)] where !ordered.contains(x.category) {
                if x.category == .text, x.literal != nil, other.category == .date { continue }
                error(.typesNoOrder, ["operator": .text(op.rawValue), "operand": x.description], at: x.location)
                return
            }
            switch (l.category, r.category) {
            case (.integer, .integer), (.integer, .amount), (.amount, .integer), (.amount, .amount), (.date, .date):
                break
            case (.date, .text): dateLiteral(r, comparedWith: l)
            case (.text, .date): dateLiteral(l, comparedWith: r)
            default:
                error(.typesDifferentTypes, ["left": l.description, "right": r.description], at: location)
            }
        }

        private mutating func membership(_ l: Operand, _ r: Operand, at location: SourceLocation) {
            switch r.category {
            case .listLiteral:
                if rejectsWhole(l, op: .in) { return }
                for item in r.items {
                    let element = operand(item)
                    if element.category == .invalid { continue }
                    equality(l, element, op: .equal, at: item.location)
                }
            case .projection:
                switch l.category {
                case .text where l.literal != nil: if r.question?.type == .choice { option(l, of: r) }
                case .text, .choice: break
                default:
                    error(.typesInNotText, ["right": r.description, "left": l.description], at: l.location)
                }
            case .multipleChoice:
                switch l.category {
                case .text where l.literal != nil: option(l, of: r)
                case .text, .choice: break
                default:
                    error(.typesInNotText, ["right": r.description, "left": l.description], at: l.location)
                }
            default:
                error(.typesInNeedsList, ["operand": r.description], at: r.location)
            }
        }

        /// A string literal compared with a choice must be one of its options.
        private mutating func option(_ literal: Operand, of choice: Operand) {
            guard let text = literal.literal, let question = choice.question else { return }
            let values = question.options.map(\.value)
            if !values.contains(text) {
                error(
                    .typesNotAnOption,
                    [
                        "text": .text(text), "name": .text(choice.name),
                        "hint": SpellingSuggestion.hintValue(for: text, in: values),
                        "options": .text(values.joined(separator: ", ")),
                    ], at: literal.location)
            }
        }

        /// A string literal compared with a date must be a date `YYYY-MM-DD`.
        private mutating func dateLiteral(_ literal: Operand, comparedWith date: Operand) {
            guard let text = literal.literal else {
                error(
                    .typesDifferentTypes, ["left": literal.description, "right": date.description], at: literal.location
                )
                return
            }
            if CalendarDate(iso: text) == nil {
                error(.typesNotADate, ["text": .text(text), "operand": date.description], at: literal.location)
            }
        }
    }
}
