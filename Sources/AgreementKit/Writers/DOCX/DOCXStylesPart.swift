import Foundation

/// Writes `word/styles.xml` from the layout's style sheet: document defaults and every named style, so a firm can
/// restyle the agreement by editing styles. Word's own `Default Paragraph Font` and `Normal Table` come first
/// among the character and table styles, as Word expects.
struct DOCXStylesPart {
    let styles: StyleSheet
    /// A firm's look: its document defaults, its versions of the styles and the styles they build on, written in
    /// place of the tool's (the agreement's language still goes into the defaults).
    var firm: FirmLook? = nil
    /// The document's language tag, for a firm's document defaults.
    let languageTag: String

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
        /// The firm's version, written instead.
        var firm: XMLTreeElement? = nil
    }

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:styles", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            if let defaults = firm?.defaults {
                try xml.write(firmDefaults(defaults), prefixes: [DOCXNamespace.wordprocessingML: "w"])
            } else {
                try docDefaults(xml)
            }
            for style in allStyles { try write(style, to: xml) }
            for style in firm?.extraStyles ?? [] {
                try xml.write(style, prefixes: [DOCXNamespace.wordprocessingML: "w"])
            }
        }
        return try xml.finish()
    }

    private func docDefaults(_ xml: XMLWriter) throws {
        try xml.element("w:docDefaults") {
            try xml.element("w:rPrDefault") {
                try DOCXRunProperties(styles.defaultText).write(to: xml)
            }
            try xml.element("w:pPrDefault") {
                try DOCXParagraphProperties(spaceBefore: 0, spaceAfter: styles.defaultSpaceAfter.twips).write(to: xml)
            }
        }
    }

    /// A firm's `w:docDefaults` with the document's language in its run properties (`w:lang` in CT_RPr order:
    /// before the East Asian layout and what follows it).
    private func firmDefaults(_ defaults: XMLTreeElement) -> XMLTreeElement {
        let w = DOCXNamespace.wordprocessingML
        let lang = XMLTreeElement(
            namespace: w, name: "lang", attributes: [XMLTreeAttribute(namespace: w, name: "val", value: languageTag)])
        func withLanguage(_ run: XMLTreeElement) -> XMLTreeElement {
            var copy = run
            var children = run.elements
            let after: Set<String> = ["eastAsianLayout", "specVanish", "oMath", "rPrChange"]
            children.insert(lang, at: children.firstIndex { after.contains($0.name) } ?? children.count)
            copy.children = children.map { .element($0) }
            return copy
        }
        var copy = defaults
        var children = defaults.elements
        if let index = children.firstIndex(where: { $0.name == "rPrDefault" }) {
            var rPrDefault = children[index]
            let run = rPrDefault.child(w, "rPr") ?? XMLTreeElement(namespace: w, name: "rPr")
            rPrDefault.children = [.element(withLanguage(run))]
            children[index] = rPrDefault
        } else {
            children.insert(
                XMLTreeElement(
                    namespace: w, name: "rPrDefault",
                    children: [.element(XMLTreeElement(namespace: w, name: "rPr", children: [.element(lang)]))]),
                at: 0)
        }
        copy.children = children.map { .element($0) }
        return copy
    }

    /// Every style, in the style sheet's order.
    private var allStyles: [Style] {
        var list = styles.paragraphStyles.map(paragraphStyle)
        list.append(
            Style(
                type: "character", id: DOCXStyleID.defaultParagraphFont, name: "Default Paragraph Font",
                isDefault: true, uiPriority: 1, semiHidden: true))
        for style in styles.characterStyles {
            list.append(
                Style(
                    type: "character", id: DOCXStyleID.id(style.id), name: DOCXStyleID.name(style.id),
                    basedOn: DOCXStyleID.defaultParagraphFont, uiPriority: style.priority,
                    quickFormat: style.isQuickStyle, run: DOCXRunProperties(style.text),
                    firm: firm?.characterStyles[style.id]))
        }
        list.append(
            Style(
                type: "table", id: DOCXStyleID.tableNormal, name: "Normal Table", isDefault: true, uiPriority: 99,
                semiHidden: true,
                table: { xml in
                    try DOCXStylesPart.tableProperties(
                        xml, border: nil,
                        padding: styles.tableStyle(.agreement).cellPadding)
                }))
        for style in styles.tableStyles {
            list.append(
                Style(
                    type: "table", id: DOCXStyleID.id(style.kind), name: style.kind.displayName,
                    basedOn: DOCXStyleID.tableNormal, uiPriority: 59, paragraph: DOCXParagraphProperties(spaceAfter: 0),
                    table: { xml in
                        try DOCXStylesPart.tableProperties(xml, border: style.border, padding: style.cellPadding)
                    }))
        }
        return list
    }

    /// A paragraph style; a numbered style takes its indent from its list level.
    private func paragraphStyle(_ style: ParagraphStyle) -> Style {
        var p = DOCXParagraphProperties()
        p.keepNext = style.keepWithNext
        p.keepLines = style.keepTogether
        if let numbering = style.numbering {
            // A style numbers with its list's shared instance (`w:numId` is the instance index + 1).
            if let index = LaidOutDocument.sharedInstance(numbering.list) { p.numbering = (index + 1, numbering.level) }
            let level = styles.list(numbering.list).levels[numbering.level]
            p.indentLeft = level.textAt.twips
            p.indentHanging = level.textAt.twips - level.labelAt.twips
        } else if let indent = style.indentStart {
            p.indentLeft = indent.twips
        }
        if let tab = style.rightTab { p.tabs = [.init(alignment: "right", position: tab.twips)] }
        p.spaceBefore = style.spaceBefore?.twips
        p.spaceAfter = style.spaceAfter?.twips
        p.justification = style.alignment?.docx
        p.outlineLevel = style.outlineLevel.map { $0 - 1 }
        return Style(
            type: "paragraph", id: DOCXStyleID.id(style.id), name: DOCXStyleID.name(style.id),
            isDefault: style.id == .normal, basedOn: style.basedOn.map(DOCXStyleID.id),
            next: style.next.map(DOCXStyleID.id), uiPriority: style.priority, quickFormat: style.isQuickStyle,
            paragraph: p, run: DOCXRunProperties(style.text), firm: firm?.paragraphStyles[style.id])
    }

    /// `w:tblPr` of a table style, in CT_TblPrBase order: tblInd, tblBorders, tblCellMar.
    private static func tableProperties(_ xml: XMLWriter, border: Length?, padding: CellPadding) throws {
        try xml.element("w:tblPr") {
            try xml.element("w:tblInd", ["w:w": "0", "w:type": "dxa"])
            if let border {
                try xml.element("w:tblBorders") {
                    for side in ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"] {
                        try xml.element(
                            side,
                            [
                                "w:val": "single", "w:sz": String(border.eighthsOfPoint), "w:space": "0",
                                "w:color": "auto",
                            ])
                    }
                }
            }
            try xml.element("w:tblCellMar") {
                try xml.element("w:top", ["w:w": String(padding.top.twips), "w:type": "dxa"])
                try xml.element("w:left", ["w:w": String(padding.start.twips), "w:type": "dxa"])
                try xml.element("w:bottom", ["w:w": String(padding.bottom.twips), "w:type": "dxa"])
                try xml.element("w:right", ["w:w": String(padding.end.twips), "w:type": "dxa"])
            }
        }
    }

    private func write(_ style: Style, to xml: XMLWriter) throws {
        if let firm = style.firm {
            try xml.write(firm, prefixes: [DOCXNamespace.wordprocessingML: "w"])
            return
        }
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

extension DOCXRunProperties {
    /// The run properties of a style's text: a yellow background is Word's yellow highlight (which Word shows)
    /// and the same shading (which LibreOffice shows for a character style).
    init(_ text: TextProperties) {
        self.init(
            font: text.font, bold: text.bold, italic: text.italic, caps: text.capitals, color: text.colour?.hex,
            size: text.size?.halfPoints, highlight: text.background.flatMap(DOCXRunProperties.highlightName),
            shading: text.background?.hex, language: text.language)
    }

    /// Word's highlight colour names for the colours it has.
    private static func highlightName(_ colour: Colour) -> String? {
        ["FFFF00": "yellow", "00FF00": "green", "00FFFF": "cyan", "FF00FF": "magenta"][colour.hex]
    }
}
