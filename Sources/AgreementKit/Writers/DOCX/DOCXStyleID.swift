/// The style ids the DOCX writer uses. The styles part defines each one and the body refers to them, so a firm can
/// restyle the document by editing the styles.
enum DOCXStyleID {
    // Paragraph styles.
    static let normal = "Normal"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let bodyText = "BodyText"
    static let party = "Party"
    static let annexHeading = "AnnexHeading"
    static let annex = "Annex"
    static let tableText = "TableText"
    static let tableHeading = "TableHeading"
    static let signature = "Signature"
    static let header = "Header"
    static let footer = "Footer"
    static let listParagraph = "ListParagraph"
    static let commentText = "CommentText"

    // Character styles.
    static let defaultParagraphFont = "DefaultParagraphFont"
    static let definition = "Definition"
    static let definedTerm = "DefinedTerm"
    static let blank = "Blank"
    static let emphasis = "Emphasis"
    static let strong = "Strong"
    static let commentReference = "CommentReference"
    static let draftMark = "DraftMark"

    // Table styles.
    static let tableNormal = "TableNormal"
    static let agreementTable = "AgreementTable"
    static let signatureTable = "SignatureTable"

    /// The numbered heading of a clause of `level` (1–9): "Clause Heading N".
    static func clauseHeading(_ level: Int) -> String { "ClauseHeading\(level)" }
    /// The numbered first paragraph of a clause without heading: "Clause Text N".
    static func clauseText(_ level: Int) -> String { "ClauseText\(level)" }
    /// The unnumbered body text of a clause: "Clause Body N".
    static func clauseBody(_ level: Int) -> String { "ClauseBody\(level)" }
}
