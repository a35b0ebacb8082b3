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

    /// The value in `language`, or else in the first language (in `Language.allCases` order) that has one: for a
    /// library without texts in the language asked for.
    func value(preferring language: Language) -> Value? {
        values[language] ?? Language.allCases.lazy.compactMap { values[$0] }.first
    }

    /// The languages that have a value.
    public var languages: Set<Language> { Set(values.keys) }
}
