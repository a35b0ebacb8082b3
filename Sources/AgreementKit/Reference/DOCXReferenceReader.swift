import Foundation

/// Reads a firm's DOCX reference document into the look of the DOCX documents (`FirmLook`): the firm's versions of
/// the tool's styles, matched by name, with the tool's ids, numbering link and outline level; the document
/// defaults with the agreement's language left to the tool; the page of the last section; the default header and
/// footer with their images.
///
/// Only WordprocessingML is taken from styles (other namespaces are Word's extensions, which the document does not
/// need); header and footer content also keeps DrawingML and VML, which images are made of. Theme fonts become the
/// theme's font names, as the output has no theme.
struct DOCXReferenceReader {
    let package: ReferencePackage

    private static let w = DOCXNamespace.wordprocessingML
    private static let r = DOCXNamespace.officeRelationships
    private static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    private static let relationships = DOCXNamespace.packageRelationships

    /// The namespaces header and footer content may keep.
    static let contentNamespaces: Set<String> = [
        w, r, DOCXNamespace.vml, DOCXNamespace.officeVML, DOCXNamespace.wordVML,
        DOCXNamespace.wordprocessingDrawing, DOCXNamespace.drawingML, DOCXNamespace.picture,
    ]

    /// A style of the reference.
    private struct Style {
        var id: String
        var type: String
        var name: String
        var element: XMLTreeElement
    }

    private var styles: [String: Style] = [:]
    private var themeFonts: [String: String] = [:]

    init(package: ReferencePackage) {
        self.package = package
    }

    /// The firm's look. Throws `ReferenceError` for a package without styles or document, malformed XML, a style
    /// of the wrong type or a header that refers to what cannot be copied.
    mutating func read() throws(ReferenceError) -> FirmLook {
        let mainPart = try self.mainPart()
        let document = try package.requiredXML(mainPart)
        let stylesRoot = try package.requiredXML(DOCXPartName.styles)
        let folder = FilePath.parent(mainPart)
        let documentRelationships = try relationshipsOf(mainPart)
        if let theme = documentRelationships.first(where: { $0.type.hasSuffix("/theme") }) {
            try readTheme(ReferencePackage.resolve(theme.target, against: folder))
        }
        for element in stylesRoot.children(Self.w, "style") {
            guard let id = element.attribute(Self.w, "styleId") else { continue }
            let style = Style(
                id: id, type: element.attribute(Self.w, "type") ?? "paragraph",
                name: element.child(Self.w, "name")?.attribute(Self.w, "val") ?? id, element: element)
            if styles[id] == nil { styles[id] = style }
        }

        let section = document.child(Self.w, "body")?.child(Self.w, "sectPr")
        var look = FirmLook(page: page(section))
        var extras = ExtraStyles()
        for id in ToolStyles.paragraphs {
            guard let style = style(named: [DOCXStyleID.name(id), id.displayName]) else { continue }
            guard style.type == "paragraph" else { throw package.error(.notParagraphStyle(style.name)) }
            look.paragraphStyles[id] = replacement(
                style, id: DOCXStyleID.id(id), name: DOCXStyleID.name(id),
                isDefault: id == .normal, tool: ToolStyles.definition(id), extras: &extras)
        }
        for id in ToolStyles.characters {
            guard let style = style(named: [DOCXStyleID.name(id), id.displayName]) else { continue }
            guard style.type == "character" else { throw package.error(.notCharacterStyle(style.name)) }
            look.characterStyles[id] = replacement(
                style, id: DOCXStyleID.id(id), name: DOCXStyleID.name(id), isDefault: false, tool: nil,
                extras: &extras)
        }
        if let defaults = stylesRoot.child(Self.w, "docDefaults") {
            look.defaults = defaultsWithoutLanguage(keepOnly(defaults, in: [Self.w]))
        }

        if let section {
            var media: [FirmMedia] = []
            for (kind, keyPath) in [("header", \FirmLook.header), ("footer", \FirmLook.footer)] {
                // The default header, or the first page's when the default one is empty (the firm filled in the
                // header of the page it saw first).
                for part in headerFooterParts(kind, section: section, relationships: documentRelationships) {
                    let partName = ReferencePackage.resolve(part, against: folder)
                    guard let root = try package.xml(partName) else { continue }
                    var partMedia = media
                    var (content, links) = try self.content(
                        of: root, part: partName, kind: kind, media: &partMedia, extras: &extras)
                    guard !content.isEmpty else { continue }
                    media = partMedia
                    content = content.map { mapStyles(in: $0, extras: &extras) }
                    look[keyPath: keyPath] = content
                    if kind == "header" { look.headerRelationships = links } else { look.footerRelationships = links }
                    break
                }
            }
            look.media = media
        }
        look.extraStyles = extras.elements
        look.font = bodyFont(look)
        return look
    }

