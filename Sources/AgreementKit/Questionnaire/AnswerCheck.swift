/// A check across answers, declared in the questionnaire's `checks:` list: when its condition holds, the answers
/// call for attention (`warning`) or are not acceptable in a final agreement (`final`).
public struct AnswerCheck: Sendable, Equatable {
    /// How a fired check weighs.
    public enum Level: String, Sendable, Equatable, CaseIterable {
        /// An error with `--final`, a warning in a draft.
        case final
        /// Always a warning.
        case warning
    }

    /// The check's id, unique among the checks.
    public var id: String
    /// The check fires when this holds.
    public var when: Condition
    /// How a fired check weighs.
    public var level: Level
    /// What is said when it fires, per language.
    public var message: Localized<String>
    /// Where the check is declared.
    public var location: SourceLocation
    /// The answers the check concerns (`concerns:`, else every question its condition reads), in the order given.
    public var concerns: [AnswerPath]

    /// Creates a check; without `concerns`, it concerns every question its condition reads.
    public init(
        id: String, when: Condition, level: Level, message: Localized<String>, location: SourceLocation,
        concerns: [AnswerPath]? = nil
    ) {
        self.id = id
        self.when = when
        self.level = level
        self.message = message
        self.location = location
        var seen: Set<String> = []
        self.concerns =
            concerns
            ?? Questionnaire.paths(in: when.expression).map { AnswerPath($0.root) }.filter {
                seen.insert($0.root).inserted
            }
    }
}

extension Questionnaire {
    /// The checks that fire for `answers`, as diagnostics (worded in the messages language, as every message): a
    /// `final` check is an error when `final`, every other fired check a warning. Each is located at the later (in
    /// the questionnaire's order) of the answers it concerns that the answers file holds, else at the answers file.
    public func checkDiagnostics(_ answers: Answers, language: Language, final: Bool) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for check in firedChecks(answers) {
            let severity: Diagnostic.Severity = final && check.level == .final ? .error : .warning
            let texts = Dictionary(uniqueKeysWithValues: check.message.values.map { ($0.key.rawValue, $0.value) })
            let location = laterConcerns(of: check).lazy.compactMap { answers.location(of: AnswerPath($0.root)) }.first
            out.append(
                Diagnostic(
                    severity, Message(.buildCheck, ["message": .perLanguage(texts), "id": .text(check.id)]),
                    at: location, file: location == nil ? (answers.file ?? "answers") : nil))
        }
        return out
    }

    /// The checks whose condition holds for `answers`, in the order declared.
    public func firedChecks(_ answers: Answers) -> [AnswerCheck] {
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: self)
        return checks.filter { evaluator.evaluate($0.when).value }
    }

    /// The index among the top-level questions of the last question a check concerns: the question at whose
    /// answer the interview shows the check. Nil when it concerns no question.
    public func triggerIndex(of check: AnswerCheck) -> Int? {
        let ids = questions.map(\.id)
        return check.concerns.compactMap { path in ids.firstIndex(of: path.root) }.max()
    }

    /// The answers a check concerns, the latest in the questionnaire's order first.
    func laterConcerns(of check: AnswerCheck) -> [AnswerPath] {
        let ids = questions.map(\.id)
        return check.concerns.enumerated().sorted { a, b in
            let x = ids.firstIndex(of: a.element.root) ?? -1
            let y = ids.firstIndex(of: b.element.root) ?? -1
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    /// The answer paths an expression reads, in the order written (within `any`, the list and not the record's
    /// own paths).
    static func paths(in e: Expression) -> [AnswerPath] {
        switch e.kind {
        case .path(let p): return [p]
        case .any(let list, let variable, let c): return paths(in: list) + paths(in: c).filter { $0.root != variable }
        case .not(let a), .count(let a), .answered(let a): return paths(in: a)
        case .and(let operands), .or(let operands): return operands.flatMap { paths(in: $0) }
        case .compare(let a, _, let b): return paths(in: a) + paths(in: b)
        case .list(let items): return items.flatMap { paths(in: $0) }
        case .string, .integer, .boolean: return []
        }
    }
}
