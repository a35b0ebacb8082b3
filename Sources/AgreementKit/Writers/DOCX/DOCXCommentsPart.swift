import Foundation

/// Writes `word/comments.xml`: one `w:comment` per drafting note, its paragraphs in the "Comment Text" style, the
/// first starting with the comment mark. The date is the render timestamp, so output stays reproducible.
struct DOCXCommentsPart {
    let comments: [DOCXComment]
    let options: RenderOptions

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        let runs = DOCXTextRunWriter(xml: xml)
        try xml.element("w:comments", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            for comment in comments {
                xml.origin = "drafting note \(comment.id + 1)"
                try xml.element(
                    "w:comment",
                    [
                        "w:id": String(comment.id), "w:author": comment.author, "w:date": options.iso8601,
                        "w:initials": comment.initials,
                    ]
                ) {
                    for (index, text) in comment.paragraphs.enumerated() {
                        try xml.element("w:p") {
                            try DOCXParagraphProperties(style: DOCXStyleID.commentText).write(to: xml)
                            if index == 0 {
                                try xml.element("w:r") {
                                    try DOCXRunProperties(style: DOCXStyleID.commentReference).write(to: xml)
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
}
