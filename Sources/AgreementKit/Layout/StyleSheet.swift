/// The named paragraph styles of an agreement. A firm restyles the document by editing these styles; every output
/// format writes each of them under the same display name.
enum ParagraphStyleID: Sendable, Hashable {
    case normal, title, subtitle, bodyText
    /// The numbered heading of a clause of level 1–9.
    case clauseHeading(Int)
    /// The numbered first paragraph of a clause without a heading, level 1–9.
    case clauseText(Int)
    /// The unnumbered body text of a clause, level 1–9.
    case clauseBody(Int)
    case party, annexHeading, annex, listParagraph, tableText, tableHeading, signature, header, footer
    case annotationText

    /// The name a user sees ("Clause Heading 2").
    var displayName: String {
        switch self {
        case .normal: return "Normal"
        case .title: return "Title"
        case .subtitle: return "Subtitle"
        case .bodyText: return "Body Text"
        case .clauseHeading(let n): return "Clause Heading \(n)"
        case .clauseText(let n): return "Clause Text \(n)"
        case .clauseBody(let n): return "Clause Body \(n)"
        case .party: return "Party"
        case .annexHeading: return "Annex Heading"
        case .annex: return "Annex"
        case .listParagraph: return "List Paragraph"
        case .tableText: return "Table Text"
        case .tableHeading: return "Table Heading"
        case .signature: return "Signature"
        case .header: return "Header"
        case .footer: return "Footer"
        case .annotationText: return "Annotation Text"
        }
    }
}

/// The named character styles.
enum CharacterStyleID: Sendable, Hashable, CaseIterable {
    case emphasis, strong, definition, definedTerm, blank, draftMark, crossReference, annotationReference

    /// The name a user sees ("Defined Term").
    var displayName: String {
        switch self {
        case .emphasis: return "Emphasis"
        case .strong: return "Strong"
        case .definition: return "Definition"
        case .definedTerm: return "Defined Term"
        case .blank: return "Blank"
        case .draftMark: return "Draft Mark"
        case .crossReference: return "Cross Reference"
        case .annotationReference: return "Annotation Reference"
        }
    }
}

/// A colour as six hexadecimal digits, `RRGGBB` in capitals.
struct Colour: Sendable, Hashable {
    /// `RRGGBB`.
    let hex: String
    /// Creates a colour from `RRGGBB`.
    init(_ hex: String) { self.hex = hex.uppercased() }
}

/// Character formatting of a style.
struct TextProperties: Sendable, Equatable {
    var font: String? = nil
    var size: Length? = nil
    var bold = false
    var italic = false
    var capitals = false
    var colour: Colour? = nil
    /// A background behind the text (a highlight).
    var background: Colour? = nil
    /// The BCP 47 language tag (`sv-SE`).
    var language: String? = nil

    /// No formatting.
    init() {}
    init(
        font: String? = nil, size: Length? = nil, bold: Bool = false, italic: Bool = false, capitals: Bool = false,
        colour: Colour? = nil, background: Colour? = nil, language: String? = nil
    ) {
        self.font = font
        self.size = size
        self.bold = bold
        self.italic = italic
        self.capitals = capitals
        self.colour = colour
        self.background = background
        self.language = language
    }
}

/// How a paragraph's lines are aligned.
enum Alignment: String, Sendable, Equatable {
    case start, centre, end, justified
}

/// What kind of paragraph style a style is, for the style lists of office programs.
enum StyleCategory: String, Sendable, Equatable {
    /// Running text.
    case text
    /// Titles and headings of the document.
    case chapter
    /// Headers, footers and comments.
    case extra
}

/// A named paragraph style.
struct ParagraphStyle: Sendable, Equatable {
    var id: ParagraphStyleID
    var basedOn: ParagraphStyleID?
    var next: ParagraphStyleID?
    var category: StyleCategory = .text
    /// The level in the document outline (1 for a top-level heading), if a heading.
    var outlineLevel: Int?
    /// The list and level that number every paragraph of this style.
    var numbering: ListLevelRef?
    var keepWithNext = false
    var keepTogether = false
    var spaceBefore: Length?
    var spaceAfter: Length?
    /// The start indent of an unnumbered style (numbered styles take theirs from their list level).
    var indentStart: Length?
    var alignment: Alignment?
    /// A right-aligned tab stop at this position.
    var rightTab: Length?
    var text = TextProperties()
    /// Where office programs list the style among their quick styles (lower first); nil for the default.
    var priority: Int?
    /// Whether the style is offered in the style gallery.
    var isQuickStyle = true
}