    /// The font of the body text: the Normal style's, else the document defaults'.
    private func bodyFont(_ look: FirmLook) -> String? {
        for element in [look.paragraphStyles[.normal], look.defaults].compactMap({ $0 }) {
            let fonts = element.descendants.first { $0.is(Self.w, "rFonts") }
            if let font = fonts?.attribute(Self.w, "ascii") ?? fonts?.attribute(Self.w, "hAnsi"), !font.isEmpty {
                return font
            }
        }
        return nil
    }

    // MARK: Package

    private func mainPart() throws(ReferenceError) -> String {
        let target = try relationshipsOf("").first { $0.type.hasSuffix("/officeDocument") }?.target
        return target.map { ReferencePackage.resolve($0, against: "") } ?? DOCXPartName.document
    }

    /// The relationships of part `name` ("" for the package's own).
    private func relationshipsOf(_ name: String) throws(ReferenceError) -> [FirmRelationship] {
        let folder = FilePath.parent(name)
        let file = (name as NSString).lastPathComponent
        let relsName = (folder.isEmpty ? "" : folder + "/") + "_rels/" + file + ".rels"
        guard let root = try package.xml(relsName) else { return [] }
        return root.children(Self.relationships, "Relationship").compactMap { element in
            guard let id = element.attribute("", "Id"), let type = element.attribute("", "Type"),
                let target = element.attribute("", "Target")
            else { return nil }
            return FirmRelationship(
                id: id, type: type, target: target, isExternal: element.attribute("", "TargetMode") == "External")
        }
    }

    private mutating func readTheme(_ name: String) throws(ReferenceError) {
        guard let theme = try package.xml(name) else { return }
        let a = DOCXNamespace.drawingML
        for (scheme, prefix) in [("majorFont", "major"), ("minorFont", "minor")] {
            guard let fonts = theme.descendants.first(where: { $0.is(a, scheme) }) else { continue }
            if let latin = fonts.child(a, "latin")?.attribute("", "typeface"), !latin.isEmpty {
                themeFonts[prefix + "HAnsi"] = latin
                themeFonts[prefix + "Ascii"] = latin
            }
            if let ea = fonts.child(a, "ea")?.attribute("", "typeface"), !ea.isEmpty {
                themeFonts[prefix + "EastAsia"] = ea
            }
            if let cs = fonts.child(a, "cs")?.attribute("", "typeface"), !cs.isEmpty {
                themeFonts[prefix + "Bidi"] = cs
            }
        }
    }

    // MARK: Page

    /// The page of the last section: size, margins and the header distance; the defaults for what it leaves out.
    private func page(_ section: XMLTreeElement?) -> PageGeometry {
        var page = PageGeometry()
        func twips(_ element: XMLTreeElement?, _ name: String) -> Length? {
            // Within ±10 m: a larger value is no page, and would overflow.
            guard let value = element?.attribute(Self.w, name), let number = Int(value), abs(number) < 566_929
            else { return nil }
            return Length(emu: abs(number) * 635)
        }
        let size = section?.child(Self.w, "pgSz")
        if let width = twips(size, "w"), let height = twips(size, "h"), width > .zero, height > .zero {
            page.pageWidth = width
            page.pageHeight = height
        }
        let margins = section?.child(Self.w, "pgMar")
        if let top = twips(margins, "top") { page.marginTop = top }
        if let bottom = twips(margins, "bottom") { page.marginBottom = bottom }
        if let left = twips(margins, "left") { page.marginLeft = left }
        if let right = twips(margins, "right") { page.marginRight = right }
        if let header = twips(margins, "header") { page.headerFooterDistance = header }
        return page.withUsableMargins()
    }

