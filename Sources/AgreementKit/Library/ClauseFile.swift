/// One clause file of the library: its header and a parsed body per language.
public struct ClauseFile: Sendable, Equatable {
    /// The clause id.
    public var id: String
    /// The clause version.
    public var version: SemanticVersion
    /// The category.
    public var category: ClauseCategory
    /// The heading per language.
    public var title: Localized<String>
    /// The alternative group this clause is one choice for, if any.
    public var slot: String?
    /// The clause is used only when this holds.
    public var when: Condition?
    /// A drafting note per language, shown as a comment in drafts.
    public var note: Localized<String>?
    /// What of the clause survives the end of the agreement (`survives:`).
    public var survives: ClauseSurvival
    /// The parsed body per language.
    public var bodies: [Language: [TemplateBlock]]
    /// The file path.
    public var file: String
    /// Where each header key stands (`id`, `version`, ...), for diagnostics.
    public var keyLocations: [String: SourceLocation]
    /// Where each language's body starts (`=== sv`).
    public var bodyLocations: [Language: SourceLocation]
    /// The body text per language as written, for `clauses show`.
    public var sources: [Language: String]

    /// Creates a clause file.
    public init(
        id: String, version: SemanticVersion, category: ClauseCategory, title: Localized<String>, slot: String? = nil,
        when: Condition? = nil, note: Localized<String>? = nil, survives: ClauseSurvival = .none, bodies: [Language: [TemplateBlock]], file: String,
        keyLocations: [String: SourceLocation] = [:], bodyLocations: [Language: SourceLocation] = [:],
        sources: [Language: String] = [:]
    ) {
        self.id = id
        self.version = version
        self.category = category
        self.title = title
        self.slot = slot
        self.when = when
        self.note = note
        self.survives = survives
        self.bodies = bodies
        self.file = file
        self.keyLocations = keyLocations
        self.bodyLocations = bodyLocations
        self.sources = sources
    }

    /// Where the clause's header starts (its `id` key).
    public var location: SourceLocation { keyLocations["id"] ?? SourceLocation(file: file, line: 1, column: 1) }
}
