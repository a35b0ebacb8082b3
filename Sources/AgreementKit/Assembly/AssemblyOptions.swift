/// What to assemble: which agreement type, in which language or languages, draft or final.
public struct AssemblyOptions: Sendable, Equatable {
    /// The outline id (`opi`); nil picks the library's only outline.
    public var outline: String?
    /// The agreement's language, or its two languages side by side (`sv+en`). The assembler writes the main
    /// language; `AgreementPipeline` assembles each language of a pair on its own.
    public var languages: AgreementLanguages
    /// A final agreement: missing answers are errors, drafting notes are left out.
    public var final: Bool
    /// The agreement's main language (the first of its languages), in which a plain text answer to a translatable
    /// question is written; nil: `language`. In a build in another language such an answer's text is missing.
    public var mainLanguage: Language?

    /// The language assembled: the main language. Setting it makes the options one language's.
    public var language: Language {
        get { languages.main }
        set { languages = AgreementLanguages(newValue) }
    }

    /// Creates options for an agreement in one language.
    public init(
        outline: String? = nil, language: Language = .standard, final: Bool = false, mainLanguage: Language? = nil
    ) {
        self.init(outline: outline, languages: AgreementLanguages(language), final: final, mainLanguage: mainLanguage)
    }

    /// Creates options for an agreement in one language or a pair.
    public init(
        outline: String? = nil, languages: AgreementLanguages, final: Bool = false, mainLanguage: Language? = nil
    ) {
        self.outline = outline
        self.languages = languages
        self.final = final
        self.mainLanguage = mainLanguage
    }
}
