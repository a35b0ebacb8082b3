/// One option of a choice question.
public struct ChoiceOption: Sendable, Equatable {
    /// The value stored in answers and compared in conditions.
    public var value: String
    /// What the person answering sees.
    public var label: Localized<String>
    /// What choosing it means, if worth saying.
    public var help: Localized<String>?

    /// Creates an option.
    public init(value: String, label: Localized<String>, help: Localized<String>? = nil) {
        self.value = value
        self.label = label
        self.help = help
    }
}
