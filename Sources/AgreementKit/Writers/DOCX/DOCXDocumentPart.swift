import Foundation

/// Writes `word/document.xml`: the body of the agreement, block by block, ending with the section properties that
/// set the page and refer to the header and footer. Collects the comments and list instances the other parts need.
final class DOCXDocumentPart {
    /// What writing the body produced.
    struct Result {
        /// The XML of the part.
        let data: Data
        /// The drafting notes anchored in the body, for `word/comments.xml`.
        let comments: [DOCXComment]
        /// The list instances used, for `word/numbering.xml`.
        let numbering: DOCXNumberingPlan
    }

    private let agreement: Agreement
    private let layout: DocumentLayout
    private let xml: XMLWriter
    private let runs: DOCXRunWriter
    private var numbering = DOCXNumberingPlan()
    private var nextBookmarkID = 0
    private var partyBlockCount = 0

    /// Creates the writer.
    init(agreement: Agreement, layout: DocumentLayout) throws {
        self.agreement = agreement
        self.layout = layout
        xml = try XMLWriter()
        runs = DOCXRunWriter(xml: xml, layout: layout, writesNotes: agreement.metadata.status == .draft)
    }

    /// Writes the part. Call once.
    func write() throws -> Result {
        try xml.declaration()
        try xml.element(
            "w:document", ["xmlns:w": DOCXNamespace.wordprocessingML, "xmlns:r": DOCXNamespace.officeRelationships]
        ) {
            try xml.element("w:body") {
                try blocks(agreement.blocks, clauseLevel: 0)
                try sectionProperties()
            }
        }
        return Result(data: try xml.finish(), comments: runs.comments, numbering: numbering)
    }

    // MARK: Blocks

    /// Writes blocks; `clauseLevel` is the level of the enclosing clause (0 outside clauses), which decides the
    /// paragraph style of running text and the indent of lists and tables.
    private func blocks(_ list: [Block], clauseLevel: Int) throws {
        for block in list {
            try self.block(block, clauseLevel: clauseLevel)
        }
    }

    private func block(_ block: Block, clauseLevel: Int) throws {
        switch block {
        case .title(let title):
            xml.origin = "title block"
            try paragraph(DOCXParagraphProperties(style: DOCXStyleID.title), title.title)
            if !title.subtitle.isEmpty {
                xml.origin = "title block, subtitle"
                try paragraph(DOCXParagraphProperties(style: DOCXStyleID.subtitle), title.subtitle)
            }
        case .parties(let block):
            try parties(block)
        case .clause(let clause):
            try self.clause(clause, level: clauseLevel + 1)
        case .paragraph(let content):
            xml.origin = "paragraph"
            let style = clauseLevel == 0 ? DOCXStyleID.bodyText : DOCXStyleID.clauseBody(min(clauseLevel, 9))
            try paragraph(DOCXParagraphProperties(style: style), content)
        case .list(let list):
            xml.origin = "list"
            try self.list(list, depth: 0, baseIndent: bodyIndent(clauseLevel))
        case .table(let table):
            xml.origin = "table"
            try DOCXTableWriter(xml: xml, runs: runs).table(table, indent: bodyIndent(clauseLevel))
        case .signatures(let block):
            xml.origin = "signatures"
            try DOCXTableWriter(xml: xml, runs: runs).signatures(block, layout: layout, metadata: agreement.metadata)
        case .annexes(let list):
            try annexes(list)
        case .pageBreak:
            xml.origin = "page break"
            try xml.element("w:p") {
                try xml.element("w:r") {
                    try xml.element("w:br", ["w:type": "page"])
                }
            }
        }
    }

    /// The indent of lists and tables inside a clause of `level` (0: none).
    private func bodyIndent(_ level: Int) -> Int {
        level == 0 ? 0 : DOCXMetrics.clauseTextIndent(level: min(level, 9))
    }

    /// Writes a clause: its numbered heading (or numbered first paragraph) with its bookmark, then its body.
    private func clause(_ clause: Clause, level: Int) throws {
        let styleLevel = min(level, 9)
        let bookmark = layout.number(of: clause.id)?.bookmark
        var body = clause.body[...]
        if let heading = clause.heading {
            xml.origin = "clause '\(clause.id)', heading"
            try paragraph(
                DOCXParagraphProperties(style: DOCXStyleID.clauseHeading(styleLevel)), heading, bookmark: bookmark)
        } else {
            xml.origin = "clause '\(clause.id)'"
            var first: [Inline] = []
            if case .paragraph(let content)? = body.first {
                first = content
                body = body.dropFirst()
            }
            // The Clause Text style carries the same numPr, but LibreOffice ignores a list level given in a style
            // that its list level does not name (w:pStyle binds the level to the heading style), so the paragraph
            // repeats it.
            var properties = DOCXParagraphProperties(style: DOCXStyleID.clauseText(styleLevel))
            properties.numbering = (DOCXNumberingPlan.clauseNumID, styleLevel - 1)
            try paragraph(properties, first, bookmark: bookmark)
        }
        try blocks(Array(body), clauseLevel: level)
    }

