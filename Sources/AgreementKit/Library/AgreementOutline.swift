/// The ordered outline of one agreement type (`clauses/agreements/*.yaml`).
public struct AgreementOutline: Sendable, Equatable {
    /// The agreement type id (`opi`).
    public var id: String
    /// The outline version.
    public var version: SemanticVersion
    /// The agreement title per language.
    public var title: Localized<String>
    /// Where the parties come from.
    public var parties: [PartySource]
    /// The entries, in document order.
    public var items: [OutlineItem]
    /// The file path.
    public var file: String
    /// The date question whose answer is the agreement date (`date: agreement_date`), if any.
    public var dateQuestion: String?
    /// The choice question (options `electronic` and `paper`) that decides the sentence before the signatures
    /// (`signing: signing_method`), if any.
    public var signingQuestion: String?
    /// Where the outline names the date question (the value of `date:`), when read from a file.
    public var dateQuestionLocation: SourceLocation?
    /// Where the outline names the signing question (the value of `signing:`), when read from a file.
    public var signingQuestionLocation: SourceLocation?

    /// Creates an outline.
    public init(
        id: String, version: SemanticVersion, title: Localized<String>, parties: [PartySource], items: [OutlineItem],
        file: String, dateQuestion: String? = nil, signingQuestion: String? = nil,
        dateQuestionLocation: SourceLocation? = nil, signingQuestionLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.parties = parties
        self.items = items
        self.file = file
        self.dateQuestion = dateQuestion
        self.signingQuestion = signingQuestion
        self.dateQuestionLocation = dateQuestionLocation
        self.signingQuestionLocation = signingQuestionLocation
    }
}
