/// The names of the parts in a DOCX package and the fixed relationship ids that point at them.
enum DOCXPartName {
    static let contentTypes = "[Content_Types].xml"
    static let packageRelationships = "_rels/.rels"
    static let coreProperties = "docProps/core.xml"
    static let appProperties = "docProps/app.xml"
    static let customProperties = "docProps/custom.xml"
    static let document = "word/document.xml"
    static let styles = "word/styles.xml"
    static let numbering = "word/numbering.xml"
    static let settings = "word/settings.xml"
    static let fontTable = "word/fontTable.xml"
    static let header = "word/header1.xml"
    static let footer = "word/footer1.xml"
    static let firstPageHeader = "word/header2.xml"
    static let firstPageFooter = "word/footer2.xml"
    static let comments = "word/comments.xml"
    static let documentRelationships = "word/_rels/document.xml.rels"

    /// The relationships part of the part `name` (`word/_rels/header1.xml.rels`).
    static func relationships(of name: String) -> String {
        guard let slash = name.lastIndex(of: "/") else { return "_rels/\(name).rels" }
        return "\(name[..<slash])/_rels/\(name[name.index(after: slash)...]).rels"
    }

    /// Relationship ids in `word/_rels/document.xml.rels`; the body's `w:sectPr` refers to the header and footer.
    enum DocumentRelationshipID {
        static let styles = "rId1"
        static let numbering = "rId2"
        static let settings = "rId3"
        static let fontTable = "rId4"
        static let header = "rId5"
        static let footer = "rId6"
        static let comments = "rId7"
        static let firstPageHeader = "rId8"
        static let firstPageFooter = "rId9"
    }
}