    /// Writes the party block: one "Party" paragraph per party, numbered (1), (2) … by the Party style's list; a
    /// second party block gets a list instance of its own so it starts at (1) again.
    private func parties(_ block: PartyBlock) throws {
        partyBlockCount += 1
        let restartID = partyBlockCount > 1 ? numbering.newPartyList() : nil
        let presentation = PartyPresentation(vocabulary: layout.vocabulary)
        for party in presentation.parties(of: block, in: agreement.metadata) {
            xml.origin = "party '\(party.id)'"
            var properties = DOCXParagraphProperties(style: DOCXStyleID.party)
            if let restartID { properties.numbering = (restartID, 0) }
            try paragraph(properties, presentation.entry(party))
        }
    }

    /// Writes the annex list: an unnumbered heading, then one "Annex" paragraph per annex, numbered "Bilaga 1" …
    /// by the Annex style's list, each with its bookmark.
    private func annexes(_ list: AnnexList) throws {
        xml.origin = "annex list"
        try paragraph(
            DOCXParagraphProperties(style: DOCXStyleID.annexHeading), [.text(layout.vocabulary.annexesHeading)])
        for annex in list.annexes {
            xml.origin = "annex '\(annex.id)'"
            try paragraph(
                DOCXParagraphProperties(style: DOCXStyleID.annex), annex.title,
                bookmark: layout.number(of: annex.id)?.bookmark)
        }
    }

    /// Writes a list and its nested lists as "List Paragraph" paragraphs with list numbering: bullets share one
    /// instance, every numbered list has its own so it starts at (a). Inside a clause the list is indented to the
    /// clause body indent.
    private func list(_ list: ListBlock, depth: Int, baseIndent: Int) throws {
        let numID = list.kind == .bulleted ? DOCXNumberingPlan.bulletNumID : numbering.newNumberedList()
        for item in list.items {
            var properties = DOCXParagraphProperties(style: DOCXStyleID.listParagraph)
            properties.numbering = (numID, depth)
            if baseIndent > 0 {
                properties.indentLeft = baseIndent + DOCXMetrics.listStep * (depth + 1)
                properties.indentHanging = DOCXMetrics.listStep
            }
            try paragraph(properties, item.content)
            if let children = item.children {
                try self.list(children, depth: depth + 1, baseIndent: baseIndent)
            }
        }
    }

    // MARK: Paragraphs

    /// Writes a paragraph of inline content, with a bookmark around the content when given.
    private func paragraph(_ properties: DOCXParagraphProperties, _ content: [Inline], bookmark: String? = nil) throws {
        try xml.element("w:p") {
            try properties.write(to: xml)
            if let bookmark {
                let id = String(nextBookmarkID)
                nextBookmarkID += 1
                try xml.element("w:bookmarkStart", ["w:id": id, "w:name": bookmark])
                try runs.write(content)
                try xml.element("w:bookmarkEnd", ["w:id": id])
            } else {
                try runs.write(content)
            }
        }
    }

    /// The final `w:sectPr`: header and footer references, A4 page, 2.5 cm margins.
    private func sectionProperties() throws {
        xml.origin = "section properties"
        try xml.element("w:sectPr") {
            try xml.element(
                "w:headerReference", ["w:type": "default", "r:id": DOCXPartName.DocumentRelationshipID.header])
            try xml.element(
                "w:footerReference", ["w:type": "default", "r:id": DOCXPartName.DocumentRelationshipID.footer])
            try xml.element(
                "w:pgSz", ["w:w": String(DOCXMetrics.pageWidth), "w:h": String(DOCXMetrics.pageHeight)])
            let margin = String(DOCXMetrics.margin)
            let distance = String(DOCXMetrics.headerFooterDistance)
            try xml.element(
                "w:pgMar",
                [
                    "w:top": margin, "w:right": margin, "w:bottom": margin, "w:left": margin, "w:header": distance,
                    "w:footer": distance, "w:gutter": "0",
                ])
            try xml.element("w:cols", ["w:space": "708"])
            try xml.element("w:docGrid", ["w:linePitch": "360"])
        }
    }
}
