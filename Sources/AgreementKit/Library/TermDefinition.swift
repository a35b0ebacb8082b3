/// A defined term: the word and its definition per language, and, for a term that names the parties of one list
/// (`supplier`), the forms of the word that say how many there are.
public struct TermDefinition: Sendable, Equatable {
    /// The language-neutral id clause bodies use (`[[results]]`).
    public var id: String
    /// The term's word per language ("Resultat", "Results").
    public var word: Localized<String>
    /// The definition text per language, parsed as inline markup.
    public var definition: [Language: [TemplateInline]]
    /// Where the term is declared.
    public var location: SourceLocation
    /// The list question whose number of records the term's number forms follow (`counts: suppliers`); nil when
    /// the term has none.
    public var counts: TermCount?
    /// Per language, the forms of the word that say there is one (`Leverantören`) or more than one
    /// (`Leverantörerna`). `opi-agreement check` verifies that every agreement uses them only where the `counts`
    /// list has that many records.
    public var numberForms: [Language: TermNumberForms]

    /// Creates a term.
    public init(
        id: String, word: Localized<String>, definition: [Language: [TemplateInline]], location: SourceLocation,
        counts: TermCount? = nil, numberForms: [Language: TermNumberForms] = [:]
    ) {
        self.id = id
        self.word = word
        self.definition = definition
        self.location = location
        self.counts = counts
        self.numberForms = numberForms
    }

    /// The number a form of the word says, in `language`: `.one`, `.many`, or nil for a form that says neither
    /// (the bare word, "a Supplier", "each Supplier").
    public func number(of form: String, in language: Language) -> TermNumber? {
        guard let forms = numberForms[language] else { return nil }
        if forms.one.contains(form) { return .one }
        if forms.many.contains(form) { return .many }
        return nil
    }

    /// Whether `form` says a number in any language.
    func saysNumber(_ form: String) -> Bool {
        numberForms.values.contains { $0.one.contains(form) || $0.many.contains(form) }
    }
}

/// The list a term counts, and where `counts:` gives it.
public struct TermCount: Sendable, Equatable {
    /// The list question's id (`suppliers`).
    public var list: String
    /// Where the list is named in `terms.yaml`.
    public var location: SourceLocation

    /// Creates a counted list.
    public init(list: String, location: SourceLocation) {
        self.list = list
        self.location = location
    }
}

/// The forms of a term's word, in one language, that say how many parties the term stands for.
public struct TermNumberForms: Sendable, Equatable {
    /// Forms that say there is exactly one: the definite singular and its genitive ("Leverantören",
    /// "Leverantörens").
    public var one: Set<String>
    /// Forms that say there is more than one: the plural forms ("Leverantörer", "Leverantörerna", "Suppliers").
    public var many: Set<String>

    /// Creates the forms of one language.
    public init(one: Set<String> = [], many: Set<String> = []) {
        self.one = one
        self.many = many
    }
}

/// What a form of a term says about the number of parties.
public enum TermNumber: String, Sendable, Equatable {
    /// Exactly one.
    case one
    /// More than one.
    case many
}