/// A named character style.
struct CharacterStyle: Sendable, Equatable {
    var id: CharacterStyleID
    var text: TextProperties
    var priority: Int?
    var isQuickStyle = true
}

/// The space around a table cell's content.
struct CellPadding: Sendable, Equatable {
    var top: Length
    var bottom: Length
    var start: Length
    var end: Length
}

/// The look of a kind of table.
enum TableKind: Sendable, Hashable {
    /// A table of the agreement's content, with borders and a shaded header row.
    case agreement
    /// The signature table: no borders, two signatures a row.
    case signatures
    /// The columns of a parallel document: no borders, one language a column; only such documents have it.
    case parallel

    /// The name a user sees.
    var displayName: String {
        switch self {
        case .agreement: return "Agreement Table"
        case .signatures: return "Signature Table"
        case .parallel: return "Parallel Table"
        }
    }
}

/// A table style.
struct TableStyle: Sendable, Equatable {
    var kind: TableKind
    /// The width of the black line around every cell; nil for no border.
    var border: Length?
    var cellPadding: CellPadding
    /// The shade of the header row, if any.
    var headerBackground: Colour?
    /// Whether a row is never split across pages.
    var keepRowsTogether: Bool
    /// Space above and below the table.
    var spaceBefore: Length
    var spaceAfter: Length
}

/// The lists of the agreement. Each is defined once with its levels; a list in the document is an instance of one.
enum ListID: Sendable, Hashable {
    /// 1 / 1.1 / 1.1.1, bound to the clause heading styles.
    case clauses
    /// (1), (2) for the parties.
    case parties
    /// "Bilaga 1" / "Annex 1".
    case annexes
    /// Bulleted lists.
    case bullets
    /// (a) / (i) / (A) lists.
    case numbered
}

/// A list and one of its levels (0 for the outermost).
struct ListLevelRef: Sendable, Hashable {
    var list: ListID
    var level: Int
}

/// How a list level numbers its items.
enum NumberFormat: Sendable, Equatable {
    case decimal, lowerLetter, lowerRoman, upperLetter
    /// A bullet with this character.
    case bullet(String)
}

/// One level of a list: its label and where the label and the text start.
struct ListLevel: Sendable, Equatable {
    var format: NumberFormat
    /// Text before the number ("(", "Bilaga ").
    var prefix = ""
    /// Text after the number (")").
    var suffix = ""
    /// How many levels the label shows: 3 shows "1.2.3" at the third level.
    var displayLevels = 1
    /// Where the label starts, from the left edge of the text area.
    var labelAt: Length
    /// Where the text starts.
    var textAt: Length
    /// The paragraph style bound to this level, if any.
    var style: ParagraphStyleID?
}

/// A list definition.
struct ListDefinition: Sendable, Equatable {
    var id: ListID
    /// The levels, outermost first.
    var levels: [ListLevel]

    /// The same list with every level moved `offset` to the right (a list inside a clause starts at its text).
    func shifted(by offset: Length) -> ListDefinition {
        var copy = self
        for i in copy.levels.indices {
            copy.levels[i].labelAt = copy.levels[i].labelAt + offset
            copy.levels[i].textAt = copy.levels[i].textAt + offset
        }
        return copy
    }
}

/// Every style, list definition and the page of an agreement: decided here once, written by every format.
struct StyleSheet: Sendable, Equatable {
    /// The number of levels of every list, and of clause nesting.
    static let listLevels = 9

    var page: PageGeometry
    /// Font, size and language of all text unless a style says otherwise.
    var defaultText: TextProperties
    /// The space after a paragraph unless a style says otherwise (and none before).
    var defaultSpaceAfter: Length
    var paragraphStyles: [ParagraphStyle]
    var characterStyles: [CharacterStyle]
    var tableStyles: [TableStyle]
    var lists: [ListDefinition]
    /// The right column's own list definitions in a parallel document (its clause numbering, bound to no
    /// paragraph style, and its annex list, labelled in its language); empty for one language.
    var columnLists: [ListDefinition] = []

