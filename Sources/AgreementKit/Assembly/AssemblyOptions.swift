/// What to assemble: which agreement type, in which language, draft or final.
public struct AssemblyOptions: Sendable, Equatable {
    /// The outline id (`opi`); nil picks the library's only outline.
    public var outline: String?
    /// The language of the agreement.
    public var language: Language
    /// A final agreement: missing answers are errors, drafting notes are left out.
    public var final: Bool
    /// The agreement's main language (the first of its languages), in which a plain text answer to a translatable
    /// question is written; nil: `language`. In a build in another language such an answer's text is missing.
    public var mainLanguage: Language?

    /// Creates options.
    public init(
        outline: String? = nil, language: Language = .standard, final: Bool = false, mainLanguage: Language? = nil
    ) {
        self.outline = outline
        self.language = language
        self.final = final
        self.mainLanguage = mainLanguage
    }
}
