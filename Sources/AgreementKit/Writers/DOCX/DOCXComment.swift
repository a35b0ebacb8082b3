/// A drafting note the body anchored as a comment, waiting to be written into `word/comments.xml`.
struct DOCXComment {
    /// The `w:id` shared by the comment and its anchor in the body (0, 1, 2 … in document order).
    let id: Int
    /// Who wrote the note.
    let author: String
    /// The author's initials, derived from the name ("opi-agreement" → "OA").
    let initials: String
    /// The note text, one entry per paragraph.
    let paragraphs: [String]

    /// Creates the comment for a note.
    init(id: Int, note: DraftingNote, vocabulary: Vocabulary) {
        self.id = id
        let author = note.author.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.defaultNoteAuthor
        self.author = author
        self.initials = DOCXComment.initials(of: author)
        var paragraphs: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in note.text.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && !previousWasCR) {
                paragraphs.append(current)
                current = ""
            } else if scalar != "\n" {
                current.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        paragraphs.append(current)
        self.paragraphs = paragraphs
    }

    /// The first letter of each word of a name (words split at spaces, hyphens and dots), upper-cased, at most four.
    static func initials(of name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." || $0 == "\t" })
        let letters = words.compactMap { $0.first }.prefix(4)
        return String(letters).uppercased()
    }
}