    /// The paragraph style with this id.
    func paragraphStyle(_ id: ParagraphStyleID) -> ParagraphStyle? { paragraphStyles.first { $0.id == id } }
    /// The table style of this kind.
    func tableStyle(_ kind: TableKind) -> TableStyle { tableStyles.first { $0.kind == kind }! }
    /// The font of all text.
    var bodyFont: String { defaultText.font ?? "Times New Roman" }
    /// The list definition with this id.
    func list(_ id: ListID) -> ListDefinition { lists.first { $0.id == id }! }
    /// The list definition a list instance numbers with: in column 1 its own, when it has one.
    func list(_ id: ListID, column: Int) -> ListDefinition {
        column == 1 ? columnLists.first { $0.id == id } ?? list(id) : list(id)
    }
    /// The definition of a list instance.
    func list(_ instance: ListInstance) -> ListDefinition { list(instance.list, column: instance.column) }

    /// The agreement's style sheet: Times New Roman 11 pt in the document's language, legal clause numbering.
    /// `annexWord` is the label before an annex number ("Bilaga"); `page` is the page (a firm's, or the default).
    static func standard(languageTag: String, annexWord: String, page: PageGeometry = PageGeometry()) -> StyleSheet {
        let font = "Times New Roman"
        var paragraphs: [ParagraphStyle] = []
        func add(_ style: ParagraphStyle) { paragraphs.append(style) }
        add(ParagraphStyle(id: .normal, priority: nil))
        add(
            ParagraphStyle(
                id: .title, basedOn: .normal, next: .subtitle, category: .chapter, keepWithNext: true,
                spaceBefore: .zero, spaceAfter: .pt(12), alignment: .centre,
                text: TextProperties(size: .pt(16), bold: true),
                priority: 10))
        add(
            ParagraphStyle(
                id: .subtitle, basedOn: .normal, next: .bodyText, category: .chapter, keepWithNext: true,
                spaceBefore: .zero, spaceAfter: .pt(24), alignment: .centre, text: TextProperties(size: .pt(13)),
                priority: 11))
        add(ParagraphStyle(id: .bodyText, basedOn: .normal))
        for level in 1...listLevels {
            add(
                ParagraphStyle(
                    id: .clauseHeading(level), basedOn: .normal, next: .clauseBody(level), outlineLevel: level,
                    numbering: ListLevelRef(list: .clauses, level: level - 1), keepWithNext: true, keepTogether: true,
                    spaceBefore: level == 1 ? .pt(18) : .pt(12), spaceAfter: .pt(6),
                    text: TextProperties(size: level == 1 ? .pt(12) : nil, bold: true), priority: 9))
        }
        for level in 1...listLevels {
            add(
                ParagraphStyle(
                    id: .clauseText(level), basedOn: .normal, next: .clauseBody(level),
                    numbering: ListLevelRef(list: .clauses, level: level - 1)))
        }
        for level in 1...listLevels {
            add(
                ParagraphStyle(
                    id: .clauseBody(level), basedOn: .normal, next: .clauseBody(level),
                    indentStart: page.clauseTextIndent(level: level)))
        }
        add(ParagraphStyle(id: .party, basedOn: .normal, numbering: ListLevelRef(list: .parties, level: 0)))
        add(
            ParagraphStyle(
                id: .annexHeading, basedOn: .normal, next: .annex, keepWithNext: true, keepTogether: true,
                spaceBefore: .pt(18), text: TextProperties(size: .pt(12), bold: true)))
        add(
            ParagraphStyle(
                id: .annex, basedOn: .normal, numbering: ListLevelRef(list: .annexes, level: 0), spaceAfter: .pt(3)))
        add(ParagraphStyle(id: .listParagraph, basedOn: .normal, spaceAfter: .pt(3), priority: 34))
        add(ParagraphStyle(id: .tableText, basedOn: .normal, spaceBefore: .pt(2), spaceAfter: .pt(2)))
        add(
            ParagraphStyle(
                id: .tableHeading, basedOn: .tableText, keepWithNext: true, text: TextProperties(bold: true)))
        add(
            ParagraphStyle(
                id: .signature, basedOn: .normal, keepTogether: true, spaceBefore: .zero, spaceAfter: .zero))
        add(
            ParagraphStyle(
                id: .header, basedOn: .normal, category: .extra, spaceBefore: .zero, spaceAfter: .zero,
                rightTab: page.textWidth, text: TextProperties(size: .pt(9)), priority: 99, isQuickStyle: false))
        add(
            ParagraphStyle(
                id: .footer, basedOn: .normal, category: .extra, spaceBefore: .zero, spaceAfter: .zero,
                alignment: .centre, text: TextProperties(size: .pt(9)), priority: 99, isQuickStyle: false))
        add(
            ParagraphStyle(
                id: .annotationText, basedOn: .normal, category: .extra, spaceBefore: .zero, spaceAfter: .zero,
                text: TextProperties(size: .pt(10)), priority: 99, isQuickStyle: false))

        let characters: [CharacterStyle] = [
            CharacterStyle(id: .emphasis, text: TextProperties(italic: true), priority: 20),
            CharacterStyle(id: .strong, text: TextProperties(bold: true), priority: 22),
            CharacterStyle(id: .definition, text: TextProperties(bold: true)),
            CharacterStyle(id: .definedTerm, text: TextProperties()),
            CharacterStyle(id: .blank, text: TextProperties(background: Colour("FFFF00"))),
            CharacterStyle(id: .draftMark, text: TextProperties(bold: true, capitals: true, colour: Colour("C00000"))),
            CharacterStyle(id: .crossReference, text: TextProperties()),
            CharacterStyle(
                id: .annotationReference, text: TextProperties(size: .pt(8)), priority: 99, isQuickStyle: false),
        ]

        let cellSide = Length.pt(5.4)
        let tables = [
            TableStyle(
                kind: .agreement, border: .pt(0.5),
                cellPadding: CellPadding(top: .zero, bottom: .zero, start: cellSide, end: cellSide),
                headerBackground: Colour("E6E6E6"), keepRowsTogether: true, spaceBefore: .cm(0.1), spaceAfter: .pt(6)),
            TableStyle(
                kind: .signatures, border: nil,
                cellPadding: CellPadding(top: .zero, bottom: .cm(1), start: cellSide, end: cellSide),
                headerBackground: nil, keepRowsTogether: true, spaceBefore: .cm(0.1), spaceAfter: .pt(6)),
        ]

        let clauseLevels = (1...listLevels).map { level in
            ListLevel(
                format: .decimal, displayLevels: level, labelAt: page.clauseNumberPosition(level: level),
                textAt: page.clauseTextIndent(level: level), style: .clauseHeading(level))
        }
        let bullets = ["\u{2022}", "\u{2013}", "\u{25AA}"]
        let bulletLevels = (0..<listLevels).map { i in
            ListLevel(
                format: .bullet(bullets[i % bullets.count]), labelAt: page.listStep * i,
                textAt: page.listStep * (i + 1))
        }
        let formats: [NumberFormat] = [.lowerLetter, .lowerRoman, .upperLetter]
        let numberedLevels = (0..<listLevels).map { i in
            ListLevel(
                format: formats[i % formats.count], prefix: "(", suffix: ")", labelAt: page.listStep * i,
                textAt: page.listStep * (i + 1))
        }
        let lists = [
            ListDefinition(id: .clauses, levels: clauseLevels),
            ListDefinition(
                id: .parties,
                levels: [
                    ListLevel(
                        format: .decimal, prefix: "(", suffix: ")", labelAt: .zero,
                        textAt: page.partyIndent, style: .party)
                ]),
            ListDefinition(
                id: .annexes,
                levels: [
                    ListLevel(
                        format: .decimal, prefix: annexWord + " ", labelAt: .zero,
                        textAt: page.annexIndent, style: .annex)
                ]),
            ListDefinition(id: .bullets, levels: bulletLevels),
            ListDefinition(id: .numbered, levels: numberedLevels),
        ]
        return StyleSheet(
            page: page, defaultText: TextProperties(font: font, size: .pt(11), language: languageTag),
            defaultSpaceAfter: .pt(6), paragraphStyles: paragraphs, characterStyles: characters,
            tableStyles: tables, lists: lists)
    }
}

extension StyleSheet {
    /// The style sheet with the parallel table style added: borderless columns with a gap between them and a
    /// little space under each row; a row may split across pages (a clause can be long).
    func withParallelTable() -> StyleSheet {
        var sheet = self
        let side = Length.pt(5.4)
        sheet.tableStyles.append(
            TableStyle(
                kind: .parallel, border: nil,
                cellPadding: CellPadding(top: .zero, bottom: .pt(4), start: side, end: side),
                headerBackground: nil, keepRowsTogether: false, spaceBefore: .zero, spaceAfter: .zero))
        return sheet
    }
}
