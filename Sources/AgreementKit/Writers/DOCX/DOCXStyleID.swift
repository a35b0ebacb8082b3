/// The style ids and names the DOCX writer gives the layout's styles. Word's built-in styles keep Word's own names
/// ("header", "annotation text") so Word maps them to its own; the others are the layout's display names, with
/// the spaces taken out for the id.
enum DOCXStyleID {
    static let normal = "Normal"
    static let defaultParagraphFont = "DefaultParagraphFont"
    static let tableNormal = "TableNormal"

    /// The id of a paragraph style.
    static func id(_ style: ParagraphStyleID) -> String {
        switch style {
        case .annotationText: return "CommentText"
        default: return withoutSpaces(style.displayName)
        }
    }

    /// The name of a paragraph style.
    static func name(_ style: ParagraphStyleID) -> String {
        switch style {
        case .header: return "header"
        case .footer: return "footer"
        case .annotationText: return "annotation text"
        default: return style.displayName
        }
    }

    /// The id of a character style.
    static func id(_ style: CharacterStyleID) -> String {
        switch style {
        case .annotationReference: return "CommentReference"
        default: return withoutSpaces(style.displayName)
        }
    }

    /// The name of a character style.
    static func name(_ style: CharacterStyleID) -> String {
        style == .annotationReference ? "annotation reference" : style.displayName
    }

    /// The id of a table style.
    static func id(_ kind: TableKind) -> String { withoutSpaces(kind.displayName) }

    /// A display name with its spaces taken out ("Clause Heading 1" → "ClauseHeading1").
    private static func withoutSpaces(_ name: String) -> String { name.split(separator: " ").joined() }
}
