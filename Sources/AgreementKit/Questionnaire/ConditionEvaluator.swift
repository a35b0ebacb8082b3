/// Evaluates conditions against a set of answers, recording which answers decided each outcome.
///
/// Semantics (see `docs/clause-format.md`):
/// - a path is looked up as a scope variable first (a loop variable), then as a question id (its answer, else its
///   default), then through record fields and numeric indexes (`suppliers.0.name`); `.amount` and `.currency`
///   take an amount apart;
/// - an unanswered yes/no question or field is its default, and without one it is `false` everywhere: alone, in
///   `==` and `!=` (`x == false` and `not x` agree); `answered(x)` still tells whether it has an answer or default;
/// - any other unanswered value compares false with every operator except `!=`, which is true;
/// - a yes/no path alone is its value; any other non-boolean value alone is false;
/// - `in` tests a value against a list literal, or a string against a multiple-choice answer or against a field
///   gathered from every record of a list (`"dk" in public_parties.country`);
/// - amounts compare with integers in whole units, dates with `"YYYY-MM-DD"` strings;
/// - `count(x)` is the number of records or chosen options (0 when unanswered);
/// - `answered(x)` is true when `x` has a value (an answer, or the question's default);
/// - `any(list, x, condition)` is true when the condition holds with `x` bound to at least one record of the list.
public struct ConditionEvaluator: Sendable {
    private let answers: Answers
    private let questionnaire: Questionnaire

    /// Creates an evaluator over `answers` to `questionnaire`.
    public init(answers: Answers, questionnaire: Questionnaire) {
        self.answers = answers
        self.questionnaire = questionnaire
    }

    /// A value bound to a name: a loop variable, or a sibling field while evaluating a field's `ask_when`.
    struct Bound: Sendable {
        /// The value; nil when bound but unanswered.
        var value: AnswerValue?
        /// Whether the value is a question's default rather than an answer.
        var isDefault = false
    }

    /// Evaluates `condition`; `scope` binds loop variables (a record is bound as `.record`).
    public func evaluate(_ condition: Condition, scope: [String: AnswerValue] = [:]) -> ConditionOutcome {
        evaluate(condition, bindings: scope.mapValues { Bound(value: $0) })
    }

    /// Evaluates `condition` with names bound to possibly unanswered values.
    func evaluate(_ condition: Condition, bindings: [String: Bound]) -> ConditionOutcome {
        var run = Run(evaluator: self, bindings: bindings)
        let value = run.truth(condition.expression)
        return ConditionOutcome(value: value, consulted: run.consulted)
    }

    /// The value a path stands for, or nil when it has none: a scope variable first, then a question's answer
    /// (else its default; the records of a list get their fields' defaults), then record fields and indexes.
    public func resolve(_ path: AnswerPath, scope: [String: AnswerValue] = [:]) -> AnswerValue? {
        lookup(path, bindings: scope.mapValues { Bound(value: $0) }).value
    }

    /// `resolve` with bindings, telling also whether the value is a default.
    func lookup(_ path: AnswerPath, bindings: [String: Bound]) -> Bound {
        let first = path.root
        var result: Bound
        if let bound = bindings[first] {
            result = bound
        } else if let question = questionnaire.question(first) {
            if let answer = answers[first] {
                result = Bound(value: answer)
            } else {
                let fallback = questionnaire.defaultValue(for: question, in: answers)
                result = Bound(value: fallback, isDefault: fallback != nil)
            }
            if question.type == .list, case .list(let records)? = result.value {
                result.value = .list(records.map { Self.withDefaults($0, of: question) })
            }
        } else {
            return Bound(value: nil)
        }
        for component in path.rest {
            let segment: String
            switch component {
            case .key(let name): segment = name
            case .index(let i):
                if case .list(let records)? = result.value, i < records.count {
                    result.value = .record(records[i])
                } else {
                    result.value = nil
                }
                continue
            }
            switch result.value {
            case .list(let records)?:
                if path.rest.count == 1, questionnaire.question(first)?.field(segment) != nil {
                    // `public_parties.country`: the field of every record, as the options of a multiple choice.
                    result.value = .choices(
                        records.compactMap { record in
                            switch record[segment] {
                            case .text(let s)?, .choice(let s)?: return s
                            default: return nil
                            }
                        })
                } else {
                    result.value = nil
                }
            case .record(let record)?:
                result.value = record[segment]
            case .amount(let amount)? where segment == "amount":
                result.value = .integer(Int(amount.minorUnits / 100))
            case .amount(let amount)? where segment == "currency":
                result.value = .text(amount.currency)
            default:
                result.value = nil
            }
        }
        return result
    }

