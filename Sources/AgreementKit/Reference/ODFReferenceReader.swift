import Foundation

/// Reads a firm's ODT reference document into the look of the ODF documents (`FirmLook`): the firm's versions of
/// the tool's styles (`office:styles` of `styles.xml`), matched by display name, with the tool's names, clause
/// numbering list and outline level; the paragraph default style with the agreement's language left to the tool;
/// the font declarations; the page layout of the `Standard` master page; its header and footer with the automatic
/// styles and pictures they use.
///
/// Only the OpenDocument namespaces the output declares are kept; LibreOffice's extensions (`loext`, `officeooo`)
/// are left out, as the documents do not need them.
struct ODFReferenceReader {
    let package: ReferencePackage

    private static let style = ODFNamespaces.uri("style")
    private static let office = ODFNamespaces.uri("office")
    private static let text = ODFNamespaces.uri("text")
    private static let fo = ODFNamespaces.uri("fo")
    private static let draw = ODFNamespaces.uri("draw")
    private static let xlink = ODFNamespaces.uri("xlink")
    private static let svg = ODFNamespaces.uri("svg")
    private static let kept = Set(ODFNamespaces.document.map(\.uri))

    /// The named styles of the reference, by family and `style:name`.
    private var named: [String: XMLTreeElement] = [:]
    /// The automatic styles of `styles.xml`, by family and `style:name`.
    private var automatic: [String: XMLTreeElement] = [:]
    /// Named styles copied because the tool's build on them, by old key; and the copies.
    private var extraNames: [String: String] = [:]
    private var extras: [XMLTreeElement] = []
    private var automaticNames: [String: String] = [:]
    private var automaticCopies: [XMLTreeElement] = []

    init(package: ReferencePackage) {
        self.package = package
    }

    private static func key(_ family: String, _ name: String) -> String { family + "\u{0}" + name }

    /// The firm's look. Throws `ReferenceError` for a package without `styles.xml`, malformed XML or a style of
    /// the wrong family.
    mutating func read() throws(ReferenceError) -> FirmLook {
        let root = try package.requiredXML("styles.xml")
        let stylesElement = root.child(Self.office, "styles")
        let automaticElement = root.child(Self.office, "automatic-styles")
        for element in stylesElement?.children(Self.style, "style") ?? [] {
            if let name = element.attribute(Self.style, "name") {
                named[Self.key(element.attribute(Self.style, "family") ?? "", name)] = element
            }
        }
        for element in automaticElement?.children(Self.style, "style") ?? [] {
            if let name = element.attribute(Self.style, "name") {
                automatic[Self.key(element.attribute(Self.style, "family") ?? "", name)] = element
            }
        }

        let masters = root.child(Self.office, "master-styles")?.children(Self.style, "master-page") ?? []
        let master = masters.first { $0.attribute(Self.style, "name") == ODFStyles.masterPage } ?? masters.first
        // The first page's master page, whose header the firm may have filled in instead (it sees that page first).
        let firstMaster = masters.first { $0.attribute(Self.style, "name") == ODFStyles.firstPageMaster.name }
        let layoutName = master?.attribute(Self.style, "page-layout-name")
        let layout = automaticElement?.children(Self.style, "page-layout").first {
            $0.attribute(Self.style, "name") == layoutName
        }
        var look = FirmLook(page: page(layout, master: master))

        for id in ToolStyles.paragraphs {
            let name = ODFStyleName(id)
            guard let element = try find(name, family: "paragraph") else { continue }
            look.paragraphStyles[id] = replacement(
                element, family: "paragraph", as: name, tool: ToolStyles.definition(id))
        }
        for id in ToolStyles.characters {
            let name = ODFStyleName(id)
            guard let element = try find(name, family: "text") else { continue }
            look.characterStyles[id] = replacement(element, family: "text", as: name, tool: nil)
        }
        if let defaults = stylesElement?.children(Self.style, "default-style").first(where: {
            $0.attribute(Self.style, "family") == "paragraph"
        }) {
            look.defaults = withoutLanguage(keepOnly(defaults))
        }
        look.fontFaces =
            root.child(Self.office, "font-face-decls")?.children(Self.style, "font-face").map(keepOnly)
            ?? []

        var media: [FirmMedia] = []
        for (kind, keyPath) in [("header", \FirmLook.header), ("footer", \FirmLook.footer)] {
            for page in [master, firstMaster].compactMap({ $0 }) {
                guard let area = page.child(Self.style, kind), area.attribute(Self.style, "display") != "false"
                else { continue }
                var blocks = area.elements.filter {
                    $0.namespace == Self.text || $0.namespace == ODFNamespaces.uri("table")
                }
                blocks = blocks.map(keepOnly)
                while let first = blocks.first, Self.isEmpty(first) { blocks.removeFirst() }
                while let last = blocks.last, Self.isEmpty(last) { blocks.removeLast() }
                guard !blocks.isEmpty else { continue }
                look[keyPath: keyPath] = blocks.map { copyingPictures(renamingStyles($0), kind: kind, media: &media) }
                break
            }
        }
        look.media = media
        look.extraStyles = extras
        look.headerFooterStyles = automaticCopies
        look.font = bodyFont(look)
        return look
    }

