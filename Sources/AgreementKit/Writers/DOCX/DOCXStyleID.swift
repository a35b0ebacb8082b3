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
        default: return style.displayName.replacingOccurrences(of: " ", with: "")
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
        default: return style.displayName.replacingOccurrences(of: " ", with: "")
        }
    }

    /// The name of a character style.
    static func name(_ style: CharacterStyleID) -> String {
        style == .annotationReference ? "annotation reference" : style.displayName
    }

    /// The id of a table style.
    static func id(_ kind: TableKind) -> String { kind.displayName.replacingOccurrences(of: " ", with: "") }
}
