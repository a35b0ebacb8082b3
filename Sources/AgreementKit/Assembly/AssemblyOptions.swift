/// What to assemble: which agreement type, in which language, draft or final.
public struct AssemblyOptions: Sendable, Equatable {
    /// The outline id (`opi`); nil picks the library's only outline.
    public var outline: String?
    /// The language of the agreement.
    public var language: Language
    /// A final agreement: missing answers are errors, drafting notes are left out.
    public var final: Bool

    /// Creates options.
    public init(outline: String? = nil, language: Language = .standard, final: Bool = false) {
        self.outline = outline
        self.language = language
        self.final = final
    }
}