    /// The font family of the body text: the Standard style's, else the default style's.
    private func bodyFont(_ look: FirmLook) -> String? {
        for element in [look.paragraphStyles[.normal], look.defaults].compactMap({ $0 }) {
            guard let name = element.child(Self.style, "text-properties")?.attribute(Self.style, "font-name") else {
                continue
            }
            let face = look.fontFaces.first { $0.attribute(Self.style, "name") == name }
            let family = face?.attribute(Self.svg, "font-family")?.trimmingCharacters(
                in: CharacterSet(charactersIn: "'\""))
            return family.flatMap { $0.isEmpty ? nil : $0 } ?? name
        }
        return nil
    }

    // MARK: Page

    /// The page of the master page's layout. ODF's top and bottom page margins reach the header and footer; the
    /// text starts below the header's height and spacing, which is where the tool's page margin is.
    private func page(_ layout: XMLTreeElement?, master: XMLTreeElement?) -> PageGeometry {
        var page = PageGeometry()
        guard let properties = layout?.child(Self.style, "page-layout-properties") else { return page }
        func length(_ element: XMLTreeElement?, _ namespace: String, _ name: String) -> Length? {
            element?.attribute(namespace, name).flatMap(Length.init(odf:))
        }
        if let width = length(properties, Self.fo, "page-width"),
            let height = length(properties, Self.fo, "page-height"),
            width > .zero, height > .zero
        {
            page.pageWidth = width
            page.pageHeight = height
        }
        if let left = length(properties, Self.fo, "margin-left") { page.marginLeft = left }
        if let right = length(properties, Self.fo, "margin-right") { page.marginRight = right }
        let top = length(properties, Self.fo, "margin-top") ?? .zero
        let bottom = length(properties, Self.fo, "margin-bottom") ?? .zero
        func area(_ kind: String) -> (height: Length, spacing: Length)? {
            guard let area = master?.child(Self.style, kind), area.attribute(Self.style, "display") != "false",
                let properties = layout?.child(Self.style, kind + "-style")?.child(
                    Self.style, "header-footer-properties")
            else { return nil }
            let height =
                length(properties, Self.fo, "min-height") ?? length(properties, Self.svg, "height") ?? .zero
            let spacing = length(properties, Self.fo, kind == "header" ? "margin-bottom" : "margin-top") ?? .zero
            return (height, spacing)
        }
        let header = area("header")
        let footer = area("footer")
        page.marginTop = top + (header.map { $0.height + $0.spacing } ?? .zero)
        page.marginBottom = bottom + (footer.map { $0.height + $0.spacing } ?? .zero)
        if header != nil || footer != nil {
            page.headerFooterDistance = header != nil ? top : bottom
            page.headerFooterSpacing = (header ?? footer)!.spacing
        }
        return page.withUsableMargins()
    }

    // MARK: Styles

    /// The reference's style named like `name` (display name, else `style:name`) in `family`; an error when the
    /// name is only that of a style of another family.
    private func find(_ name: ODFStyleName, family: String) throws(ReferenceError) -> XMLTreeElement? {
        func matches(_ element: XMLTreeElement) -> Bool {
            let shown = element.attribute(Self.style, "display-name") ?? element.attribute(Self.style, "name") ?? ""
            return shown.lowercased() == name.display.lowercased()
                || element.attribute(Self.style, "name") == name.name
        }
        let candidates = named.keys.sorted().compactMap { named[$0] }.filter(matches)
        if let match = candidates.first(where: { $0.attribute(Self.style, "family") == family }) { return match }
        if let other = candidates.first {
            let shown = other.attribute(Self.style, "display-name") ?? name.display
            throw package.error(family == "paragraph" ? .notParagraphStyle(shown) : .notCharacterStyle(shown))
        }
        return nil
    }

