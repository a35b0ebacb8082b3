/// A value given per language, such as a clause title or a question label.
public struct Localized<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The values by language.
    public var values: [Language: Value]

    /// Creates a localized value.
    public init(_ values: [Language: Value]) {
        self.values = values
    }

    /// The value in a language, if given.
    public subscript(language: Language) -> Value? { values[language] }

    /// The languages that have a value.
    public var languages: Set<Language> { Set(values.keys) }
}
