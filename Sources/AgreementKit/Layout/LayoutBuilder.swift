/// Lays out a validated agreement in one walk: the one place where the look of every paragraph, list and table is
/// decided for every output format.
struct LayoutBuilder {
    /// The agreement.
    let agreement: Agreement
    /// Clause and annex numbers and bookmarks.
    let numbering: DocumentLayout
    /// The style sheet.
    let styles: StyleSheet

    private var vocabulary: Vocabulary { numbering.vocabulary }
    private var isDraft: Bool { agreement.metadata.status == .draft }

    /// The list instances and comments so far; a parallel layout shares them between its two columns.
    var instances: [ListInstance]
    var comments: [LaidOutComment] = []
    /// The list instance that numbers the agreement's clauses, and the one of the annex list: the shared ones, or
    /// in the right column of a parallel document instances of its own.
    var clauseInstance = LaidOutDocument.sharedInstance(.clauses)!
    var annexListInstance = LaidOutDocument.sharedInstance(.annexes)!
    /// The width tables of the text may take (less the clause indent): the page's text width, or a column's.
    var textWidth: Length
    /// The vocabulary of the other column of a parallel document: the party and signature blocks, written once,
    /// give their labels in both languages ("Ort och datum / Place and date").
    var secondVocabulary: Vocabulary?
    /// The column of a parallel document this builder lays out (1 for the right), which its new list instances
    /// carry (`ListInstance.column`).
    var column = 0
    private var partyBlockCount = 0
    /// The annex whose text is being laid out, with the clause list instance that numbers it from 1, and whether
    /// its first clause is still to come.
    private var annex: (id: String, instance: Int, first: Bool)?
    /// The annex titles of the annex list, by annex id.
    private let annexTitles: [String: [Inline]]

    /// Creates a builder for the page `page`; every bookmark name starts with `bookmarkPrefix`.
    init(agreement: Agreement, bookmarkPrefix: String = "_opi_", page: PageGeometry = PageGeometry()) {
        self.agreement = agreement
        numbering = DocumentLayout(agreement, bookmarkPrefix: bookmarkPrefix)
        let vocabulary = numbering.vocabulary
        styles = StyleSheet.standard(
            languageTag: vocabulary.languageTag, annexWord: vocabulary.annexWord, page: page)
        textWidth = styles.page.textWidth
        instances = LaidOutDocument.sharedLists.map { ListInstance(list: $0, isShared: true) }
        var titles: [String: [Inline]] = [:]
        for case .annexes(let list) in agreement.blocks {
            for annex in list.annexes { titles[annex.id] = annex.title }
        }
        annexTitles = titles
    }

    /// Lays out an agreement on the default page, or with a firm's look on the firm's page.
    static func layOut(_ agreement: Agreement, firm: FirmLook? = nil) -> LaidOutDocument {
        var builder = LayoutBuilder(agreement: agreement, page: firm?.page ?? PageGeometry())
        var document = builder.build()
        document.firm = firm
        if let font = firm?.font { document.watermark?.font = font }
        return document
    }

    /// Builds the laid-out document. Call once.
    mutating func build() -> LaidOutDocument {
        var body: [LaidOutBlock] = []
        for (index, block) in agreement.blocks.enumerated() {
            body += layOut(block, clauseLevel: 0, origin: "block \(index + 1)")
        }
        return LaidOutDocument(
            styles: styles, body: body, header: header(), firstPageHeader: firstPageHeader(), footer: footer(),
            watermark: watermark(), comments: comments,
            listInstances: instances, numbers: numbering.numbers, languageTag: vocabulary.languageTag,
            languageCode: vocabulary.languageCode, countryCode: vocabulary.countryCode,
            decimalSymbol: vocabulary.decimalSymbol, listSeparator: vocabulary.listSeparator)
    }

    // MARK: Header and footer

    /// The title and, in a draft, a tab and the draft mark at the right margin.
    func header() -> LaidOutParagraph {
        var content: [LaidOutInline] = [.text(agreement.metadata.title)]
        if isDraft { content += [.text("\t"), .span(.draftMark, [.text(vocabulary.draftMark)])] }
        return LaidOutParagraph(role: .header, style: .header, content: content, origin: "header (agreement title)")
    }

