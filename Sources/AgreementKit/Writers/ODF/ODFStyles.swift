/// Writes the style sections of an ODF text document: font declarations, the named styles a firm can restyle
/// (`office:styles`), the page layout (automatic styles of `styles.xml`) and the master page with header and
/// footer (`office:master-styles`). The package's `styles.xml` and the flat document share this code.
struct ODFStyles {
    /// The agreement title, shown in the header.
    let title: String
    /// Whether the header carries the draft mark.
    let isDraft: Bool
    /// Fixed words in the agreement's language.
    let vocabulary: Vocabulary
    /// The bulleted and numbered list styles the body uses.
    let lists: [ODFAutomaticStyles.ListStyleKey]
    /// Writes the title text in the header.
    let inline: ODFInlineWriter

    /// The only font: Times New Roman (LibreOffice substitutes its metric twin Liberation Serif).
    static let font = "Times New Roman"
    /// The page layout of the master page.
    static let pageLayout = "PageLayout1"
    /// The master page, named like LibreOffice's default page style so every page uses it.
    static let masterPage = "Standard"

    /// Space after a body paragraph.
    private static let paragraphSpace = "0.21cm"

    // MARK: Fonts

    /// Writes `office:font-face-decls`.
    func writeFontFaceDecls(into xml: XMLWriter) throws {
        try xml.element("office:font-face-decls") {
            try xml.element(
                "style:font-face",
                [
                    "style:name": Self.font, "svg:font-family": "'\(Self.font)'",
                    "style:font-family-generic": "roman", "style:font-pitch": "variable",
                ])
        }
    }

    // MARK: Named styles

    /// Writes `office:styles`: the default style, paragraph, text and list styles.
    func writeStyles(into xml: XMLWriter) throws {
        xml.origin = "styles"
        try xml.element("office:styles") {
            try writeDefaultStyle(into: xml)
            try writeParagraphStyles(into: xml)
            try writeTextStyles(into: xml)
            try ODFListStyles(vocabulary: vocabulary, lists: lists).write(into: xml)
        }
    }

    /// The default paragraph style: font, size and document language.
    private func writeDefaultStyle(into xml: XMLWriter) throws {
        try xml.element("style:default-style", ["style:family": "paragraph"]) {
            try xml.element("style:paragraph-properties", ["style:tab-stop-distance": "1.25cm"])
            try xml.element(
                "style:text-properties",
                [
                    "style:font-name": Self.font, "fo:font-size": "11pt",
                    "fo:language": vocabulary.languageCode, "fo:country": vocabulary.countryCode,
                ])
        }
    }

    /// One named paragraph style.
    private func paragraphStyle(
        _ name: ODFStyleName, parent: ODFStyleName?, next: ODFStyleName? = nil, outlineLevel: Int? = nil,
        styleClass: String = "text", paragraph: KeyValuePairs<String, String> = [:],
        text: KeyValuePairs<String, String> = [:], tabStop: ODFLength? = nil, into xml: XMLWriter
    ) throws {
        try xml.start("style:style")
        try name.writeNameAttributes(xml)
        try xml.attribute("style:family", "paragraph")
        if let parent { try xml.attribute("style:parent-style-name", parent.name) }
        if let next { try xml.attribute("style:next-style-name", next.name) }
        if let outlineLevel { try xml.attribute("style:default-outline-level", String(outlineLevel)) }
        try xml.attribute("style:class", styleClass)
        if !paragraph.isEmpty || tabStop != nil {
            try xml.element("style:paragraph-properties", paragraph) {
                if let tabStop {
                    try xml.element("style:tab-stops") {
                        try xml.element("style:tab-stop", ["style:position": tabStop.text, "style:type": "right"])
                    }
                }
            }
        }
        if !text.isEmpty { try xml.element("style:text-properties", text) }
        try xml.end()
    }

