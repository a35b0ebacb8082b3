/// An agreement laid out for writing, in no particular format: every paragraph with its role, style, numbering,
/// bookmark and runs; tables with their column geometry; the style sheet and page; the list instances and their
/// restarts; the comments; the header and footer. Built once from the model by `LayoutBuilder`; the DOCX and ODF
/// writers serialise it and decide nothing of their own, so the two formats cannot drift apart.
struct LaidOutDocument: Sendable, Equatable {
    /// Styles, lists and page geometry.
    var styles: StyleSheet
    /// The content in reading order.
    var body: [LaidOutBlock]
    /// The index in `body` of the block that starts the first page, which has a header of its own (in ODF its
    /// paragraph or table carries the first page's master page): the first block that is not a page break, since a
    /// break with nothing before it has no page to end. Nil for a body that is empty or only page breaks.
    var firstPageBlock: Int? { body.firstIndex { $0 != .pageBreak } }
    /// The header paragraph of every page but the first.
    var header: LaidOutParagraph
    /// The header paragraph of the first page, which has a header of its own: the title page shows the title, so
    /// the running title is left out there; a draft's first page still carries the draft mark.
    var firstPageHeader: LaidOutParagraph
    /// The footer paragraph of every page, the first included ("Sida 1 av 9" tells the reader of page 1 how many
    /// pages the agreement has, which is how a signed copy is checked for completeness).
    var footer: LaidOutParagraph
    /// The draft watermark behind the text of every page, the first included; nil in a final document.
    var watermark: Watermark? = nil
    /// The drafting notes anchored in the body, in anchor order; empty in a final document.
    var comments: [LaidOutComment]
    /// Every list instance, in order of first use; lists refer to them by index.
    var listInstances: [ListInstance]
    /// The number and bookmark of every clause and annex, by id.
    var numbers: [String: ClauseNumber]
    /// The document's BCP 47 language tag, language and country (`sv-SE`, `sv`, `SE`).
    var languageTag: String
    var languageCode: String
    var countryCode: String
    /// The lists whose one shared instance every document has, at these indices of `listInstances`, in this order;
    /// instances that restart their counting follow.
    static let sharedLists: [ListID] = [.clauses, .parties, .annexes, .bullets]

    /// The index of a list's shared instance, if it has one.
    static func sharedInstance(_ list: ListID) -> Int? { sharedLists.firstIndex(of: list) }

    /// Word's decimal and list separators for the language ("," and ";" in Swedish).
    var decimalSymbol: String
    var listSeparator: String
    /// The look of a firm's reference document for the format being written, if one was given.
    var firm: FirmLook? = nil
    /// The author of the tracked changes of a redline (`ChangeMark`); nil in a plain document, which has none.
    var changeAuthor: String? = nil
}

/// A tracked change of a redline: an insertion or a deletion, with the id that is unique in the document.
struct ChangeMark: Sendable, Equatable {
    /// Inserted or deleted.
    enum Kind: Sendable, Equatable { case insertion, deletion }

    var kind: Kind
    /// Unique among the changes of the document, from 1.
    var id: Int
}

/// A block of laid-out content.
enum LaidOutBlock: Sendable, Equatable {
    case paragraph(LaidOutParagraph)
    /// A numbered or bulleted list: the parties, the annex entries, a list of the text.
    case list(LaidOutList)
    case table(LaidOutTable)
    /// Content side by side in the columns of a borderless table (a parallel document's two languages).
    case columns(LaidOutColumns)
    /// The next content starts a new page.
    case pageBreak
}

/// Content in columns side by side: a table of the `parallel` table style whose cells hold any blocks but page
/// breaks. A parallel document has one row per clause or sub-clause, the main language left, the second right.
struct LaidOutColumns: Sendable, Equatable {
    /// The column widths, which add up to the text width.
    var columns: [Length]
    var rows: [LaidOutColumnsRow]
    /// Where in the agreement the columns come from.
    var origin: String

    /// The width of all columns together.
    var width: Length { columns.reduce(.zero, +) }
}

/// A row of columns: one list of blocks per column.
struct LaidOutColumnsRow: Sendable, Equatable {
    var cells: [[LaidOutBlock]]
}

/// What a paragraph is, whatever its look.
enum ParagraphRole: Sendable, Equatable {
    case title, subtitle
    /// Running text outside clauses.
    case body
    case clauseHeading(level: Int)
    /// The numbered first paragraph of a clause without a heading.
    case clauseText(level: Int)
    /// An unnumbered paragraph inside a clause.
    case clauseBody(level: Int)
    case party
    case annexesHeading
    case annexEntry
    /// The heading of an annex's text or cover page: "Bilaga 2 – Budget".
    case annexTitle
    /// The sentence on the cover page of an annex attached separately.
    case annexCover
    /// An item of a list of the text, at nesting level 0, 1, …
    case listItem(level: Int)
    case tableCell(header: Bool)
    case signatureLine
    case header, footer
}