    /// The first page's header: in a draft the draft mark alone, where every other page shows it (at the right
    /// margin); empty in a final document. A draft also has a watermark (`watermark()`), which the headers carry.
    func firstPageHeader() -> LaidOutParagraph {
        let content: [LaidOutInline] = isDraft ? [.text("\t"), .span(.draftMark, [.text(vocabulary.draftMark)])] : []
        return LaidOutParagraph(role: .header, style: .header, content: content, origin: "first-page header")
    }

    /// A draft's watermark: the draft mark in large light grey letters, turned 45° across the middle of every page,
    /// behind the text; nil in a final document. It is in addition to the mark in the header text, which stays
    /// readable where a reader cannot show shapes.
    func watermark() -> Watermark? {
        guard isDraft else { return nil }
        let page = styles.page
        return Watermark(
            text: vocabulary.draftMark, font: styles.bodyFont, size: .pt(96), colour: Colour("D9D9D9"),
            width: .cm(20), height: .cm(5), angle: 45, centreX: Length(emu: page.pageWidth.emu / 2),
            centreY: Length(emu: page.pageHeight.emu / 2))
    }

    /// "Sida 1 av 3" / "Page 1 of 3".
    func footer() -> LaidOutParagraph {
        LaidOutParagraph(
            role: .footer, style: .footer,
            content: [.text(vocabulary.pageWord + " "), .pageNumber, .text(" " + vocabulary.ofWord + " "), .pageCount],
            origin: "footer")
    }

    // MARK: Blocks

    /// A clause style level within the levels the styles define (the validator rejects deeper clauses).
    private static func styleLevel(_ level: Int) -> Int { min(max(level, 1), StyleSheet.listLevels) }

    private func paragraph(
        _ role: ParagraphRole, _ style: ParagraphStyleID, _ content: [LaidOutInline], origin: String,
        numbering: ListItemNumber? = nil, bookmark: String? = nil, indent: Indent? = nil
    ) -> LaidOutParagraph {
        LaidOutParagraph(
            role: role, style: style, numbering: numbering, indent: indent, bookmark: bookmark, content: content,
            origin: origin)
    }

    /// Lays out one block; `clauseLevel` is the level of the enclosing clause (0 outside clauses).
    mutating func layOut(_ block: Block, clauseLevel: Int, origin: String) -> [LaidOutBlock] {
        switch block {
        case .title(let title):
            var out: [LaidOutBlock] = [.paragraph(paragraph(.title, .title, inlines(title.title), origin: origin))]
            if !title.subtitle.isEmpty {
                out.append(.paragraph(paragraph(.subtitle, .subtitle, inlines(title.subtitle), origin: origin)))
            }
            return out
        case .parties(let block):
            return parties(block)
        case .clause(let clause):
            return self.clause(clause, level: clauseLevel + 1)
        case .paragraph(let content):
            let laid = inlines(content)
            if clauseLevel == 0 { return [.paragraph(paragraph(.body, .bodyText, laid, origin: origin))] }
            let level = Self.styleLevel(clauseLevel)
            return [.paragraph(paragraph(.clauseBody(level: level), .clauseBody(level), laid, origin: origin))]
        case .list(let list):
            return [.list(self.list(list, clauseLevel: clauseLevel, depth: 0, origin: origin))]
        case .table(let table):
            return [.table(self.table(table, clauseLevel: clauseLevel, origin: origin))]
        case .signatures(let block):
            return block.signatures.isEmpty ? [] : [.table(signatures(block, clauseLevel: clauseLevel, origin: origin))]
        case .annexes(let list):
            return annexes(list)
        case .annex(let content):
            return annex(content)
        case .pageBreak:
            return [.pageBreak]
        }
    }

    /// A clause: its numbered heading (or numbered first paragraph) with its bookmark, then its body.
    private mutating func clause(_ clause: Clause, level: Int) -> [LaidOutBlock] {
        var (out, body) = clauseHead(clause, level: level)
        for (index, block) in body.enumerated() {
            out += layOut(block, clauseLevel: level, origin: "clause '\(clause.id)' block \(index + 1)")
        }
        return out
    }

