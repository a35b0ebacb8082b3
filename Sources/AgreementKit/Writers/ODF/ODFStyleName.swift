/// A named (common) style: the name a firm sees in the style list and the encoded `style:name` that ODF requires.
///
/// `style:name` must be an XML NCName, so each space becomes `_20_` as LibreOffice writes it
/// ("Clause Heading 1" → `Clause_20_Heading_20_1`); `style:display-name` keeps the readable name.
struct ODFStyleName: Sendable, Equatable {
    /// The encoded name used in `style:name` and every reference to the style.
    let name: String
    /// The name shown to users, the same as the DOCX style name.
    let display: String

    /// Creates a style name from its display name (letters, digits and spaces only).
    init(_ display: String) {
        self.display = display
        self.name = display.replacingOccurrences(of: " ", with: "_20_")
    }

    /// Whether the encoded name differs from the display name, so `style:display-name` must be written.
    var needsDisplayName: Bool { name != display }

    /// Writes `style:name` and, when needed, `style:display-name` on the element just opened.
    func writeNameAttributes(_ xml: XMLWriter) throws {
        try xml.attribute("style:name", name)
        if needsDisplayName { try xml.attribute("style:display-name", display) }
    }

    // MARK: Paragraph styles

    static let standard = ODFStyleName("Standard")
    static let bodyText = ODFStyleName("Body Text")
    static let title = ODFStyleName("Title")
    static let subtitle = ODFStyleName("Subtitle")
    static let party = ODFStyleName("Party")
    static let annexHeading = ODFStyleName("Annex Heading")
    static let annex = ODFStyleName("Annex")
    static let listParagraph = ODFStyleName("List Paragraph")
    static let tableText = ODFStyleName("Table Text")
    static let tableHeading = ODFStyleName("Table Heading")
    static let signature = ODFStyleName("Signature")
    static let header = ODFStyleName("Header")
    static let footer = ODFStyleName("Footer")
    static let annotationText = ODFStyleName("Annotation Text")

    /// The numbered heading of a clause at `level` (1–9).
    static func clauseHeading(_ level: Int) -> ODFStyleName { ODFStyleName("Clause Heading \(level)") }
    /// The numbered first paragraph of a clause without heading at `level`.
    static func clauseText(_ level: Int) -> ODFStyleName { ODFStyleName("Clause Text \(level)") }
    /// The body paragraphs of a clause at `level`.
    static func clauseBody(_ level: Int) -> ODFStyleName { ODFStyleName("Clause Body \(level)") }

    // MARK: Text (character) styles

    static let emphasis = ODFStyleName("Emphasis")
    static let strong = ODFStyleName("Strong")
    static let definition = ODFStyleName("Definition")
    static let definedTerm = ODFStyleName("Defined Term")
    static let blank = ODFStyleName("Blank")
    static let draftMark = ODFStyleName("Draft Mark")
    static let crossReference = ODFStyleName("Cross Reference")

    // MARK: List styles

    static let outline = ODFStyleName("Outline")
    static let partyList = ODFStyleName("Party List")
    static let annexList = ODFStyleName("Annex List")

    /// The list style of a bulleted or numbered list outside clauses (`clauseLevel` 0) or inside a clause at
    /// `clauseLevel`, whose labels start at that clause's body indent.
    static func list(_ kind: ListKind, clauseLevel: Int) -> ODFStyleName {
        let base = kind == .bulleted ? "List Bullet" : "List Number"
        return clauseLevel == 0 ? ODFStyleName(base) : ODFStyleName("Clause \(base) \(clauseLevel)")
    }
}