/// A paragraph ready to write.
struct LaidOutParagraph: Sendable, Equatable {
    var role: ParagraphRole
    var style: ParagraphStyleID
    /// The list instance and level that number it, if numbered.
    var numbering: ListItemNumber?
    /// A start indent and hanging first line that override the style (a list item inside a clause).
    var indent: Indent?
    /// The bookmark around the content, for cross-references.
    var bookmark: String?
    var content: [LaidOutInline]
    /// Where in the agreement the paragraph comes from, for error messages ("clause 'a' heading").
    var origin: String
    /// In a redline, the paragraph mark inserted or deleted: the whole paragraph is new or gone (its content is then
    /// one `LaidOutInline.change` of the same kind).
    var change: ChangeMark? = nil
}

/// A start indent and how far the first line hangs out of it.
struct Indent: Sendable, Equatable {
    var start: Length
    var hanging: Length
}

/// A paragraph's place in a list: which instance and which level (0 outermost).
struct ListItemNumber: Sendable, Equatable {
    /// The index into `LaidOutDocument.listInstances`.
    var instance: Int
    var level: Int
    /// Whether the list's numbering starts again at 1 here (the first clause of an annex's text). Word restarts
    /// with the instance; ODF needs it said on the heading.
    var restarts = false
}

/// One use of a list definition. Lists that continue the same numbering share an instance; a list that starts
/// again at its first number has its own.
struct ListInstance: Sendable, Equatable {
    /// The list it numbers with.
    var list: ListID
    /// Whether this is the list's one shared instance, which continues from one use to the next; an instance that
    /// is not shared starts counting again at its first number.
    var isShared: Bool
    /// The column of a parallel document whose list it is: 0 (the left column, and every one-language document)
    /// numbers with the style sheet's `lists`, 1 (the right column) with its `columnLists` where it has one, a
    /// definition of its own (`StyleSheet.list(_:column:)`).
    var column = 0
}

/// A list in the text, with its items and nested lists.
struct LaidOutList: Sendable, Equatable {
    /// The index into `LaidOutDocument.listInstances`.
    var instance: Int
    /// The clause level the list sits in (0 outside clauses): its levels start at that clause's text.
    var clauseLevel: Int
    /// The number its first item shows, when the list (re)starts counting there.
    var startValue: Int?
    var items: [LaidOutListItem]
}

/// One item of a list.
struct LaidOutListItem: Sendable, Equatable {
    var paragraph: LaidOutParagraph
    /// A list nested under the item.
    var children: LaidOutList?
}

/// A table with its geometry resolved.
struct LaidOutTable: Sendable, Equatable {
    var kind: TableKind
    /// From the left margin to the table's left edge.
    var indent: Length
    /// The column widths, which add up to the table width.
    var columns: [Length]
    /// The header row, repeated on each page.
    var header: LaidOutRow?
    var rows: [LaidOutRow]
    /// Where in the agreement the table comes from.
    var origin: String

    /// The table width.
    var width: Length { columns.reduce(.zero, +) }
}

/// A row of cells; each cell holds one or more paragraphs.
struct LaidOutRow: Sendable, Equatable {
    var cells: [[LaidOutParagraph]]
    /// In a redline, the row inserted or deleted as a whole.
    var change: ChangeMark? = nil
}

/// Laid-out running text. User text is literal in `text`: tabs and line feeds are kept, never read as markup.
indirect enum LaidOutInline: Sendable, Equatable {
    case text(String)
    /// Content in a character style; spans nest.
    case span(CharacterStyleID, [LaidOutInline])
    /// A live cross-reference: a field that shows the target's number, with its result already right.
    case reference(LaidOutReference)
    /// The anchor of comment `n` (an index into `LaidOutDocument.comments`).
    case comment(Int)
    case lineBreak
    /// The current page number.
    case pageNumber
    /// The number of pages.
    case pageCount
    /// Content inserted or deleted, in a redline.
    case change(ChangeMark, [LaidOutInline])
}

/// A cross-reference field.
struct LaidOutReference: Sendable, Equatable {
    /// The bookmark it points at.
    var bookmark: String
    /// Whether it shows a clause number ("7.2") or an annex label ("Bilaga 2").
    var kind: ClauseNumber.Kind
    /// The text the field shows.
    var result: String
}

/// A drafting note as a comment.
struct LaidOutComment: Sendable, Equatable {
    var author: String
    /// The note's paragraphs.
    var paragraphs: [String]
}

/// The draft watermark: a word in large light grey letters across the middle of every page, behind the text. The
/// headers carry it (every page has one), so each format repeats it on every page without a body anchor.
struct Watermark: Sendable, Equatable {
    /// The word ("UTKAST", "DRAFT", "UDKAST").
    var text: String
    /// The font of its letters.
    var font: String
    /// The font size of its letters.
    var size: Length
    var colour: Colour
    /// The box the word is centred in, before it is turned.
    var width: Length
    var height: Length
    /// How far the box is turned anticlockwise, in degrees (45: from the bottom left up to the top right).
    var angle: Int
    /// The centre of the box, measured from the page's top left corner (the middle of the page).
    var centreX: Length
    var centreY: Length
}
