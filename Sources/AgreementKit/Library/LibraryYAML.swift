/// The readers only the clause library needs, over the shared `YAMLChecker`: semantic versions and conditions.
extension YAMLChecker {
    /// A semantic version.
    mutating func version(_ node: YAMLNode) -> SemanticVersion? {
        guard let text = string(node, what: "a version") else { return nil }
        guard let version = SemanticVersion(text) else {
            error(
                untranslated: "'\(text)' is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0)",
                at: node.textLocation)
            return nil
        }
        return version
    }

    /// A condition, parsed where its text stands.
    mutating func condition(_ node: YAMLNode) -> Condition? {
        guard let text = string(node, what: "a condition") else { return nil }
        do {
            return try ConditionReader.parse(text, at: node.textLocation)
        } catch {
            report(error)
            return nil
        }
    }
}