    // MARK: Styles

    private func style(named names: [String]) -> Style? {
        let wanted = Set(names.map { $0.lowercased() })
        return styles.values.sorted { $0.id < $1.id }.first { wanted.contains($0.name.lowercased()) }
    }

    /// The styles the writer always writes, by Word's name, which a reference's styles may build on.
    private static let builtIn = [
        "default paragraph font": DOCXStyleID.defaultParagraphFont, "normal table": DOCXStyleID.tableNormal,
    ]

    /// Styles of the reference that the tool's styles build on, renamed `Firm…`.
    private struct ExtraStyles {
        var ids: [String: String] = [:]
        var elements: [XMLTreeElement] = []
    }

    /// The id a reference to the reference's style `id` gets in the output: the tool's style of the same name, a
    /// built-in one, or a copy of the reference's style (added to `extras`); nil for an unknown style or one of
    /// another type than `type`.
    private func mappedID(_ id: String, type: String, extras: inout ExtraStyles) -> String? {
        guard let style = styles[id], style.type == type else { return nil }
        if let builtIn = Self.builtIn[style.name.lowercased()] { return builtIn }
        if style.type == "paragraph",
            let tool = ToolStyles.paragraphs.first(where: {
                [DOCXStyleID.name($0), $0.displayName].contains { $0.lowercased() == style.name.lowercased() }
            })
        {
            return DOCXStyleID.id(tool)
        }
        if style.type == "character",
            let tool = ToolStyles.characters.first(where: {
                [DOCXStyleID.name($0), $0.displayName].contains { $0.lowercased() == style.name.lowercased() }
            })
        {
            return DOCXStyleID.id(tool)
        }
        guard type == "paragraph" || type == "character" else { return nil }
        if let known = extras.ids[id] { return known }
        let newID = "Firm" + id.filter { $0.isLetter || $0.isNumber }
        extras.ids[id] = newID
        let copy = replacement(
            style, id: newID, name: "Firm " + style.name, isDefault: false, tool: nil, extras: &extras)
        extras.elements.append(copy)
        return newID
    }

    /// The order of a style's children (CT_Style).
    private static let styleOrder = [
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority", "semiHidden",
        "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose", "personalReply", "rsid", "pPr", "rPr",
        "tblPr", "trPr", "tcPr", "tblStylePr",
    ]

