import Foundation

/// Writes `word/styles.xml`: document defaults (Times New Roman 11 pt, the document language) and every named
/// style the body uses, so a firm can restyle the agreement by editing styles. Built-in Word styles keep Word's
/// names ("header", "annotation text") so Word maps them to its own; the others have plain English names.
struct DOCXStylesPart {
    let vocabulary: Vocabulary

    /// The body font.
    static let font = "Times New Roman"

    /// One `w:style`, with members in CT_Style order.
    private struct Style {
        var type: String
        var id: String
        var name: String
        var isDefault = false
        var basedOn: String? = nil
        var next: String? = nil
        var uiPriority: Int? = nil
        var semiHidden = false
        var quickFormat = false
        var paragraph = DOCXParagraphProperties()
        var run = DOCXRunProperties()
        var table: ((XMLWriter) throws -> Void)? = nil
    }

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:styles", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try docDefaults(xml)
            for style in styles { try write(style, to: xml) }
        }
        return try xml.finish()
    }

    private func docDefaults(_ xml: XMLWriter) throws {
        try xml.element("w:docDefaults") {
            try xml.element("w:rPrDefault") {
                try DOCXRunProperties(font: DOCXStylesPart.font, size: 22, language: vocabulary.languageTag)
                    .write(to: xml)
            }
            try xml.element("w:pPrDefault") {
                try DOCXParagraphProperties(spaceBefore: 0, spaceAfter: 120).write(to: xml)
            }
        }
    }

    /// Every style, in a fixed order.
    private var styles: [Style] {
        var list: [Style] = []
        list.append(Style(type: "paragraph", id: DOCXStyleID.normal, name: "Normal", isDefault: true, quickFormat: true))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.title, name: "Title", basedOn: DOCXStyleID.normal,
                next: DOCXStyleID.subtitle, uiPriority: 10, quickFormat: true,
                paragraph: DOCXParagraphProperties(
                    keepNext: true, spaceBefore: 0, spaceAfter: 240, justification: "center"),
                run: DOCXRunProperties(bold: true, size: 32)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.subtitle, name: "Subtitle", basedOn: DOCXStyleID.normal,
                next: DOCXStyleID.bodyText, uiPriority: 11, quickFormat: true,
                paragraph: DOCXParagraphProperties(keepNext: true, spaceAfter: 480, justification: "center"),
                run: DOCXRunProperties(size: 26)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.bodyText, name: "Body Text", basedOn: DOCXStyleID.normal,
                quickFormat: true))
        for level in 1...9 {
            let indent = DOCXMetrics.clauseTextIndent(level: level)
            let hanging = DOCXMetrics.clauseHanging(level: level)
            list.append(
                Style(
                    type: "paragraph", id: DOCXStyleID.clauseHeading(level), name: "Clause Heading \(level)",
                    basedOn: DOCXStyleID.normal, next: DOCXStyleID.clauseBody(level), uiPriority: 9,
                    quickFormat: true,
                    paragraph: DOCXParagraphProperties(
                        keepNext: true, keepLines: true, numbering: (DOCXNumberingPlan.clauseNumID, level - 1),
                        spaceBefore: level == 1 ? 360 : 240, spaceAfter: 120, indentLeft: indent,
                        indentHanging: hanging, outlineLevel: level - 1),
                    run: DOCXRunProperties(bold: true, size: level == 1 ? 24 : nil)))
        }
        for level in 1...9 {
            list.append(
                Style(
                    type: "paragraph", id: DOCXStyleID.clauseText(level), name: "Clause Text \(level)",
                    basedOn: DOCXStyleID.normal, next: DOCXStyleID.clauseBody(level), quickFormat: true,
                    paragraph: DOCXParagraphProperties(
                        numbering: (DOCXNumberingPlan.clauseNumID, level - 1),
                        indentLeft: DOCXMetrics.clauseTextIndent(level: level),
                        indentHanging: DOCXMetrics.clauseHanging(level: level))))
        }
        for level in 1...9 {
            list.append(
                Style(
                    type: "paragraph", id: DOCXStyleID.clauseBody(level), name: "Clause Body \(level)",
                    basedOn: DOCXStyleID.normal, quickFormat: true,
                    paragraph: DOCXParagraphProperties(indentLeft: DOCXMetrics.clauseTextIndent(level: level))))
        }
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.party, name: "Party", basedOn: DOCXStyleID.normal,
                quickFormat: true,
                paragraph: DOCXParagraphProperties(
                    numbering: (DOCXNumberingPlan.partyNumID, 0), indentLeft: DOCXMetrics.partyIndent,
                    indentHanging: DOCXMetrics.partyIndent)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.annexHeading, name: "Annex Heading", basedOn: DOCXStyleID.normal,
                next: DOCXStyleID.annex, quickFormat: true,
                paragraph: DOCXParagraphProperties(keepNext: true, keepLines: true, spaceBefore: 360),
                run: DOCXRunProperties(bold: true, size: 24)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.annex, name: "Annex", basedOn: DOCXStyleID.normal,
                quickFormat: true,
                paragraph: DOCXParagraphProperties(
                    numbering: (DOCXNumberingPlan.annexNumID, 0), spaceAfter: 60,
                    indentLeft: DOCXMetrics.annexIndent, indentHanging: DOCXMetrics.annexIndent)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.listParagraph, name: "List Paragraph", basedOn: DOCXStyleID.normal,
                uiPriority: 34, quickFormat: true,
                paragraph: DOCXParagraphProperties(spaceAfter: 60, indentLeft: DOCXMetrics.listStep)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.tableText, name: "Table Text", basedOn: DOCXStyleID.normal,
                quickFormat: true, paragraph: DOCXParagraphProperties(spaceBefore: 40, spaceAfter: 40)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.tableHeading, name: "Table Heading", basedOn: DOCXStyleID.tableText,
                quickFormat: true, paragraph: DOCXParagraphProperties(keepNext: true),
                run: DOCXRunProperties(bold: true)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.signature, name: "Signature", basedOn: DOCXStyleID.normal,
                quickFormat: true,
                paragraph: DOCXParagraphProperties(keepNext: false, keepLines: true, spaceBefore: 0, spaceAfter: 0)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.header, name: "header", basedOn: DOCXStyleID.normal, uiPriority: 99,
                paragraph: DOCXParagraphProperties(
                    tabs: [.init(alignment: "right", position: DOCXMetrics.textWidth)], spaceAfter: 0),
                run: DOCXRunProperties(size: 18)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.footer, name: "footer", basedOn: DOCXStyleID.normal, uiPriority: 99,
                paragraph: DOCXParagraphProperties(spaceAfter: 0, justification: "center"),
                run: DOCXRunProperties(size: 18)))
        list.append(
            Style(
                type: "paragraph", id: DOCXStyleID.commentText, name: "annotation text", basedOn: DOCXStyleID.normal,
                uiPriority: 99, paragraph: DOCXParagraphProperties(spaceAfter: 0), run: DOCXRunProperties(size: 20)))
        list.append(
            Style(
                type: "character", id: DOCXStyleID.defaultParagraphFont, name: "Default Paragraph Font",
                isDefault: true, uiPriority: 1, semiHidden: true))
        list.append(character(DOCXStyleID.definition, "Definition", DOCXRunProperties(bold: true)))
        list.append(character(DOCXStyleID.definedTerm, "Defined Term", DOCXRunProperties()))
        // Word shows the highlight; LibreOffice ignores highlighting in a character style but shows the shading.
        list.append(character(DOCXStyleID.blank, "Blank", DOCXRunProperties(highlight: "yellow", shading: "FFFF00")))
        list.append(character(DOCXStyleID.emphasis, "Emphasis", DOCXRunProperties(italic: true), uiPriority: 20))
        list.append(character(DOCXStyleID.strong, "Strong", DOCXRunProperties(bold: true), uiPriority: 22))
        list.append(
            character(DOCXStyleID.commentReference, "annotation reference", DOCXRunProperties(size: 16),
                      uiPriority: 99))
        list.append(
            character(DOCXStyleID.draftMark, "Draft Mark", DOCXRunProperties(bold: true, caps: true, color: "C00000")))
        list.append(
            Style(
                type: "table", id: DOCXStyleID.tableNormal, name: "Normal Table", isDefault: true, uiPriority: 99,
                semiHidden: true,
                table: { xml in try DOCXStylesPart.tableProperties(xml, borders: false) }))
        list.append(
            Style(
                type: "table", id: DOCXStyleID.agreementTable, name: "Agreement Table",
                basedOn: DOCXStyleID.tableNormal, uiPriority: 59,
                paragraph: DOCXParagraphProperties(spaceAfter: 0),
                table: { xml in try DOCXStylesPart.tableProperties(xml, borders: true) }))
        list.append(
            Style(
                type: "table", id: DOCXStyleID.signatureTable, name: "Signature Table",
                basedOn: DOCXStyleID.tableNormal, uiPriority: 59,
                paragraph: DOCXParagraphProperties(spaceAfter: 0),
                table: { xml in try DOCXStylesPart.tableProperties(xml, borders: false, bottomMargin: 567) }))
        return list
    }

    private func character(_ id: String, _ name: String, _ run: DOCXRunProperties, uiPriority: Int? = nil) -> Style {
        Style(
            type: "character", id: id, name: name, basedOn: DOCXStyleID.defaultParagraphFont, uiPriority: uiPriority,
            quickFormat: (uiPriority ?? 0) < 99, run: run)
    }

    /// `w:tblPr` of a table style, in CT_TblPrBase order: tblInd, tblBorders, tblCellMar. `bottomMargin` is the
    /// space below each cell's content (the signature table's gap between rows of signatures).
    private static func tableProperties(_ xml: XMLWriter, borders: Bool, bottomMargin: Int = 0) throws {
        try xml.element("w:tblPr") {
            try xml.element("w:tblInd", ["w:w": "0", "w:type": "dxa"])
            if borders {
                try xml.element("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        try xml.element(side, ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "auto"])
                    }
                }
            }
            try xml.element("w:tblCellMar") {
                try xml.element("w:top", ["w:w": "0", "w:type": "dxa"])
                try xml.element("w:left", ["w:w": "108", "w:type": "dxa"])
                try xml.element("w:bottom", ["w:w": String(bottomMargin), "w:type": "dxa"])
                try xml.element("w:right", ["w:w": "108", "w:type": "dxa"])
            }
        }
    }

    private func write(_ style: Style, to xml: XMLWriter) throws {
        try xml.start("w:style")
        try xml.attribute("w:type", style.type)
        if style.isDefault { try xml.attribute("w:default", "1") }
        try xml.attribute("w:styleId", style.id)
        try xml.element("w:name", ["w:val": style.name])
        if let basedOn = style.basedOn { try xml.element("w:basedOn", ["w:val": basedOn]) }
        if let next = style.next { try xml.element("w:next", ["w:val": next]) }
        if let uiPriority = style.uiPriority { try xml.element("w:uiPriority", ["w:val": String(uiPriority)]) }
        if style.semiHidden {
            try xml.element("w:semiHidden")
            try xml.element("w:unhideWhenUsed")
        }
        if style.quickFormat { try xml.element("w:qFormat") }
        try style.paragraph.write(to: xml)
        try style.run.write(to: xml)
        if let table = style.table { try table(xml) }
        try xml.end()
    }
}