    /// A clause's numbered heading (or numbered first paragraph) with its bookmark, and the rest of its body.
    mutating func clauseHead(_ clause: Clause, level: Int) -> (head: [LaidOutBlock], body: ArraySlice<Block>) {
        let styleLevel = Self.styleLevel(level)
        let bookmark = numbering.number(of: clause.id)?.bookmark
        var number = ListItemNumber(instance: annex?.instance ?? clauseInstance, level: styleLevel - 1)
        if annex?.first == true {
            number.restarts = true
            annex?.first = false
        }
        var body = ArraySlice(clause.body)
        var out: [LaidOutBlock] = []
        if let heading = clause.heading {
            out.append(
                .paragraph(
                    paragraph(
                        .clauseHeading(level: styleLevel), .clauseHeading(styleLevel), inlines(heading),
                        origin: "clause '\(clause.id)' heading", numbering: number, bookmark: bookmark)))
        } else {
            var first: [Inline] = []
            if case .paragraph(let content)? = body.first {
                first = content
                body = body.dropFirst()
            }
            out.append(
                .paragraph(
                    paragraph(
                        .clauseText(level: styleLevel), .clauseText(styleLevel), inlines(first),
                        origin: "clause '\(clause.id)' first paragraph", numbering: number, bookmark: bookmark)))
        }
        return (out, body)
    }

    /// The party block: one numbered "Party" paragraph per party. The first party block uses the shared party list;
    /// a later one gets an instance of its own, so it starts at (1) again.
    mutating func parties(_ block: PartyBlock) -> [LaidOutBlock] {
        partyBlockCount += 1
        let presentation = PartyPresentation(vocabulary: vocabulary, second: secondVocabulary)
        let parties = presentation.parties(of: block, in: agreement.metadata)
        guard !parties.isEmpty else { return [] }
        let instance = partyBlockCount > 1 ? newInstance(.parties) : LaidOutDocument.sharedInstance(.parties)!
        let items = parties.map { party in
            LaidOutListItem(
                paragraph: paragraph(
                    .party, .party, inlines(presentation.entry(party)), origin: "party '\(party.id)'",
                    numbering: ListItemNumber(instance: instance, level: 0)),
                children: nil)
        }
        return [.list(LaidOutList(instance: instance, clauseLevel: 0, startValue: 1, items: items))]
    }

    /// The annex list: an unnumbered heading, then one bookmarked entry per annex, labelled "Bilaga 1" … by the
    /// annex list, which starts at the number of its first annex.
    mutating func annexes(_ list: AnnexList) -> [LaidOutBlock] {
        var out: [LaidOutBlock] = [
            .paragraph(
                paragraph(
                    .annexesHeading, .annexHeading, [.text(vocabulary.annexesHeading)], origin: "annex list"))
        ]
        guard !list.annexes.isEmpty else { return out }
        let instance = annexListInstance
        let items = list.annexes.map { annex in
            LaidOutListItem(
                paragraph: paragraph(
                    .annexEntry, .annex, inlines(annex.title), origin: "annex '\(annex.id)'",
                    numbering: ListItemNumber(instance: instance, level: 0),
                    bookmark: numbering.number(of: annex.id)?.bookmark),
                children: nil)
        }
        let first = list.annexes.first.flatMap { numbering.number(of: $0.id)?.counters.first } ?? 1
        out.append(.list(LaidOutList(instance: instance, clauseLevel: 0, startValue: first, items: items)))
        return out
    }

    /// An annex's text on pages of its own: a page break, the heading "Bilaga 2 – Budget" (its label a live
    /// reference to the annex's entry in the annex list), then the text, whose clauses a clause list instance of
    /// their own numbers from 1. An annex attached separately gets the heading and a sentence saying so.
    private mutating func annex(_ content: AnnexContent) -> [LaidOutBlock] {
        var out: [LaidOutBlock] = [.pageBreak] + annexHeading(content)
        guard let body = content.body else { return out }
        beginAnnex(content)
        for (index, block) in body.enumerated() {
            out += layOut(block, clauseLevel: 0, origin: "annex '\(content.annex)' block \(index + 1)")
        }
        endAnnex()
        return out
    }

    /// An annex's heading, and for an annex attached separately the sentence saying so.
    mutating func annexHeading(_ content: AnnexContent) -> [LaidOutBlock] {
        let origin = "annex '\(content.annex)'"
        var heading: [LaidOutInline] = []
        if let number = numbering.number(of: content.annex) {
            heading.append(
                .reference(
                    LaidOutReference(
                        bookmark: number.bookmark, kind: .annex, result: vocabulary.annexLabel(number.counters[0]))))
        }
        heading.append(.text(vocabulary.annexTitleSeparator))
        heading += inlines(annexTitles[content.annex] ?? [.text(content.annex)])
        var out: [LaidOutBlock] = [
            .paragraph(paragraph(.annexTitle, .annexHeading, heading, origin: "\(origin) heading"))
        ]
        if content.body == nil {
            out.append(
                .paragraph(
                    paragraph(
                        .annexCover, .bodyText, [.text(vocabulary.annexAttachedSeparately)],
                        origin: "\(origin) cover page")))
        }
        return out
    }