    /// The tool's style a reference style of `family` named `name` is, if any.
    private func toolName(family: String, name: String) -> ODFStyleName? {
        guard let element = named[Self.key(family, name)] else { return nil }
        let shown = (element.attribute(Self.style, "display-name") ?? name).lowercased()
        let names: [ODFStyleName] =
            family == "paragraph"
            ? ToolStyles.paragraphs.map { ODFStyleName($0) }
            : family == "text"
                ? ToolStyles.characters.map { ODFStyleName($0) } : []
        return names.first { $0.display.lowercased() == shown || $0.name == name }
    }

    /// The name a reference to named style `name` of `family` gets: the tool's style, or a copy of the reference's
    /// named `Firm_20_…`; nil for an unknown style.
    private mutating func mappedNamed(family: String, name: String) -> String? {
        if let tool = toolName(family: family, name: name) { return tool.name }
        let key = Self.key(family, name)
        if let known = extraNames[key] { return known }
        guard let element = named[key] else { return nil }
        let shown = element.attribute(Self.style, "display-name") ?? name
        let newName = ODFStyleName("Firm " + shown.filter { $0.isLetter || $0.isNumber || $0 == " " })
        extraNames[key] = newName.name
        extras.append(replacement(element, family: family, as: newName, tool: nil))
        return newName.name
    }

    /// The firm's style under the tool's name, with the tool's clause numbering and outline level (or none),
    /// references to other styles mapped, the master page link dropped.
    /// `family` is the element's own `style:family`: every style is found by it.
    private mutating func replacement(
        _ element: XMLTreeElement, family: String, as name: ODFStyleName, tool: ParagraphStyle?
    ) -> XMLTreeElement {
        var copy = keepOnly(element)
        var attributes: [XMLTreeAttribute] = [XMLTreeAttribute(namespace: Self.style, name: "name", value: name.name)]
        if name.needsDisplayName {
            attributes.append(XMLTreeAttribute(namespace: Self.style, name: "display-name", value: name.display))
        }
        attributes.append(XMLTreeAttribute(namespace: Self.style, name: "family", value: family))
        // In the order the writer writes its own styles: names, links to other styles, numbering, the rest.
        var others: [XMLTreeAttribute] = []
        for attribute in copy.attributes where attribute.namespace == Self.style {
            switch attribute.name {
            case "parent-style-name", "next-style-name":
                if let mapped = mappedNamed(family: family, name: attribute.value),
                    mapped != name.name || attribute.name == "next-style-name"
                {
                    attributes.append(XMLTreeAttribute(namespace: Self.style, name: attribute.name, value: mapped))
                }
            case "name", "display-name", "family", "list-style-name", "default-outline-level", "master-page-name":
                break
            default:
                others.append(attribute)
            }
        }
        if let numbering = tool?.numbering, numbering.list == .clauses {
            attributes.append(
                XMLTreeAttribute(
                    namespace: Self.style, name: "list-style-name", value: ODFStyleName.clauseNumbering.name))
        }
        if let level = tool?.outlineLevel {
            attributes.append(XMLTreeAttribute(namespace: Self.style, name: "default-outline-level", value: "\(level)"))
        }
        attributes += others
        copy.attributes = attributes
        copy.children = copy.children.filter {
            if case .element(let child) = $0 { return !child.is(Self.style, "map") }
            return true
        }
        return copy
    }

    /// The paragraph default style without the firm's language (the writer puts the agreement's in).
    private func withoutLanguage(_ defaults: XMLTreeElement) -> XMLTreeElement {
        var copy = defaults
        copy.children = defaults.children.map {
            guard case .element(var child) = $0, child.is(Self.style, "text-properties") else { return $0 }
            child = child.setting(Self.fo, "language", nil).setting(Self.fo, "country", nil)
                .setting(Self.fo, "script", nil)
            return .element(child)
        }
        return copy
    }

    // MARK: Header and footer

