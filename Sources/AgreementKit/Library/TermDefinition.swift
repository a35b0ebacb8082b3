/// A defined term: the word and its definition per language.
public struct TermDefinition: Sendable, Equatable {
    /// The language-neutral id clause bodies use (`[[results]]`).
    public var id: String
    /// The term's word per language ("Resultat", "Results").
    public var word: Localized<String>
    /// The definition text per language, parsed as inline markup.
    public var definition: [Language: [TemplateInline]]
    /// Where the term is declared.
    public var location: SourceLocation

    /// Creates a term.
    public init(id: String, word: Localized<String>, definition: [Language: [TemplateInline]], location: SourceLocation)
    {
        self.id = id
        self.word = word
        self.definition = definition
        self.location = location
    }
}
