/// One clause file of the library: its header and a parsed body per language.
public struct ClauseFile: Sendable, Equatable {
    /// The clause id.
    public var id: String
    /// The clause version.
    public var version: SemanticVersion
    /// The category.
    public var category: ClauseCategory
    /// The heading per language, as written.
    public var title: Localized<String>
    /// The heading per language as parsed markup, for a title that varies with the answers (`{{if ...}}`); a
    /// language without an entry has a literal title.
    public var titleTemplates: [Language: [TemplateInline]]
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
        id: String, version: SemanticVersion, category: ClauseCategory, title: Localized<String>,
        titleTemplates: [Language: [TemplateInline]] = [:], slot: String? = nil,
        when: Condition? = nil, note: Localized<String>? = nil, survives: ClauseSurvival = .none,
        bodies: [Language: [TemplateBlock]], file: String,
        keyLocations: [String: SourceLocation] = [:], bodyLocations: [Language: SourceLocation] = [:],
        sources: [Language: String] = [:]
    ) {
        self.id = id
        self.version = version
        self.category = category
        self.title = title
        self.titleTemplates = titleTemplates
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

    /// The parsed body in a language: the one parsed with the file, or, for a file read without parsing its bodies
    /// (`ClauseFileLoader.load(_:file:parsingBodies:)`), its text parsed now; nil when the file has no body in the
    /// language. Each call parses again: a program that assembles many agreements reads its library with the bodies.
    public func body(in language: Language) throws(DiagnosticError) -> [TemplateBlock]? {
        if let body = bodies[language] { return body }
        guard let source = sources[language], let start = bodyLocations[language] else { return nil }
        return try TemplateParser.parseBlocks(source, file: file, firstLine: start.line + 1)
    }

    /// The heading in a language as markup: the parsed template, or the literal title.
    public func titleMarkup(_ language: Language) -> [TemplateInline]? {
        titleTemplates[language] ?? title[language].map { [.text($0)] }
    }

    /// The heading in a language for listings: a title that varies with the answers shows each form it can take,
    /// separated by " / " ("Kunskapsinstitutioner / Kunskapsinstitutionen").
    public func readableTitle(_ language: Language) -> String? {
        guard let template = titleTemplates[language] else { return title[language] }
        return Self.forms(of: template).joined(separator: " / ")
    }

    /// Every text a title template can give, in the order of its branches, without repeats.
    private static func forms(of inlines: [TemplateInline]) -> [String] {
        var out = [""]
        for inline in inlines {
            var choices: [String]
            switch inline {
            case .text(let s): choices = [s]
            case .conditional(let branches, let otherwise):
                choices = branches.flatMap { forms(of: $0.content) } + forms(of: otherwise ?? [])
            default: choices = [""]
            }
            out = out.flatMap { prefix in choices.map { prefix + $0 } }
        }
        var seen: Set<String> = []
        return out.filter { seen.insert($0).inserted }
    }

    /// Where the clause's header starts (its `id` key).
    public var location: SourceLocation { keyLocations["id"] ?? SourceLocation(file: file, line: 1, column: 1) }
}