    /// Whether a path names a yes/no question, or a yes/no field of a list question's records
    /// (`suppliers.0.sme`); a loop variable's fields are not known here.
    func isYesNo(_ path: AnswerPath, bindings: [String: Bound]) -> Bool {
        guard bindings[path.root] == nil, var question = questionnaire.question(path.root) else { return false }
        for component in path.rest {
            switch component {
            case .index: continue
            case .key(let name):
                guard question.type == .list, let field = question.field(name) else { return false }
                question = field
            }
        }
        return question.type == .yesNo
    }

    /// A record with each missing field filled with the field's default.
    static func withDefaults(_ record: AnswerRecord, of list: Question) -> AnswerRecord {
        var record = record
        for field in list.fields where record.values[field.id] == nil {
            if let value = field.defaultValue { record.values[field.id] = value }
        }
        return record
    }

    /// One evaluation: the bindings and what was consulted.
    private struct Run {
        let evaluator: ConditionEvaluator
        let bindings: [String: Bound]
        var consulted: [ConsultedValue] = []

        /// An evaluated operand; nil stands for an unanswered value.
        indirect enum Value {
            case string(String)
            case integer(Int)
            case boolean(Bool)
            case list([Value?])
            case answer(AnswerValue)
        }

        mutating func truth(_ e: Expression) -> Bool {
            switch e.kind {
            case .not(let operand):
                return !truth(operand)
            case .and(let operands):
                for operand in operands where !truth(operand) { return false }
                return true
            case .or(let operands):
                for operand in operands where truth(operand) { return true }
                return false
            case .compare(let l, let op, let r):
                let left = value(l)
                let right = value(r)
                return Self.compare(left, op, right)
            default:
                switch value(e) {
                case .boolean(let b)?, .answer(.boolean(let b))?: return b
                default: return false
                }
            }
        }

        mutating func value(_ e: Expression) -> Value? {
            switch e.kind {
            case .string(let s): return .string(s)
            case .integer(let n): return .integer(n)
            case .boolean(let b): return .boolean(b)
            case .list(let items): return .list(items.map { value($0) })
            case .path(let path):
                if let found = look(path) { return .answer(found) }
                return evaluator.isYesNo(path, bindings: bindings) ? .boolean(false) : nil
            case .count(let argument):
                guard case .path(let path) = argument.kind else { return .integer(0) }
                switch look(path) {
                case .list(let records)?: return .integer(records.count)
                case .choices(let values)?: return .integer(values.count)
                default: return .integer(0)
                }
            case .answered(let argument):
                guard case .path(let path) = argument.kind else { return .boolean(false) }
                return .boolean(look(path) != nil)
            case .any(let list, let variable, let condition):
                guard case .path(let path) = list.kind, case .list(let records)? = look(path) else {
                    return .boolean(false)
                }
                for record in records {
                    var inner = Run(
                        evaluator: evaluator,
                        bindings: bindings.merging([variable: Bound(value: .record(record))]) {
                            _, new in new
                        })
                    inner.consulted = consulted
                    let holds = inner.truth(condition)
                    consulted = inner.consulted
                    if holds { return .boolean(true) }
                }
                return .boolean(false)
            case .not, .and, .or, .compare:
                return .boolean(truth(e))
            }
        }

        /// Looks a path up and notes it as consulted.
        mutating func look(_ path: AnswerPath) -> AnswerValue? {
            let bound = evaluator.lookup(path, bindings: bindings)
            let name = path.dotted
            if !consulted.contains(where: { $0.path == name }) {
                let shown = bound.value.map { $0.readable + (bound.isDefault ? " (default)" : "") } ?? "unanswered"
                consulted.append(ConsultedValue(path: name, value: shown))
            }
            return bound.value
        }

