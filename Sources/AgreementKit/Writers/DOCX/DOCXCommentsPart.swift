import Foundation

/// Writes `word/comments.xml`: one `w:comment` per laid-out comment, its paragraphs in the "annotation text"
/// style, the first starting with the comment mark. The date is the render timestamp, so output stays reproducible.
struct DOCXCommentsPart {
    let comments: [LaidOutComment]
    let options: RenderOptions

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        let runs = DOCXTextRunWriter(xml: xml)
        try xml.element("w:comments", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            for (id, comment) in comments.enumerated() {
                xml.origin = "drafting note \(id + 1)"
                try xml.element(
                    "w:comment",
                    [
                        "w:id": String(id), "w:author": comment.author, "w:date": options.iso8601,
                        "w:initials": Self.initials(of: comment.author),
                    ]
                ) {
                    for (index, text) in comment.paragraphs.enumerated() {
                        try xml.element("w:p") {
                            try DOCXParagraphProperties(style: DOCXStyleID.id(.annotationText)).write(to: xml)
                            if index == 0 {
                                try xml.element("w:r") {
                                    try DOCXRunProperties(style: DOCXStyleID.id(.annotationReference)).write(to: xml)
                                    try xml.element("w:annotationRef")
                                }
                            }
                            try runs.text(text)
                        }
                    }
                }
            }
        }
        return try xml.finish()
    }

    /// The first letter of each word of a name (words split at spaces, hyphens and dots), upper-cased, at most four.
    static func initials(of name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "\t" })
        let letters = words.compactMap { $0.first }.prefix(4)
        return String(letters).uppercased()
    }
}