    /// Whether a header block shows nothing: a paragraph without text, frame or field.
    private static func isEmpty(_ block: XMLTreeElement) -> Bool {
        guard block.is(text, "p") || block.is(text, "h") else { return false }
        return block.text.trimmingCharacters(in: .whitespaces).isEmpty
            && !block.descendants.dropFirst().contains { $0.namespace == draw || $0.namespace == text }
    }

    /// The content with every style it names mapped: automatic styles of `styles.xml` copied as `Firm…`, named
    /// styles to the tool's or a copy; a name that is neither is dropped.
    private mutating func renamingStyles(_ element: XMLTreeElement) -> XMLTreeElement {
        var copy = element
        copy.attributes = element.attributes.compactMap { attribute in
            guard attribute.name.hasSuffix("style-name") else { return attribute }
            guard let mapped = mappedAny(attribute.value, for: element, attribute: attribute.name) else { return nil }
            var changed = attribute
            changed.value = mapped
            return changed
        }
        copy.children = element.children.map {
            if case .element(let child) = $0 { return .element(renamingStyles(child)) }
            return $0
        }
        return copy
    }

    /// The family a style-name attribute refers to.
    private static func family(of element: XMLTreeElement, attribute: String) -> String {
        if attribute == "text-style-name" { return "text" }
        if element.namespace == draw { return "graphic" }
        if element.namespace == ODFNamespaces.uri("table") {
            return ["table": "table", "table-column": "table-column", "table-row": "table-row"][element.name]
                ?? "table-cell"
        }
        if element.is(text, "span") || element.is(text, "a") { return "text" }
        return "paragraph"
    }

    private mutating func mappedAny(_ name: String, for element: XMLTreeElement, attribute: String) -> String? {
        let family = Self.family(of: element, attribute: attribute)
        let key = Self.key(family, name)
        if let known = automaticNames[key] { return known }
        if let style = automatic[key] {
            let newName = "Firm" + name
            automaticNames[key] = newName
            var copy = keepOnly(style).setting(Self.style, "name", newName).setting(Self.style, "master-page-name", nil)
                .setting(Self.style, "list-style-name", nil)
            if let parent = style.attribute(Self.style, "parent-style-name") {
                copy = copy.setting(Self.style, "parent-style-name", mappedNamed(family: family, name: parent))
            }
            automaticCopies.append(copy)
            return newName
        }
        return mappedNamed(family: family, name: name)
    }

    /// The content with each picture of the package copied as `Pictures/firm-<kind>N.<ext>`.
    private func copyingPictures(_ element: XMLTreeElement, kind: String, media: inout [FirmMedia]) -> XMLTreeElement {
        var copy = element
        if element.is(Self.draw, "image"), let href = element.attribute(Self.xlink, "href"),
            !href.contains(":"), let data = package.entries[ReferencePackage.resolve(href, against: "")]
        {
            let name = "Pictures/firm-\(kind)\(media.count + 1).\(ReferencePackage.fileExtension(href))"
            media.append(FirmMedia(name: name, mediaType: ReferencePackage.imageMediaType(name), data: [UInt8](data)))
            copy = copy.setting(Self.xlink, "href", name)
        }
        copy.children = element.children.map {
            if case .element(let child) = $0 { return .element(copyingPictures(child, kind: kind, media: &media)) }
            return $0
        }
        return copy
    }

    /// The element with only the elements and attributes of the output's namespaces.
    private func keepOnly(_ element: XMLTreeElement) -> XMLTreeElement {
        var copy = element
        copy.attributes = element.attributes.filter {
            Self.kept.contains($0.namespace) || $0.namespace == XMLTree.xmlNamespace
        }
        copy.children = element.children.compactMap {
            switch $0 {
            case .text: return $0
            case .element(let child): return Self.kept.contains(child.namespace) ? .element(keepOnly(child)) : nil
            }
        }
        return copy
    }
}

extension Length {
    /// A length in ODF's form (`2.5cm`, `12pt`, `0.5in`, `25mm`, `1pc`, `96px`); nil for anything else.
    init?(odf text: String) {
        let units: [(String, Double)] = [
            ("cm", 360_000), ("mm", 36_000), ("in", 914_400), ("pt", 12_700), ("pc", 152_400), ("px", 9_525),
        ]
        for (unit, emu) in units where text.hasSuffix(unit) {
            guard let value = Double(text.dropLast(unit.count)), value.isFinite, abs(value) < 10_000 else { return nil }
            self.init(emu: Int((value * emu).rounded()))
            return
        }
        return nil
    }
}
