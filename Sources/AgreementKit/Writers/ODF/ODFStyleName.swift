/// A named (common) style: the name a firm sees in the style list and the encoded `style:name` that ODF requires.
///
/// `style:name` must be an XML NCName, so each space becomes `_20_` as LibreOffice writes it
/// ("Clause Heading 1" → `Clause_20_Heading_20_1`); `style:display-name` keeps the readable name.
struct ODFStyleName: Sendable, Equatable, Hashable {
    /// The encoded name used in `style:name` and every reference to the style.
    let name: String
    /// The name shown to users, the same as the DOCX style name.
    let display: String

    /// Creates a style name from its display name (letters, digits and spaces only).
    init(_ display: String) {
        self.display = display
        self.name = display.split(separator: " ", omittingEmptySubsequences: false).joined(separator: "_20_")
    }

    /// Whether the encoded name differs from the display name, so `style:display-name` must be written.
    var needsDisplayName: Bool { name != display }

    /// Writes `style:name` and, when needed, `style:display-name` on the element just opened.
    func writeNameAttributes(_ xml: XMLWriter) throws {
        try xml.attribute("style:name", name)
        if needsDisplayName { try xml.attribute("style:display-name", display) }
    }

    /// A paragraph style; the layout's Normal is LibreOffice's "Standard", which every other style builds on.
    init(_ style: ParagraphStyleID) {
        self.init(style == .normal ? "Standard" : style.displayName)
    }

    /// A text (character) style.
    init(_ style: CharacterStyleID) { self.init(style.displayName) }

    /// The list style that numbers clauses: their headings (`text:h`, which the navigator and a table of contents
    /// show) and the numbered first paragraphs of clauses without a heading (`text:p`), in one list.
    static let clauseNumbering = ODFStyleName("Clause Numbering")

    /// The list style of a list at a clause level: the party and annex lists, and the bulleted and numbered lists
    /// outside clauses (`clauseLevel` 0) or inside a clause, whose labels start at that clause's text.
    static func list(_ list: ListID, clauseLevel: Int, column: Int) -> ODFStyleName {
        let name = self.list(list, clauseLevel: clauseLevel)
        return column == 1 && (list == .clauses || list == .annexes) ? ODFStyleName(name.display + " 2") : name
    }

    static func list(_ list: ListID, clauseLevel: Int) -> ODFStyleName {
        switch list {
        case .clauses: return clauseNumbering
        case .parties: return ODFStyleName("Party List")
        case .annexes: return ODFStyleName("Annex List")
        case .bullets, .numbered:
            let base = list == .bullets ? "List Bullet" : "List Number"
            return clauseLevel == 0 ? ODFStyleName(base) : ODFStyleName("Clause \(base) \(clauseLevel)")
        }
    }
}
