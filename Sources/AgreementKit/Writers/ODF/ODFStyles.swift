/// Writes the style sections of an ODF text document from the layout's style sheet: font declarations, the named
/// styles a firm can restyle (`office:styles`), the page layout (automatic styles of `styles.xml`) and the master
/// page with header and footer (`office:master-styles`). The package's `styles.xml` and the flat document share it.
struct ODFStyles {
    /// The laid-out document: its style sheet, header and footer.
    let document: LaidOutDocument
    /// The list styles of the lists in the text.
    let lists: [ODFAutomaticStyles.ListStyleKey]
    /// Writes the header and footer content.
    let inline: ODFInlineWriter

    /// The page layout of the master page.
    static let pageLayout = "PageLayout1"
    /// The master page, named like LibreOffice's default page style so every page uses it.
    static let masterPage = "Standard"
    /// The first page's master page, with the first-page header; the page after it uses `masterPage`. The body's
    /// first paragraph or table starts it (`ODFAutomaticStyles.firstPage`).
    static let firstPageMaster = ODFStyleName("First Page")

    private var sheet: StyleSheet { document.styles }
    private var font: String? { sheet.defaultText.font }

    // MARK: Fonts

    /// Writes `office:font-face-decls`.
    func writeFontFaceDecls(into xml: XMLWriter) throws {
        try xml.element("office:font-face-decls") {
            if let font {
                try xml.element(
                    "style:font-face",
                    [
                        "style:name": font, "svg:font-family": "'\(font)'", "style:font-family-generic": "roman",
                        "style:font-pitch": "variable",
                    ])
            }
        }
    }

    // MARK: Named styles

    /// Writes `office:styles`: the default style, paragraph, text and list styles.
    func writeStyles(into xml: XMLWriter) throws {
        xml.origin = "styles"
        try xml.element("office:styles") {
            try writeDefaultStyle(into: xml)
            for style in sheet.paragraphStyles { try write(style, into: xml) }
            for style in sheet.characterStyles {
                try xml.start("style:style")
                try ODFStyleName(style.id).writeNameAttributes(xml)
                try xml.attribute("style:family", "text")
                try textProperties(style.text, into: xml)
                try xml.end()
            }
            try ODFListStyles(sheet: sheet, lists: lists).write(into: xml)
        }
    }

    /// The default paragraph style: spacing, tab stops, font, size and document language.
    private func writeDefaultStyle(into xml: XMLWriter) throws {
        try xml.element("style:default-style", ["style:family": "paragraph"]) {
            try xml.element(
                "style:paragraph-properties",
                [
                    "fo:margin-top": Length.zero.odf, "fo:margin-bottom": sheet.defaultSpaceAfter.odf,
                    "style:tab-stop-distance": sheet.page.defaultTabStop.odf,
                ])
            var text = sheet.defaultText
            text.language = nil
            try xml.start("style:text-properties")
            for (name, value) in text.odfAttributes { try xml.attribute(name, value) }
            try xml.attribute("fo:language", document.languageCode)
            try xml.attribute("fo:country", document.countryCode)
            try xml.end()
        }
    }