    /// Starts laying out an annex's text: its clauses are numbered from 1 by a clause list instance of their own.
    mutating func beginAnnex(_ content: AnnexContent) {
        annex = (content.annex, newInstance(.clauses), true)
    }

    /// Ends an annex's text.
    mutating func endAnnex() {
        annex = nil
    }

    /// A list of the text and its nested lists. Bulleted lists share one instance; every numbered list (nested ones
    /// too) has its own, so it starts at (a). Inside a clause the list starts at the clause's text.
    private mutating func list(_ list: ListBlock, clauseLevel: Int, depth: Int, origin: String) -> LaidOutList {
        let instance = list.kind == .bulleted ? LaidOutDocument.sharedInstance(.bullets)! : newInstance(.numbered)
        let definition = styles.list(list.kind == .bulleted ? .bullets : .numbered)
            .shifted(by: styles.page.clauseTextIndent(level: min(clauseLevel, StyleSheet.listLevels)))
        let level = definition.levels[min(depth, definition.levels.count - 1)]
        let indent = clauseLevel == 0 ? nil : Indent(start: level.textAt, hanging: level.textAt - level.labelAt)
        var items: [LaidOutListItem] = []
        for (index, item) in list.items.enumerated() {
            let itemOrigin = "\(origin), list item \(index + 1)"
            let paragraph = paragraph(
                .listItem(level: depth), .listParagraph, inlines(item.content), origin: itemOrigin,
                numbering: ListItemNumber(instance: instance, level: depth), indent: indent)
            let children = item.children.map {
                self.list($0, clauseLevel: clauseLevel, depth: depth + 1, origin: itemOrigin)
            }
            items.append(LaidOutListItem(paragraph: paragraph, children: children))
        }
        let startValue = depth == 0 && list.kind == .numbered ? 1 : nil
        return LaidOutList(instance: instance, clauseLevel: clauseLevel, startValue: startValue, items: items)
    }

    mutating func newInstance(_ list: ListID) -> Int {
        instances.append(ListInstance(list: list, isShared: false, column: column))
        return instances.count - 1
    }

    // MARK: Tables

    /// A table of the text, indented to the clause's text, its column widths from its content and the author's
    /// relative widths (`ColumnWidths`).
    private mutating func table(_ table: Table, clauseLevel: Int, origin: String) -> LaidOutTable {
        let indent = styles.page.clauseTextIndent(level: min(clauseLevel, StyleSheet.listLevels))
        let count = max(table.columnCount, 1)
        func row(_ cells: [[Inline]], header: Bool, origin: String) -> LaidOutRow {
            LaidOutRow(
                cells: (0..<count).map { index in
                    [
                        paragraph(
                            .tableCell(header: header), header ? .tableHeading : .tableText,
                            index < cells.count ? inlines(cells[index]) : [], origin: origin)
                    ]
                })
        }
        let header = table.header.map { row($0.cells, header: true, origin: "\(origin), table header") }
        var rows: [LaidOutRow] = []
        for (index, model) in table.rows.enumerated() {
            rows.append(row(model.cells, header: false, origin: "\(origin), table row \(index + 1)"))
        }
        let padding = styles.tableStyle(.agreement).cellPadding
        let widths = ColumnWidths(
            fontSize: styles.paragraphStyle(.tableText)?.text.size ?? styles.defaultText.size ?? .pt(11),
            cellPadding: padding.start + padding.end)
        let cells = (0..<count).map { column in
            ((header.map { [$0] } ?? []) + rows).map { row in
                (
                    text: row.cells[column].map { ColumnWidths.text($0.content) }.joined(separator: "\n"),
                    bold: row.cells[column].first?.style == .tableHeading
                )
            }
        }
        let columns = widths.columns(total: textWidth - indent, cells: cells, hints: table.widths)
        return LaidOutTable(
            kind: .agreement, indent: indent, columns: columns, header: header, rows: rows, origin: origin)
    }