    /// The paragraph styles, from general to specific. Sizes and spacing follow the DOCX writer's styles.
    private func writeParagraphStyles(into xml: XMLWriter) throws {
        let bold: KeyValuePairs<String, String> = ["fo:font-weight": "bold"]
        let noSpace: KeyValuePairs<String, String> = ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm"]
        try paragraphStyle(
            .standard, parent: nil,
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": Self.paragraphSpace], into: xml)
        try paragraphStyle(.bodyText, parent: .standard, into: xml)
        try paragraphStyle(
            .title, parent: .standard, next: .subtitle, styleClass: "chapter",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.42cm", "fo:text-align": "center",
                        "fo:keep-with-next": "always"],
            text: ["fo:font-size": "16pt", "fo:font-weight": "bold"], into: xml)
        try paragraphStyle(
            .subtitle, parent: .standard, next: .bodyText, styleClass: "chapter",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0.847cm", "fo:text-align": "center",
                        "fo:keep-with-next": "always"],
            text: ["fo:font-size": "13pt"], into: xml)
        for level in 1...ODFListStyles.outlineLevels {
            try paragraphStyle(
                .clauseHeading(level), parent: .standard, next: .clauseBody(level), outlineLevel: level,
                paragraph: ["fo:margin-top": level == 1 ? "0.635cm" : "0.423cm", "fo:margin-bottom": Self.paragraphSpace,
                            "fo:keep-together": "always", "fo:keep-with-next": "always"],
                text: level == 1 ? ["fo:font-size": "12pt", "fo:font-weight": "bold"] : bold, into: xml)
        }
        for level in 1...ODFListStyles.outlineLevels {
            try paragraphStyle(
                .clauseText(level), parent: .standard, next: .clauseBody(level), outlineLevel: level, into: xml)
        }
        for level in 1...ODFListStyles.outlineLevels {
            try paragraphStyle(
                .clauseBody(level), parent: .standard, next: .clauseBody(level),
                paragraph: ["fo:margin-left": ODFGeometry.bodyIndent(clauseLevel: level).text, "fo:text-indent": "0cm"],
                into: xml)
        }
        try paragraphStyle(.party, parent: .standard, into: xml)
        try paragraphStyle(
            .annexHeading, parent: .standard, next: .annex,
            paragraph: ["fo:margin-top": "0.635cm", "fo:keep-together": "always", "fo:keep-with-next": "always"],
            text: ["fo:font-size": "12pt", "fo:font-weight": "bold"], into: xml)
        try paragraphStyle(.annex, parent: .standard, paragraph: ["fo:margin-bottom": "0.106cm"], into: xml)
        try paragraphStyle(.listParagraph, parent: .standard, paragraph: ["fo:margin-bottom": "0.106cm"], into: xml)
        try paragraphStyle(
            .tableText, parent: .standard, paragraph: ["fo:margin-top": "0.071cm", "fo:margin-bottom": "0.071cm"],
            into: xml)
        try paragraphStyle(
            .tableHeading, parent: .tableText, paragraph: ["fo:keep-with-next": "always"], text: bold, into: xml)
        try paragraphStyle(
            .signature, parent: .standard, paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm",
                                                        "fo:keep-together": "always"], into: xml)
        try paragraphStyle(
            .header, parent: .standard, styleClass: "extra", paragraph: noSpace, text: ["fo:font-size": "9pt"],
            tabStop: ODFGeometry.textWidth, into: xml)
        try paragraphStyle(
            .footer, parent: .standard, styleClass: "extra",
            paragraph: ["fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:text-align": "center"],
            text: ["fo:font-size": "9pt"], into: xml)
        try paragraphStyle(
            .annotationText, parent: .standard, styleClass: "extra", paragraph: noSpace,
            text: ["fo:font-size": "10pt"], into: xml)
    }

    /// One named text (character) style.
    private func textStyle(_ name: ODFStyleName, _ properties: KeyValuePairs<String, String>, into xml: XMLWriter) throws {
        try xml.start("style:style")
        try name.writeNameAttributes(xml)
        try xml.attribute("style:family", "text")
        if !properties.isEmpty { try xml.element("style:text-properties", properties) }
        try xml.end()
    }

    /// The text styles.
    private func writeTextStyles(into xml: XMLWriter) throws {
        try textStyle(.emphasis, ["fo:font-style": "italic"], into: xml)
        try textStyle(.strong, ["fo:font-weight": "bold"], into: xml)
        try textStyle(.definition, ["fo:font-weight": "bold"], into: xml)
        try textStyle(.definedTerm, [:], into: xml)
        try textStyle(.crossReference, [:], into: xml)
        try textStyle(.blank, ["fo:background-color": "#ffff00"], into: xml)
        try textStyle(.draftMark, ["fo:text-transform": "uppercase", "fo:color": "#c00000", "fo:font-weight": "bold"], into: xml)
    }

    // MARK: Page layout and master page

    /// Writes the page layout (content of the automatic styles of `styles.xml`): A4, 2.5 cm margins.
    func writePageLayout(into xml: XMLWriter) throws {
        try xml.element("style:page-layout", ["style:name": Self.pageLayout]) {
            let margin = ODFGeometry.margin.text
            try xml.element(
                "style:page-layout-properties",
                [
                    "fo:page-width": ODFGeometry.pageWidth.text, "fo:page-height": ODFGeometry.pageHeight.text,
                    "style:print-orientation": "portrait", "fo:margin-top": margin, "fo:margin-bottom": margin,
                    "fo:margin-left": margin, "fo:margin-right": margin,
                ])
            try xml.element("style:header-style") {
                try xml.element("style:header-footer-properties", ["fo:min-height": "0cm", "fo:margin-bottom": "0.5cm"])
            }
            try xml.element("style:footer-style") {
                try xml.element("style:header-footer-properties", ["fo:min-height": "0cm", "fo:margin-top": "0.5cm"])
            }
        }
    }

    /// Writes `office:master-styles`: the page with the title (and draft mark) in the header and
    /// "Sida X av Y" in the footer as page-number and page-count fields.
    func writeMasterStyles(into xml: XMLWriter) throws {
        xml.origin = "header"
        try xml.element("office:master-styles") {
            try xml.element(
                "style:master-page", ["style:name": Self.masterPage, "style:page-layout-name": Self.pageLayout]
            ) {
                try xml.element("style:header") {
                    try xml.element("text:p", ["text:style-name": ODFStyleName.header.name]) {
                        try inline.writeText(title, into: xml)
                        if isDraft {
                            try xml.element("text:tab")
                            try xml.element("text:span", ["text:style-name": ODFStyleName.draftMark.name]) {
                                try inline.writeText(vocabulary.draftMark, into: xml)
                            }
                        }
                    }
                }
                try xml.element("style:footer") {
                    try xml.element("text:p", ["text:style-name": ODFStyleName.footer.name]) {
                        try inline.writeText(vocabulary.pageWord + " ", into: xml)
                        try xml.element("text:page-number", ["text:select-page": "current"], text: "1")
                        try inline.writeText(" " + vocabulary.ofWord + " ", into: xml)
                        try xml.element("text:page-count", text: "1")
                    }
                }
            }
        }
    }
}
