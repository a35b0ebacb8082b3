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
        var description: String
        var location: SourceLocation
        /// The question a path ends at.
        var question: Question?
        /// The path, when the operand is one.
        var path: AnswerPath?
        /// The path as written.
        var name: String? { path?.dotted }
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

        private mutating func error(_ message: String, at location: SourceLocation) {
            diagnostics.append(Diagnostic(.error, untranslated: message, at: location))
        }

        /// Checks `e` used as a condition.
        mutating func condition(_ e: Expression) {
            switch e.kind {
            case .not(let x):
                condition(x)
            case .and(let a, let b), .or(let a, let b):
                condition(a)
                condition(b)
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
                let name = path.dotted
                let hint =
                    o.category == .record
                    ? "name one of its fields"
                    : o.category == .projection
                        ? "test one value with \"value\" in \(name)"
                        : o.category == .list || o.category == .multipleChoice
                            ? "write count(\(name)) > 0 or answered(\(name))"
                            : "compare it (\(name) == ...) or write answered(\(name))"
                error("\(o.description) is not yes/no and cannot stand alone as a condition: \(hint)", at: e.location)
            case .count(let argument):
                _ = operand(e)
                let name = Self.pathName(argument) ?? "..."
                error(
                    "count(\(name)) is a number, not a condition: compare it, for example count(\(name)) > 0",
                    at: e.location)
            case .string, .integer, .list:
                let o = operand(e)
                error("\(o.description) is not a condition", at: e.location)
            }
        }

        static func pathName(_ e: Expression) -> String? {
            if case .path(let p) = e.kind { return p.dotted }
            return nil
        }

        /// Types an operand, reporting problems inside it.
        mutating func operand(_ e: Expression) -> Operand {
            switch e.kind {
            case .string(let s):
                return Operand(category: .text, description: "the string \"\(s)\"", location: e.location, literal: s)
            case .integer(let n):
                return Operand(category: .integer, description: "the number \(n)", location: e.location)
            case .boolean(let b):
                return Operand(category: .boolean, description: b ? "true" : "false", location: e.location)
            case .list(let items):
                return Operand(category: .listLiteral, description: "a list", location: e.location, items: items)
            case .path(let path):
                let name = path.dotted
                switch checker.resolve(path, bindings: bindings, at: e.location, columns: true, projections: true) {
                case .failure(let d):
                    diagnostics.append(contentsOf: d.diagnostics)
                    return Operand(category: .invalid, description: "'\(name)'", location: e.location)
                case .success(.question(let q)):
                    return Operand(
                        category: Operand.category(of: q.type),
                        description: "'\(name)' (\(ConditionChecker.describe(q.type)))", location: e.location,
                        question: q, path: path)
                case .success(.record(let q)):
                    return Operand(
                        category: .record, description: "'\(name)' (one record of '\(q.id)')", location: e.location,
                        question: q, path: path)
                case .success(.projection(let list, let field)):
                    let category = Operand.category(of: field.type)
                    guard category == .text || category == .choice else {
                        error(
                            "'\(name)' gathers the '\(field.id)' of every record of '\(list.id)', which is "
                                + "\(ConditionChecker.describe(field.type)); only text and choice fields can be gathered",
                            at: e.location)
                        return Operand(category: .invalid, description: "'\(name)'", location: e.location)
                    }
                    // Messages about the gathered field point at the field's name.
                    var at = e.location
                    at.column += path.dottedSegments.dropLast().reduce(0) { $0 + $1.unicodeScalars.count + 1 }
                    return Operand(
                        category: .projection,
                        description: "'\(name)' (the '\(field.id)' of every record of '\(list.id)')",
                        location: at, question: field, path: path)
                }
            case .count(let argument):
                let inner = operand(argument)
                let name = inner.name ?? "..."
                if ![.list, .multipleChoice, .invalid].contains(inner.category) {
                    error(
                        "count() needs a list or a multiple-choice question; \(inner.description) is neither",
                        at: argument.location)
                }
                return Operand(category: .integer, description: "count(\(name))", location: e.location)
            case .answered(let argument):
                let inner = operand(argument)
                return Operand(
                    category: .boolean, description: "answered(\(inner.name ?? "..."))", location: e.location)
            case .any(let list, let variable, let inner):
                let records = operand(list)
                if records.category == .list, let question = records.question {
                    var run = Run(
                        checker: checker, bindings: bindings.merging([variable: .records(question)]) { _, new in new })
                    run.condition(inner)
                    diagnostics.append(contentsOf: run.diagnostics)
                } else if records.category != .invalid {
                    error("any() needs a list of records; \(records.description) is not one", at: list.location)
                }
                return Operand(
                    category: .boolean, description: "any(\(records.name ?? "..."), \(variable), ...)",
                    location: e.location)
            case .not, .and, .or, .compare:
                condition(e)
                return Operand(category: .boolean, description: "a condition", location: e.location)
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
                error("\(o.description) is a list: compare count(\(o.name ?? "...")) instead", at: o.location)
            case .record:
                error("\(o.description) is a record, not a value: name one of its fields", at: o.location)
            case .multipleChoice:
                error(
                    "\(o.description) holds several options: test one with \"value\" in \(o.name ?? "...")",
                    at: o.location)
            case .listLiteral:
                error("a list cannot be compared with '\(op.rawValue)': write 'VALUE in [...]'", at: o.location)
            case .projection:
                let first =
                    o.path.map { $0.prefix($0.rest.count - 1).index(0).appending($0.rest.suffix(1)).dotted } ?? ""
                error(
                    "\(o.description) holds one value per record: write '\(first)' for the first record's, "
                        + "or test one value with \"value\" in \(o.name ?? "...")", at: o.location)
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
                error(
                    "cannot compare \(l.description) with \(r.description): they are of different types", at: location)
            }
        }

        private mutating func ordering(_ l: Operand, _ r: Operand, op: ComparisonOperator, at location: SourceLocation)
        {
            let ordered: [Operand.Category] = [.integer, .amount, .date]
            for (x, other) in [(l, r), (r, l)] where !ordered.contains(x.category) {
                if x.category == .text, x.literal != nil, other.category == .date { continue }
                error("'\(op.rawValue)' needs numbers, amounts or dates; \(x.description) has no order", at: x.location)
                return
            }
            switch (l.category, r.category) {
            case (.integer, .integer), (.integer, .amount), (.amount, .integer), (.amount, .amount), (.date, .date):
                break
            case (.date, .text): dateLiteral(r, comparedWith: l)
            case (.text, .date): dateLiteral(l, comparedWith: r)
            default:
                error(
                    "cannot compare \(l.description) with \(r.description): they are of different types", at: location)
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
                    error(
                        "only a string or a choice can be 'in' \(r.description); \(l.description) is neither",
                        at: l.location)
                }
            case .multipleChoice:
                switch l.category {
                case .text where l.literal != nil: option(l, of: r)
                case .text, .choice: break
                default:
                    error(
                        "only a string or a choice can be 'in' \(r.description); \(l.description) is neither",
                        at: l.location)
                }
            default:
                error(
                    "'in' needs a list such as [\"a\", \"b\"], a multiple-choice question or a list's field "
                        + "(public_parties.country) on its right; \(r.description) is none of these", at: r.location)
            }
        }

        /// A string literal compared with a choice must be one of its options.
        private mutating func option(_ literal: Operand, of choice: Operand) {
            guard let text = literal.literal, let question = choice.question else { return }
            let values = question.options.map(\.value)
            if !values.contains(text) {
                error(
                    "\"\(text)\" is not an option of '\(choice.name ?? question.id)'"
                        + SpellingSuggestion.hint(for: text, in: values) + "; the options are: "
                        + values.joined(separator: ", "), at: literal.location)
            }
        }

        /// A string literal compared with a date must be a date `YYYY-MM-DD`.
        private mutating func dateLiteral(_ literal: Operand, comparedWith date: Operand) {
            guard let text = literal.literal else {
                error(
                    "cannot compare \(literal.description) with \(date.description): they are of different types",
                    at: literal.location)
                return
            }
            if CalendarDate(iso: text) == nil {
                error(
                    "\"\(text)\" is not a date; \(date.description) is compared with dates written \"YYYY-MM-DD\"",
                    at: literal.location)
            }
        }
    }
}
