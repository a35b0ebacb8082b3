/// A note to the reader of a draft. Writers make it a comment (Word) or annotation (ODF); final documents drop it.
public struct DraftingNote: Sendable, Equatable, Hashable, Codable {
    /// The note text; line feeds separate paragraphs.
    public var text: String
    /// Who wrote the note; "opi-agreement" when nil.
    public var author: String?

    /// Creates a note.
    public init(text: String, author: String? = nil) {
        self.text = text
        self.author = author
    }
}
