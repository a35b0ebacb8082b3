import Foundation

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

    /// Whether this is the flat document, which carries the firm's pictures inside it.
    var flat = false

    private var sheet: StyleSheet { document.styles }
    private var font: String? { sheet.defaultText.font }
    private var firm: FirmLook? { document.firm }

    /// Writes an element of the firm's look; in the flat document a picture of the package is written inline.
    private func write(firm element: XMLTreeElement, into xml: XMLWriter) throws {
        try xml.write(flat ? inlinePictures(element) : element, prefixes: ODFNamespaces.prefixes)
    }

    /// The element with each picture of the firm's media as `office:binary-data` instead of a link.
    private func inlinePictures(_ element: XMLTreeElement) -> XMLTreeElement {
        let draw = ODFNamespaces.uri("draw")
        let xlink = ODFNamespaces.uri("xlink")
        var copy = element
        if element.is(draw, "image"), let href = element.attribute(xlink, "href"),
            let media = firm?.media.first(where: { $0.name == href })
        {
            copy.attributes = element.attributes.filter { $0.namespace != xlink }
            copy.children = [
                .element(
                    XMLTreeElement(
                        namespace: ODFNamespaces.uri("office"), name: "binary-data",
                        children: [.text(Data(media.data).base64EncodedString())]))
            ]
            return copy
        }
        copy.children = element.children.map {
            if case .element(let child) = $0 { return .element(inlinePictures(child)) }
            return $0
        }
        return copy
    }

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
            for face in firm?.fontFaces ?? [] where face.attribute(ODFNamespaces.uri("style"), "name") != font {
                try write(firm: face, into: xml)
            }
        }
    }

    // MARK: Named styles

    /// Writes `office:styles`: the default style, paragraph, text and list styles.
    func writeStyles(into xml: XMLWriter) throws {
        xml.origin = "styles"
        try xml.element("office:styles") {
            if let defaults = firm?.defaults {
                try write(firm: firmDefaults(defaults), into: xml)
            } else {
                try writeDefaultStyle(into: xml)
            }
            for style in sheet.paragraphStyles {
                if let replacement = firm?.paragraphStyles[style.id] {
                    try write(firm: replacement, into: xml)
                } else {
                    try write(style, into: xml)
                }
            }
            for style in firm?.extraStyles ?? [] { try write(firm: style, into: xml) }
            for style in sheet.characterStyles {
                if let replacement = firm?.characterStyles[style.id] {
                    try write(firm: replacement, into: xml)
                    continue
                }
                try xml.start("style:style")
                try ODFStyleName(style.id).writeNameAttributes(xml)
                try xml.attribute("style:family", "text")
                try textProperties(style.text, into: xml)
                try xml.end()
            }
            try ODFListStyles(sheet: sheet, lists: lists).write(into: xml)
        }
    }

    /// A firm's default paragraph style with the document's language.
    private func firmDefaults(_ defaults: XMLTreeElement) -> XMLTreeElement {
        let (style, fo) = (ODFNamespaces.uri("style"), ODFNamespaces.uri("fo"))
        var copy = defaults
        var children = defaults.elements
        let index =
            children.firstIndex { $0.is(style, "text-properties") }
            ?? {
                children.append(XMLTreeElement(namespace: style, name: "text-properties"))
                return children.count - 1
            }()
        children[index] = children[index].setting(fo, "language", document.languageCode)
            .setting(fo, "country", document.countryCode)
        copy.children = children.map { .element($0) }
        return copy
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
            let headerArea = page.marginTop - page.headerFooterDistance - page.headerFooterSpacing
            let footerArea = page.marginBottom - page.headerFooterDistance - page.headerFooterSpacing
            try xml.element(
                "style:page-layout-properties",
                [
                    "fo:page-width": page.pageWidth.odf, "fo:page-height": page.pageHeight.odf,
                    "style:print-orientation": page.pageWidth > page.pageHeight ? "landscape" : "portrait",
                    "fo:margin-top": page.headerFooterDistance.odf,
                    "fo:margin-bottom": page.headerFooterDistance.odf, "fo:margin-left": page.marginLeft.odf,
                    "fo:margin-right": page.marginRight.odf,
                ])
            try xml.element("style:header-style") {
                try xml.element(
                    "style:header-footer-properties",
                    ["fo:min-height": headerArea.odf, "fo:margin-bottom": page.headerFooterSpacing.odf])
            }
            try xml.element("style:footer-style") {
                try xml.element(
                    "style:header-footer-properties",
                    ["fo:min-height": footerArea.odf, "fo:margin-top": page.headerFooterSpacing.odf])
            }
        }
        try writeWatermarkStyles(into: xml)
        for style in firm?.headerFooterStyles ?? [] { try write(firm: style, into: xml) }
    }

    /// Writes `office:master-styles`: the page with the laid-out header and footer, and the first page with the
    /// first-page header, followed by the normal page.
    func writeMasterStyles(into xml: XMLWriter) throws {
        try xml.element("office:master-styles") {
            try xml.element(
                "style:master-page", ["style:name": Self.masterPage, "style:page-layout-name": Self.pageLayout]
            ) {
                try xml.element("style:header") {
                    for block in firm?.header ?? [] { try write(firm: block, into: xml) }
                    try paragraph(document.header, watermark: true, into: xml)
                }
                try xml.element("style:footer") {
                    try paragraph(document.footer, into: xml)
                    for block in firm?.footer ?? [] { try write(firm: block, into: xml) }
                }
            }
            try xml.start("style:master-page")
            try Self.firstPageMaster.writeNameAttributes(xml)
            try xml.attribute("style:page-layout-name", Self.pageLayout)
            try xml.attribute("style:next-style-name", Self.masterPage)
            try xml.element("style:header") {
                for block in firm?.header ?? [] { try write(firm: block, into: xml) }
                try paragraph(document.firstPageHeader, watermark: true, into: xml)
            }
            try xml.element("style:footer") {
                try paragraph(document.footer, into: xml)
                for block in firm?.footer ?? [] { try write(firm: block, into: xml) }
            }
            try xml.end()
        }
    }

    private func paragraph(_ paragraph: LaidOutParagraph, watermark: Bool = false, into xml: XMLWriter) throws {
        xml.origin = paragraph.origin
        try xml.element("text:p", ["text:style-name": ODFStyleName(paragraph.style).name]) {
            if watermark, let mark = document.watermark { try write(mark, into: xml) }
            try inline.write(paragraph.content, into: xml)
        }
    }

    // MARK: Watermark

    /// The watermark's graphic style, and the text style of its word.
    static let watermarkGraphic = "Watermark"
    static let watermarkText = "WatermarkText"

    /// Writes the watermark's automatic styles (with the page layout, in the automatic styles of `styles.xml`):
    /// a shape without line or fill that the text runs through, in the background, placed from the page's corner;
    /// its word's letters. LibreOffice reads shape text formatting from a text span's automatic style.
    func writeWatermarkStyles(into xml: XMLWriter) throws {
        guard let mark = document.watermark else { return }
        try xml.element("style:style", ["style:name": Self.watermarkGraphic, "style:family": "graphic"]) {
            try xml.element(
                "style:graphic-properties",
                [
                    "draw:stroke": "none", "draw:fill": "none", "draw:textarea-horizontal-align": "center",
                    "draw:textarea-vertical-align": "middle", "draw:auto-grow-height": "false",
                    "draw:auto-grow-width": "false", "fo:wrap-option": "no-wrap", "style:run-through": "background",
                    "style:wrap": "run-through", "style:number-wrapped-paragraphs": "no-limit",
                    "style:vertical-pos": "from-top", "style:vertical-rel": "page",
                    "style:horizontal-pos": "from-left", "style:horizontal-rel": "page",
                ])
        }
        try xml.element("style:style", ["style:name": Self.watermarkText, "style:family": "text"]) {
            try xml.start("style:text-properties")
            let text = TextProperties(font: mark.font, size: mark.size, bold: true, colour: mark.colour)
            for (name, value) in text.odfAttributes { try xml.attribute(name, value) }
            try xml.end()
        }
    }

    /// The watermark as a rectangle shape holding its word, anchored in a header paragraph so that every page
    /// shows it. `draw:transform` turns the box about its corner, then moves it so its centre is the page's middle.
    /// Plain shape text, not Fontwork: PDF export keeps it as text, which readers can search.
    private func write(_ mark: Watermark, into xml: XMLWriter) throws {
        let angle = Double(mark.angle) * Double.pi / 180
        let (halfWidth, halfHeight) = (Double(mark.width.emu) / 2, Double(mark.height.emu) / 2)
        // The box's centre after turning it anticlockwise about its top left corner (y grows downwards).
        let turnedX = halfWidth * cos(angle) + halfHeight * sin(angle)
        let turnedY = -halfWidth * sin(angle) + halfHeight * cos(angle)
        let x = Length(emu: mark.centreX.emu - Int(turnedX.rounded()))
        let y = Length(emu: mark.centreY.emu - Int(turnedY.rounded()))
        let radians = String(format: "%.6f", angle)
        try xml.element(
            "draw:custom-shape",
            [
                "text:anchor-type": "paragraph", "draw:z-index": "0", "draw:name": "Watermark",
                "draw:style-name": Self.watermarkGraphic, "svg:width": mark.width.odf, "svg:height": mark.height.odf,
                "draw:transform": "rotate(\(radians)) translate(\(x.odf) \(y.odf))",
            ]
        ) {
            try xml.element("text:p") {
                try xml.element("text:span", ["text:style-name": Self.watermarkText], text: mark.text)
            }
            try xml.element(
                "draw:enhanced-geometry",
                [
                    "svg:viewBox": "0 0 21600 21600", "draw:type": "rectangle",
                    "draw:enhanced-path": "M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N",
                ])
        }
    }
}
