/// A comparison in a condition.
public enum ComparisonOperator: String, Sendable, Equatable, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    /// Membership: `x in ["a", "b"]`, or for a multiple choice `"a" in x`.
    case `in` = "in"
}
