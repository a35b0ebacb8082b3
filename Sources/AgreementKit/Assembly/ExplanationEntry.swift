/// One decision the assembler made: a clause, slot candidate, annex, conditional text or repetition, whether it was
/// used, the condition that decided it and the answer values the condition read.
public struct ExplanationEntry: Sendable, Equatable {
    /// What was decided.
    public enum Decision: String, Sendable, Equatable {
        /// Used in the agreement.
        case included = "included"
        /// Left out because its condition (or its slot's) is false.
        case excluded = "left out"
        /// A slot candidate not evaluated because an earlier one was chosen.
        case notReached = "not reached"
        /// A repetition: `consulted` holds the list and its count.
        case repeated = "repeated"
    }

    /// Nesting in the trace: 0 for outline entries, 1 for what is inside them.
    public var depth: Int
    /// What it is about: "clause background", "slot results", "annex annex-dpa", "if", "for s in suppliers".
    public var subject: String
    /// The decision.
    public var decision: Decision
    /// The condition as written, if any.
    public var condition: String?
    /// The answer values the condition read.
    public var consulted: [ConsultedValue]
    /// Where the subject is written.
    public var location: SourceLocation?

    /// Creates an entry.
    public init(
        depth: Int, subject: String, decision: Decision, condition: String? = nil, consulted: [ConsultedValue] = [],
        location: SourceLocation? = nil
    ) {
        self.depth = depth
        self.subject = subject
        self.decision = decision
        self.condition = condition
        self.consulted = consulted
        self.location = location
    }

    /// One line of the printed trace.
    public var line: String {
        let indent = String(repeating: "  ", count: depth)
        var text = "\(indent)\(subject): \(decision.rawValue)"
        if let condition {
            text += " — when \(condition)"
        }
        if !consulted.isEmpty {
            text += " [" + consulted.map { "\($0.path) = \($0.value)" }.joined(separator: ", ") + "]"
        }
        if let location { text += " (\(location))" }
        return text
    }
}