        /// A comparable form of an operand.
        enum Scalar {
            case string(String)
            case integer(Int)
            case boolean(Bool)
            case amount(Amount)
            case date(CalendarDate)
            case set([String])
            case list([Value?])
            case other
        }

        static func scalar(_ v: Value) -> Scalar {
            switch v {
            case .string(let s): return .string(s)
            case .integer(let n): return .integer(n)
            case .boolean(let b): return .boolean(b)
            case .list(let items): return .list(items)
            case .answer(let a):
                switch a {
                case .text(let s), .choice(let s): return .string(s)
                // Outside a build in one language (which reads one text), the text written first.
                case .texts(let texts): return .string(texts.text(main: nil))
                case .boolean(let b): return .boolean(b)
                case .integer(let n): return .integer(n)
                case .amount(let x): return .amount(x)
                case .date(let d): return .date(d)
                case .choices(let c): return .set(c)
                case .list, .record: return .other
                }
            }
        }

        static func compare(_ l: Value?, _ op: ComparisonOperator, _ r: Value?) -> Bool {
            if op == .in { return member(l, r) }
            guard let l, let r else { return op == .notEqual }
            let a = scalar(l)
            let b = scalar(r)
            switch op {
            case .equal: return equal(a, b) == true
            case .notEqual: return equal(a, b) != true
            case .less: return order(a, b).map { $0 < 0 } ?? false
            case .lessOrEqual: return order(a, b).map { $0 <= 0 } ?? false
            case .greater: return order(a, b).map { $0 > 0 } ?? false
            case .greaterOrEqual: return order(a, b).map { $0 >= 0 } ?? false
            case .in: return false
            }
        }

        static func member(_ l: Value?, _ r: Value?) -> Bool {
            guard let l, let r else { return false }
            switch r {
            case .list(let items):
                let a = scalar(l)
                return items.contains { item in item.map { equal(a, scalar($0)) == true } ?? false }
            case .answer(.choices(let chosen)):
                if case .string(let s) = scalar(l) { return chosen.contains(s) }
                return false
            default:
                return false
            }
        }

        /// Whether two values are equal; nil when they cannot be compared.
        static func equal(_ a: Scalar, _ b: Scalar) -> Bool? {
            switch (a, b) {
            case (.string(let x), .string(let y)): return x == y
            case (.integer(let x), .integer(let y)): return x == y
            case (.boolean(let x), .boolean(let y)): return x == y
            case (.set(let x), .list(let items)), (.list(let items), .set(let x)):
                var strings: [String] = []
                for item in items {
                    guard case .string(let s)? = item.map(scalar) else { return nil }
                    strings.append(s)
                }
                return Set(x) == Set(strings)
            default: return order(a, b).map { $0 == 0 }
            }
        }

        /// The order of two values (negative, zero, positive); nil when they are not ordered.
        static func order(_ a: Scalar, _ b: Scalar) -> Int? {
            switch (a, b) {
            case (.integer(let x), .integer(let y)): return x < y ? -1 : x == y ? 0 : 1
            case (.amount(let x), .integer(let y)): return wholeUnits(x.minorUnits, y)
            case (.integer(let x), .amount(let y)): return -wholeUnits(y.minorUnits, x)
            case (.amount(let x), .amount(let y)) where x.currency == y.currency:
                return x.minorUnits < y.minorUnits ? -1 : x.minorUnits == y.minorUnits ? 0 : 1
            case (.date(let x), .date(let y)): return x < y ? -1 : x == y ? 0 : 1
            case (.date(let x), .string(let s)):
                guard let y = CalendarDate(iso: s) else { return nil }
                return x < y ? -1 : x == y ? 0 : 1
            case (.string(let s), .date(let y)):
                guard let x = CalendarDate(iso: s) else { return nil }
                return x < y ? -1 : x == y ? 0 : 1
            default: return nil
            }
        }

        /// Compares minor units with a number of whole units.
        static func wholeUnits(_ minor: Int64, _ whole: Int) -> Int {
            let (scaled, overflow) = Int64(whole).multipliedReportingOverflow(by: 100)
            if overflow { return whole > 0 ? -1 : 1 }
            return minor < scaled ? -1 : minor == scaled ? 0 : 1
        }
    }
}