    /// One named paragraph style. A numbered style names its list style; a heading style has its outline level.
    private func write(_ style: ParagraphStyle, into xml: XMLWriter) throws {
        try xml.start("style:style")
        try ODFStyleName(style.id).writeNameAttributes(xml)
        try xml.attribute("style:family", "paragraph")
        if let parent = style.basedOn { try xml.attribute("style:parent-style-name", ODFStyleName(parent).name) }
        if let next = style.next { try xml.attribute("style:next-style-name", ODFStyleName(next).name) }
        if let numbering = style.numbering, numbering.list == .clauses {
            try xml.attribute("style:list-style-name", ODFStyleName.clauseNumbering.name)
        }
        if let outline = style.outlineLevel { try xml.attribute("style:default-outline-level", String(outline)) }
        try xml.attribute("style:class", style.category.rawValue)
        var paragraph: [(String, String)] = []
        if let before = style.spaceBefore { paragraph.append(("fo:margin-top", before.odf)) }
        if let after = style.spaceAfter { paragraph.append(("fo:margin-bottom", after.odf)) }
        if let indent = style.indentStart {
            paragraph.append(("fo:margin-left", indent.odf))
            paragraph.append(("fo:text-indent", Length.zero.odf))
        }
        if let alignment = style.alignment { paragraph.append(("fo:text-align", alignment.odf)) }
        if style.keepTogether { paragraph.append(("fo:keep-together", "always")) }
        if style.keepWithNext { paragraph.append(("fo:keep-with-next", "always")) }
        if !paragraph.isEmpty || style.rightTab != nil {
            try xml.start("style:paragraph-properties")
            for (name, value) in paragraph { try xml.attribute(name, value) }
            if let tab = style.rightTab {
                try xml.element("style:tab-stops") {
                    try xml.element("style:tab-stop", ["style:position": tab.odf, "style:type": "right"])
                }
            }
            try xml.end()
        }
        try textProperties(style.text, into: xml)
        try xml.end()
    }

    /// Writes `style:text-properties` when there are any.
    private func textProperties(_ text: TextProperties, into xml: XMLWriter) throws {
        let attributes = text.odfAttributes
        guard !attributes.isEmpty else { return }
        try xml.start("style:text-properties")
        for (name, value) in attributes { try xml.attribute(name, value) }
        try xml.end()
    }

    // MARK: Page layout and master page

    /// Writes the page layout (content of the automatic styles of `styles.xml`). The page's top and bottom margins
    /// are the header and footer distance; the header and footer areas fill the rest of the page margin, so the
    /// body starts where the margin says, as in WordprocessingML.
    func writePageLayout(into xml: XMLWriter) throws {
        let page = sheet.page
        try xml.element("style:page-layout", ["style:name": Self.pageLayout]) {
            let area = page.margin - page.headerFooterDistance - page.headerFooterSpacing
            try xml.element(
                "style:page-layout-properties",
                [
                    "fo:page-width": page.pageWidth.odf, "fo:page-height": page.pageHeight.odf,
                    "style:print-orientation": "portrait", "fo:margin-top": page.headerFooterDistance.odf,
                    "fo:margin-bottom": page.headerFooterDistance.odf, "fo:margin-left": page.margin.odf,
                    "fo:margin-right": page.margin.odf,
                ])
            try xml.element("style:header-style") {
                try xml.element(
                    "style:header-footer-properties",
                    ["fo:min-height": area.odf, "fo:margin-bottom": page.headerFooterSpacing.odf])
            }
            try xml.element("style:footer-style") {
                try xml.element(
                    "style:header-footer-properties",
                    ["fo:min-height": area.odf, "fo:margin-top": page.headerFooterSpacing.odf])
            }
        }
    }

    /// Writes `office:master-styles`: the page with the laid-out header and footer, and the first page with the
    /// first-page header, followed by the normal page.
    func writeMasterStyles(into xml: XMLWriter) throws {
        try xml.element("office:master-styles") {
            try xml.element(
                "style:master-page", ["style:name": Self.masterPage, "style:page-layout-name": Self.pageLayout]
            ) {
                try xml.element("style:header") { try paragraph(document.header, into: xml) }
                try xml.element("style:footer") { try paragraph(document.footer, into: xml) }
            }
            try xml.start("style:master-page")
            try Self.firstPageMaster.writeNameAttributes(xml)
            try xml.attribute("style:page-layout-name", Self.pageLayout)
            try xml.attribute("style:next-style-name", Self.masterPage)
            try xml.element("style:header") { try paragraph(document.firstPageHeader, into: xml) }
            try xml.element("style:footer") { try paragraph(document.footer, into: xml) }
            try xml.end()
        }
    }

    private func paragraph(_ paragraph: LaidOutParagraph, into xml: XMLWriter) throws {
        xml.origin = paragraph.origin
        try xml.element("text:p", ["text:style-name": ODFStyleName(paragraph.style).name]) {
            try inline.write(paragraph.content, into: xml)
        }
    }
}
