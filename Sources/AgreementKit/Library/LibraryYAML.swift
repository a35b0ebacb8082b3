/// The readers only the clause library needs, over the shared `YAMLChecker`: semantic versions and conditions.
extension YAMLChecker {
    /// A semantic version.
    mutating func version(_ node: YAMLNode) -> SemanticVersion? {
        guard let text = string(node, what: .key(.libraryWhatVersion)) else { return nil }
        guard let version = SemanticVersion(text) else {
            error(Message(.libraryNotVersion, ["text": .text(text)]), at: node.textLocation)
            return nil
        }
        return version
    }

    /// A condition, parsed where its text stands.
    mutating func condition(_ node: YAMLNode) -> Condition? {
        guard let text = string(node, what: .key(.libraryWhatCondition)) else { return nil }
        do {
            return try ConditionReader.parse(text, at: node.textLocation)
        } catch {
            report(error)
            return nil
        }
    }
}
