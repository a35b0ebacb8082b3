/// One thing the library's conditions read that can select text: a question's answer, the number of records of a
/// list, or one field of every record of a list (`public_parties.country`).
enum CheckVariable: Hashable, Comparable, CustomStringConvertible, Sendable {
    /// The answer to a top-level question.
    case answer(String)
    /// How many records a list answer has.
    case count(String)
    /// One field of every record of a list answer.
    case field(String, String)

    /// As conditions write it: `funding_model`, `count(suppliers)`, `suppliers.country`.
    var description: String {
        switch self {
        case .answer(let id): return id
        case .count(let list): return "count(\(list))"
        case .field(let list, let field): return "\(list).\(field)"
        }
    }

    static func < (a: CheckVariable, b: CheckVariable) -> Bool { a.description < b.description }
}

/// What the conditions do with one variable: the constants they compare it with, whether they ask if it is
/// answered, and whether they compare it with another answer.
struct CheckReads: Sendable, Equatable {
    var integers: Set<Int> = []
    var strings: Set<String> = []
    var answered = false
    var relational = false
    /// Read as a value that decides (as a yes/no, in a comparison or `in`).
    var decides = false
}

/// Collects the variables one condition reads, resolving loop and `any` variables to their lists.
struct ConditionScan {
    let questionnaire: Questionnaire
    /// Loop and `any` variable names, each bound to the list question it runs over.
    var bindings: [String: String]
    /// For a field's `ask_when`: the list whose fields bare names stand for.
    var recordList: String?
    var variables: Set<CheckVariable> = []
    var reads: [CheckVariable: CheckReads] = [:]

    init(questionnaire: Questionnaire, bindings: [String: String] = [:], recordList: String? = nil) {
        self.questionnaire = questionnaire
        self.bindings = bindings
        self.recordList = recordList
    }

    /// The variable a path stands for; nil for a computed question or a name the questionnaire does not know.
    func variable(_ path: AnswerPath) -> CheckVariable? {
        if let list = bindings[path.root] {
            guard case .key(let field)? = path.rest.first else { return .count(list) }
            return .field(list, field)
        }
        if let list = recordList, questionnaire.question(list)?.field(path.root) != nil {
            return .field(list, path.root)
        }
        guard let question = questionnaire.question(path.root), !question.computed else { return nil }
        guard question.type == .list else { return .answer(question.id) }
        for step in path.rest {
            if case .key(let field) = step, question.field(field) != nil { return .field(question.id, field) }
        }
        return .count(question.id)
    }

    /// The variable an operand of a comparison reads: a path, or `count(list)`.
    func operand(_ e: Expression) -> CheckVariable? {
        switch e.kind {
        case .path(let path): return variable(path)
        case .count(let inner):
            guard case .path(let path) = inner.kind, let v = variable(path) else { return nil }
            if case .field(let list, _) = v { return .count(list) }
            return v
        default: return nil
        }
    }

    mutating func note(_ v: CheckVariable?, _ change: (inout CheckReads) -> Void) {
        guard let v else { return }
        variables.insert(v)
        change(&reads[v, default: CheckReads()])
    }

    mutating func constants(_ e: Expression, into v: CheckVariable) {
        switch e.kind {
        case .integer(let n): note(v) { $0.integers.insert(n) }
        case .string(let s): note(v) { $0.strings.insert(s) }
        case .list(let items): for item in items { constants(item, into: v) }
        default: break
        }
    }

    mutating func scan(_ e: Expression) {
        switch e.kind {
        case .string, .integer, .boolean:
            break
        case .list(let items):
            for item in items { scan(item) }
        case .path:
            note(operand(e)) { $0.decides = true }
        case .not(let inner):
            scan(inner)
        case .and(let operands), .or(let operands):
            for operand in operands { scan(operand) }
        case .compare(let left, _, let right):
            let l = operand(left)
            let r = operand(right)
            if let l { constants(right, into: l) }
            if let r { constants(left, into: r) }
            if l != nil, r != nil {
                note(l) { $0.relational = true }
                note(r) { $0.relational = true }
            }
            note(l) { $0.decides = true }
            note(r) { $0.decides = true }
            if l == nil { scan(left) }
            if r == nil { scan(right) }
        case .count:
            note(operand(e)) { $0.integers.insert(0) }
        case .answered(let inner):
            guard case .path(let path) = inner.kind else { return }
            note(variable(path)) { $0.answered = true }
        case .any(let list, let name, let condition):
            guard case .path(let path) = list.kind, let v = operand(Expression(.count(list), at: list.location))
            else { return }
            _ = path
            note(v) { $0.integers.insert(0) }
            let saved = bindings[name]
            if case .count(let id) = v { bindings[name] = id }
            scan(condition)
            bindings[name] = saved
        }
    }
}
