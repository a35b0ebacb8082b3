/// Who made a redline's tracked changes and when, as WordprocessingML writes them on `w:ins` and `w:del`.
struct DOCXRevision {
    /// `w:author`.
    var author: String
    /// `w:date`, `YYYY-MM-DDTHH:MM:SSZ`.
    var date: String

    /// The revision of a laid-out document's changes, dated `date`; nil for a document without changes.
    init?(_ document: LaidOutDocument, date: String) {
        guard let author = document.changeAuthor else { return nil }
        self.author = author
        self.date = date
    }

    /// `w:ins` or `w:del`.
    static func element(_ mark: ChangeMark) -> String { mark.kind == .insertion ? "w:ins" : "w:del" }

    /// Writes an empty `w:ins` or `w:del` for a mark (on a paragraph mark or a table row).
    func write(_ mark: ChangeMark, to xml: XMLWriter) throws {
        try xml.element(Self.element(mark), ["w:id": String(mark.id), "w:author": author, "w:date": date])
    }

    /// Writes `w:ins` or `w:del` around content.
    func write(_ mark: ChangeMark, to xml: XMLWriter, content: () throws -> Void) throws {
        try xml.element(Self.element(mark), ["w:id": String(mark.id), "w:author": author, "w:date": date]) {
            try content()
        }
    }
}
