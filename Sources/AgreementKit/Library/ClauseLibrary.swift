/// A whole clause library: manifest, questionnaire, terms, outlines and clause files.
public struct ClauseLibrary: Sendable, Equatable {
    /// The library name.
    public var name: String
    /// The library version, stored in generated documents.
    public var version: SemanticVersion
    /// The languages every clause and term must have.
    public var languages: [Language]
    /// The questions.
    public var questionnaire: Questionnaire
    /// The defined terms by id.
    public var terms: [String: TermDefinition]
    /// The agreement outlines by id.
    public var outlines: [String: AgreementOutline]
    /// The clause files, sorted by id.
    public var clauses: [ClauseFile]
    /// The library folder.
    public var root: String

    /// Creates a library.
    public init(
        name: String, version: SemanticVersion, languages: [Language], questionnaire: Questionnaire,
        terms: [String: TermDefinition], outlines: [String: AgreementOutline], clauses: [ClauseFile], root: String
    ) {
        self.name = name
        self.version = version
        self.languages = languages
        self.questionnaire = questionnaire
        self.terms = terms
        self.outlines = outlines
        self.clauses = clauses
        self.root = root
    }

    /// Throws when the library has no text in `language`: the one check of a language every command makes before it
    /// shows or assembles the library's text in it (`clauses list` and `show`, `questions`, `interview`, and the
    /// assembler behind `build`, `explain`, `batch` and `compare`), with the one message naming the languages the
    /// library has, located at `file` (the agreement type's outline for the assembler), else at the library folder.
    public func requireLanguage(_ language: Language, file: String? = nil) throws(DiagnosticError) {
        guard !languages.contains(language) else { return }
        throw DiagnosticError(
            Message(
                .buildNoLanguage,
                [
                    "language": .text(language.rawValue),
                    "languages": .text(languages.map(\.rawValue).joined(separator: ", ")),
                ]),
            file: file ?? root)
    }

    /// The clause file with this id.
    public func clause(_ id: String) -> ClauseFile? { clauses.first { $0.id == id } }

    /// The clauses of an alternative slot, in file-name order.
    public func slot(_ id: String) -> [ClauseFile] { clauses.filter { $0.slot == id } }
}