    /// The signatures, two to a row in a borderless table; each cell holds the lines of one signature. A party with
    /// several signatories starts a row of its own, so that its signatures stand side by side.
    mutating func signatures(_ block: SignatureBlock, clauseLevel: Int, origin: String) -> LaidOutTable {
        let indent = styles.page.clauseTextIndent(level: min(clauseLevel, StyleSheet.listLevels))
        let columns = styles.page.tableColumns(count: 2, indent: indent)
        let presentation = SignaturePresentation(vocabulary: vocabulary, second: secondVocabulary)
        var signaturesPerParty: [String: Int] = [:]
        for signature in block.signatures { signaturesPerParty[signature.party, default: 0] += 1 }
        let severalSignatories = Set(signaturesPerParty.filter { $0.value > 1 }.keys)
        var rows: [LaidOutRow] = []
        var cells: [[LaidOutParagraph]] = []
        func endRow() {
            guard !cells.isEmpty else { return }
            while cells.count < 2 { cells.append([paragraph(.signatureLine, .signature, [], origin: origin)]) }
            rows.append(LaidOutRow(cells: cells))
            cells = []
        }
        for (index, signature) in block.signatures.enumerated() {
            let startsParty = index == 0 || block.signatures[index - 1].party != signature.party
            if startsParty, severalSignatories.contains(signature.party) { endRow() }
            let party = agreement.metadata.parties.first { $0.id == signature.party }
            cells.append(
                presentation.lines(signature, party: party).map { line in
                    paragraph(.signatureLine, .signature, inlines(line), origin: "signature of '\(signature.party)'")
                })
            if cells.count == 2 { endRow() }
        }
        endRow()
        return LaidOutTable(
            kind: .signatures, indent: indent, columns: columns, header: nil, rows: rows, origin: origin)
    }

    // MARK: Inlines

    /// Lays out inline content: quotes around definitions, reference numbers, comment anchors (a draft only).
    mutating func inlines(_ content: [Inline]) -> [LaidOutInline] {
        var out: [LaidOutInline] = []
        for inline in content {
            switch inline {
            case .text(let text):
                out.append(.text(text))
            case .emphasis(let inner):
                out.append(.span(.emphasis, inlines(inner)))
            case .strong(let inner):
                out.append(.span(.strong, inlines(inner)))
            case .definition(_, let inner):
                out.append(.text(vocabulary.openQuote))
                out.append(.span(.definition, inlines(inner)))
                out.append(.text(vocabulary.closeQuote))
            case .termUse(_, let inner):
                out.append(.span(.definedTerm, inlines(inner)))
            case .reference(let reference):
                let (prefix, result) = numbering.referenceText(reference)
                if !prefix.isEmpty { out.append(.text(prefix)) }
                if let number = numbering.number(of: reference.target) {
                    out.append(
                        .reference(LaidOutReference(bookmark: number.bookmark, kind: number.kind, result: result)))
                } else {
                    out.append(.text(result))
                }
                // A clause of an annex, named from outside that annex: "punkt 1.2 i Bilaga 2"; a clause of the
                // agreement, named from an annex: "punkt 3.2 i Avtalet".
                let owner = numbering.annexOfClause[reference.target]
                if annex != nil, owner == nil, numbering.number(of: reference.target)?.kind == .clause {
                    out.append(.text(" " + vocabulary.agreementClauseIn))
                } else if let owner, owner != annex?.id, let number = numbering.number(of: owner) {
                    out.append(.text(" " + vocabulary.annexClauseIn + " "))
                    out.append(
                        .reference(
                            LaidOutReference(
                                bookmark: number.bookmark, kind: .annex,
                                result: vocabulary.annexLabel(number.counters[0]))))
                }
            case .blank(let blank):
                out.append(.span(.blank, [.text(blank.displayText)]))
            case .note(let note):
                guard isDraft else { continue }
                out.append(.comment(comments.count))
                comments.append(
                    LaidOutComment(
                        author: note.author.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.defaultNoteAuthor,
                        paragraphs: Self.paragraphs(of: note.text)))
            case .lineBreak:
                out.append(.lineBreak)
            }
        }
        return out
    }

    /// A note's text split into paragraphs at line feeds, carriage returns and CR LF.
    static func paragraphs(of text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && !previousWasCR) {
                paragraphs.append(current)
                current = ""
            } else if scalar != "\n" {
                current.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        paragraphs.append(current)
        return paragraphs
    }
}