    /// The order of paragraph properties (CT_PPrBase).
    private static let paragraphOrder = [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
        "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
        "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
        "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ]

    /// The firm's style as the tool's: its id and name, `w:default` only on Normal, references to other styles
    /// mapped, the tool's numbering and outline level (or none), theme fonts resolved, only WordprocessingML.
    private func replacement(
        _ style: Style, id: String, name: String, isDefault: Bool, tool: ParagraphStyle?, extras: inout ExtraStyles
    ) -> XMLTreeElement {
        var element = keepOnly(style.element, in: [Self.w])
        element.attributes = [
            XMLTreeAttribute(namespace: Self.w, name: "type", value: style.type)
        ]
        if isDefault { element.attributes.append(XMLTreeAttribute(namespace: Self.w, name: "default", value: "1")) }
        element.attributes.append(XMLTreeAttribute(namespace: Self.w, name: "styleId", value: id))
        var children: [XMLTreeElement] = []
        for child in element.elements {
            switch child.name {
            case "name":
                children.append(XMLTreeElement(namespace: Self.w, name: "name", attributes: [valAttribute(name)]))
            case "basedOn", "next":
                if let target = child.attribute(Self.w, "val"),
                    let mapped = mappedID(target, type: style.type, extras: &extras),
                    mapped != id || child.name == "next"
                {
                    children.append(child.setting(Self.w, "val", mapped))
                }
            case "link", "rsid", "tblPr", "trPr", "tcPr", "tblStylePr", "aliases":
                break
            case "pPr" where style.type == "paragraph":
                children.append(paragraphProperties(child, tool: tool))
            case "pPr":
                break
            case "rPr":
                children.append(runProperties(child))
            default:
                children.append(child)
            }
        }
        // A style Word finds by its id alone (no `w:name`) still gets the tool's name.
        if !children.contains(where: { $0.name == "name" }) {
            children.append(XMLTreeElement(namespace: Self.w, name: "name", attributes: [valAttribute(name)]))
        }
        if style.type == "paragraph", !children.contains(where: { $0.name == "pPr" }),
            tool?.numbering != nil || tool?.outlineLevel != nil
        {
            children.append(
                paragraphProperties(XMLTreeElement(namespace: Self.w, name: "pPr"), tool: tool))
        }
        element.children = Self.ordered(children, by: Self.styleOrder).map { .element($0) }
        return element
    }

    private func valAttribute(_ value: String) -> XMLTreeAttribute {
        XMLTreeAttribute(namespace: Self.w, name: "val", value: value)
    }

    /// Paragraph properties with the tool's numbering link and outline level in place of the firm's.
    private func paragraphProperties(_ properties: XMLTreeElement, tool: ParagraphStyle?) -> XMLTreeElement {
        var children = properties.elements.filter {
            !["numPr", "outlineLvl", "pStyle", "sectPr", "pPrChange", "cnfStyle", "divId"].contains($0.name)
        }
        if let numbering = tool?.numbering, let index = LaidOutDocument.sharedInstance(numbering.list) {
            children.append(
                XMLTreeElement(
                    namespace: Self.w, name: "numPr",
                    children: [
                        .element(
                            XMLTreeElement(
                                namespace: Self.w, name: "ilvl", attributes: [valAttribute("\(numbering.level)")])),
                        .element(
                            XMLTreeElement(namespace: Self.w, name: "numId", attributes: [valAttribute("\(index + 1)")])
                        ),
                    ]))
        }
        if let level = tool?.outlineLevel {
            children.append(
                XMLTreeElement(namespace: Self.w, name: "outlineLvl", attributes: [valAttribute("\(level - 1)")]))
        }
        children = children.map { $0.name == "rPr" ? runProperties($0) : $0 }
        var copy = properties
        copy.children = Self.ordered(children, by: Self.paragraphOrder).map { .element($0) }
        return copy
    }

    /// Run properties without a character style reference or tracked change, theme fonts made plain.
    private func runProperties(_ properties: XMLTreeElement) -> XMLTreeElement {
        var copy = properties
        copy.children = properties.elements.filter { !["rStyle", "rPrChange"].contains($0.name) }.map {
            .element($0.name == "rFonts" ? plainFonts($0) : $0)
        }
        return copy
    }

    /// `w:rFonts` with each theme font replaced by the theme's font name (or dropped without a theme).
    private func plainFonts(_ fonts: XMLTreeElement) -> XMLTreeElement {
        var copy = fonts
        for (themeAttribute, plain) in [
            ("asciiTheme", "ascii"), ("hAnsiTheme", "hAnsi"), ("eastAsiaTheme", "eastAsia"), ("cstheme", "cs"),
        ] {
            guard let theme = copy.attribute(Self.w, themeAttribute) else { continue }
            copy = copy.setting(Self.w, themeAttribute, nil)
            if let font = themeFonts[theme] { copy = copy.setting(Self.w, plain, font) }
        }
        return copy
    }

    /// `w:docDefaults` with the firm's language taken out (the writer puts the agreement's in).
    private func defaultsWithoutLanguage(_ defaults: XMLTreeElement) -> XMLTreeElement {
        var copy = defaults
        copy.children = defaults.elements.map { child in
            guard child.name == "rPrDefault" else {
                if child.name == "pPrDefault" {
                    var p = child
                    p.children = child.elements.map { .element(paragraphProperties($0, tool: nil)) }
                    return .element(p)
                }
                return .element(child)
            }
            var rPrDefault = child
            rPrDefault.children = child.elements.map { rPr in
                var run = runProperties(rPr)
                run.children = run.elements.filter { $0.name != "lang" }.map { .element($0) }
                return .element(run)
            }
            return .element(rPrDefault)
        }
        return copy
    }

    /// `children` sorted stably into `order` (unknown names last).
    static func ordered(_ children: [XMLTreeElement], by order: [String]) -> [XMLTreeElement] {
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return children.enumerated().sorted { a, b in
            let (x, y) = (rank[a.element.name] ?? order.count, rank[b.element.name] ?? order.count)
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
    }

    // MARK: Header and footer

    /// The reference's header or footer parts of the section: the default one, then the first page's.
    private func headerFooterParts(
        _ kind: String, section: XMLTreeElement, relationships: [FirmRelationship]
    ) -> [String] {
        let references = section.children(Self.w, kind + "Reference")
        let ordered =
            references.filter { ($0.attribute(Self.w, "type") ?? "default") == "default" }
            + references.filter { $0.attribute(Self.w, "type") == "first" }
        return ordered.compactMap { reference in
            reference.attribute(Self.r, "id").flatMap { id in
                relationships.first { $0.id == id && !$0.isExternal }?.target
            }
        }
    }

    /// The content blocks of a header or footer part, without empty paragraphs at either end, with its images
    /// copied under fixed names and its relationships renumbered.
    private func content(
        of root: XMLTreeElement, part: String, kind: String, media: inout [FirmMedia], extras: inout ExtraStyles
    ) throws(ReferenceError) -> ([XMLTreeElement], [FirmRelationship]) {
        var blocks: [XMLTreeElement] = []
        for block in root.elements {
            if block.is(Self.w, "sdt") {
                blocks += block.child(Self.w, "sdtContent")?.elements ?? []
            } else {
                blocks.append(block)
            }
        }
        blocks = blocks.filter { $0.is(Self.w, "p") || $0.is(Self.w, "tbl") }.map {
            keepOnly($0, in: Self.contentNamespaces)
        }
        while let first = blocks.first, Self.isEmpty(first) { blocks.removeFirst() }
        while let last = blocks.last, Self.isEmpty(last) { blocks.removeLast() }

        let partRelationships = try relationshipsOf(part)
        var links: [FirmRelationship] = []
        var renamed: [String: String] = [:]
        let folder = FilePath.parent(part)
        for element in blocks.flatMap(\.descendants) {
            for attribute in element.attributes where attribute.namespace == Self.r {
                let old = attribute.value
                guard renamed[old] == nil else { continue }
                guard let link = partRelationships.first(where: { $0.id == old }) else {
                    throw package.error(.unsupportedLink(part: part, target: old))
                }
                let newID = "rId\(links.count + 1)"
                renamed[old] = newID
                if link.isExternal, link.type.hasSuffix("/hyperlink") {
                    links.append(FirmRelationship(id: newID, type: link.type, target: link.target, isExternal: true))
                } else if !link.isExternal, link.type.hasSuffix("/image"),
                    let data = package.entries[ReferencePackage.resolve(link.target, against: folder)]
                {
                    let ext = ReferencePackage.fileExtension(link.target)
                    let name = "media/firm-\(kind)\(media.count + 1).\(ext)"
                    media.append(
                        FirmMedia(
                            name: "word/" + name, mediaType: ReferencePackage.imageMediaType(name), data: [UInt8](data))
                    )
                    links.append(FirmRelationship(id: newID, type: link.type, target: name, isExternal: false))
                } else {
                    throw package.error(.unsupportedLink(part: part, target: link.target))
                }
            }
        }
        return (blocks.map { Self.renamingRelationships($0, renamed) }, links)
    }

    /// Whether a header block shows nothing: a paragraph without text, image, field or tab.
    private static func isEmpty(_ block: XMLTreeElement) -> Bool {
        guard block.is(w, "p") else { return false }
        return !block.descendants.contains {
            ($0.namespace == w && ["t", "drawing", "pict", "fldSimple", "instrText", "object"].contains($0.name))
        }
    }

    private static func renamingRelationships(_ element: XMLTreeElement, _ renamed: [String: String]) -> XMLTreeElement
    {
        var copy = element
        copy.attributes = element.attributes.map { attribute in
            guard attribute.namespace == r, let new = renamed[attribute.value] else { return attribute }
            var changed = attribute
            changed.value = new
            return changed
        }
        copy.children = element.children.map {
            if case .element(let child) = $0 { return .element(renamingRelationships(child, renamed)) }
            return $0
        }
        return copy
    }

    /// Header content with paragraph and character style references mapped to the output's, numbering dropped.
    private func mapStyles(in element: XMLTreeElement, extras: inout ExtraStyles) -> XMLTreeElement {
        var copy = element
        var children: [XMLTreeNode] = []
        for child in element.children {
            guard case .element(let node) = child else {
                children.append(child)
                continue
            }
            if node.namespace == Self.w, node.name == "pStyle" || node.name == "rStyle" {
                let type = node.name == "pStyle" ? "paragraph" : "character"
                if let value = node.attribute(Self.w, "val"), let mapped = mappedID(value, type: type, extras: &extras)
                {
                    children.append(.element(node.setting(Self.w, "val", mapped)))
                }
            } else if node.namespace == Self.w, ["numPr", "rPrChange", "pPrChange"].contains(node.name) {
                continue
            } else {
                children.append(.element(mapStyles(in: node, extras: &extras)))
            }
        }
        copy.children = children
        return copy
    }

    /// The element with only elements and attributes in `namespaces` (and unqualified attributes); Markup
    /// Compatibility's alternate content becomes its fallback.
    private func keepOnly(_ element: XMLTreeElement, in namespaces: Set<String>) -> XMLTreeElement {
        var copy = element
        copy.attributes = element.attributes.filter {
            $0.namespace.isEmpty || $0.namespace == XMLTree.xmlNamespace || namespaces.contains($0.namespace)
        }
        var children: [XMLTreeNode] = []
        for child in element.children {
            switch child {
            case .text:
                children.append(child)
            case .element(let node) where node.is(Self.mc, "AlternateContent"):
                for fallback in node.child(Self.mc, "Fallback")?.elements ?? []
                where namespaces.contains(fallback.namespace) {
                    children.append(.element(keepOnly(fallback, in: namespaces)))
                }
            case .element(let node) where namespaces.contains(node.namespace):
                children.append(.element(keepOnly(node, in: namespaces)))
            case .element:
                break
            }
        }
        copy.children = children
        return copy
    }
}

extension PageGeometry {
    /// The page with margins that leave room for text: a page of at least 5 cm each way (else A4), a margin at most
    /// a third of the page, the header at most the top margin; so that a strange reference cannot make the tables'
    /// widths negative.
    func withUsableMargins() -> PageGeometry {
        var page = self
        if page.pageWidth < .cm(5) || page.pageHeight < .cm(5) {
            page.pageWidth = PageGeometry().pageWidth
            page.pageHeight = PageGeometry().pageHeight
        }
        page.marginLeft = min(page.marginLeft, Length(emu: page.pageWidth.emu / 3))
        page.marginRight = min(page.marginRight, Length(emu: page.pageWidth.emu / 3))
        page.marginTop = min(page.marginTop, Length(emu: page.pageHeight.emu / 3))
        page.marginBottom = min(page.marginBottom, Length(emu: page.pageHeight.emu / 3))
        let smallest = min(page.marginTop, page.marginBottom)
        page.headerFooterDistance = min(page.headerFooterDistance, smallest)
        page.headerFooterSpacing = min(page.headerFooterSpacing, smallest - page.headerFooterDistance)
        return page
    }
}
