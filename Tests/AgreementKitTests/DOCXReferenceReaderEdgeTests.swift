import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A firm's DOCX reference as Word and other tools write them, beyond the tool's own default reference: packages
/// without relationships, styles that build on other styles, theme fonts, pages with odd numbers, headers and
/// footers in content controls, on the first page only, with links and images; and the references that are
/// refused, with the part and target they name.
@Suite("Reference documents: DOCX edge cases")
struct DOCXReferenceReaderEdgeTests {
    static let w = DOCXNamespace.wordprocessingML
    static let namespaces =
        "xmlns:w=\"\(DOCXNamespace.wordprocessingML)\" xmlns:r=\"\(DOCXNamespace.officeRelationships)\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
        + "xmlns:wp=\"\(DOCXNamespace.wordprocessingDrawing)\" xmlns:a=\"\(DOCXNamespace.drawingML)\" "
        + "xmlns:pic=\"\(DOCXNamespace.picture)\""
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    static func styles(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(namespaces)>\(body)</w:styles>"
    }

    static func document(_ section: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(namespaces)><w:body><w:p/>\(section)</w:body>"
            + "</w:document>"
    }

    static func part(_ root: String, _ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:\(root) \(namespaces)>\(body)</w:\(root)>"
    }

    /// A relationships part: (id, type after the common prefix or a whole URI, target, external).
    static func relationships(_ list: [(String, String, String, Bool)]) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
            + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + list.map { id, type, target, external in
                "<Relationship Id=\"\(id)\" Type=\"\(type.contains(":") ? type : relationshipType + type)\" "
                    + "Target=\"\(target)\"\(external ? " TargetMode=\"External\"" : "")/>"
            }.joined() + "</Relationships>"
    }

    /// A style element.
    static func style(_ type: String?, _ id: String?, name: String?, _ body: String = "") -> String {
        "<w:style" + (type.map { " w:type=\"\($0)\"" } ?? "") + (id.map { " w:styleId=\"\($0)\"" } ?? "") + ">"
            + (name.map { "<w:name w:val=\"\($0)\"/>" } ?? "") + body + "</w:style>"
    }

    static func read(_ entries: [String: String], binary: [String: Data] = [:]) throws(ReferenceError) -> FirmLook {
        var all = entries.mapValues { Data($0.utf8) }
        all.merge(binary) { $1 }
        let package = ReferencePackage(file: "firm.docx", kind: "DOCX", entries: all)
        var reader = DOCXReferenceReader(package: package)
        return try reader.read()
    }

    static func problem(_ entries: [String: String], binary: [String: Data] = [:]) -> ReferenceError.Problem? {
        do {
            _ = try read(entries, binary: binary)
            return nil
        } catch {
            return error.problem
        }
    }

    static func val(_ element: XMLTreeElement?, _ child: String) -> String? {
        element?.child(w, child)?.attribute(w, "val")
    }

    /// A package with a section whose header and footer references point at the given parts.
    static func withSection(
        _ section: String, styles body: String = "", parts: [String: String] = [:],
        documentRelationships: [(String, String, String, Bool)]
    ) -> [String: String] {
        var entries = parts
        entries["word/document.xml"] = document("<w:sectPr>\(section)</w:sectPr>")
        entries["word/styles.xml"] = styles(body)
        entries["word/_rels/document.xml.rels"] = relationships(documentRelationships)
        return entries
    }

    // MARK: Package

    @Test func withoutRelationshipsTheMainPartIsWordDocumentAndThePageTheDefault() throws {
        let look = try Self.read(["word/document.xml": Self.document(), "word/styles.xml": Self.styles("")])
        #expect(look.page == PageGeometry())
        #expect(look.paragraphStyles.isEmpty && look.characterStyles.isEmpty)
        #expect(look.defaults == nil)
        #expect(look.font == nil)
        #expect(look.header.isEmpty && look.footer.isEmpty && look.media.isEmpty)
    }

    @Test func theMainPartIsWhereThePackageRelationshipPoints() throws {
        let section =
            "<w:sectPr><w:pgMar w:top=\"1000\" w:bottom=\"1100\" w:left=\"1200\" w:right=\"1300\" "
            + "w:header=\"500\"/></w:sectPr>"
        let entries = [
            "_rels/.rels": Self.relationships([("rId1", "officeDocument", "/custom/main.xml", false)]),
            "custom/main.xml": Self.document(section),
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(""),
        ]
        let look = try Self.read(entries)
        #expect(look.page.marginTop.twips == 1000)
        #expect(look.page.marginBottom.twips == 1100)
        #expect(look.page.marginLeft.twips == 1200)
        #expect(look.page.marginRight.twips == 1300)
        #expect(look.page.headerFooterDistance.twips == 500)
        var missing = entries
        missing["custom/main.xml"] = nil
        #expect(Self.problem(missing) == .missingPart("custom/main.xml"))
    }

    @Test func malformedRelationshipsAreRefusedWithTheirPart() {
        let problem = Self.problem([
            "_rels/.rels": "<Relationships", "word/document.xml": Self.document(), "word/styles.xml": Self.styles(""),
        ])
        guard case .malformed(let part, _) = problem else {
            Issue.record("\(String(describing: problem))")
            return
        }
        #expect(part == "_rels/.rels")
    }

    @Test func aRelationshipWithoutIdTypeOrTargetIsIgnored() throws {
        let rels =
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Type=\"\(Self.relationshipType)officeDocument\" Target=\"elsewhere.xml\"/>"
            + "</Relationships>"
        let look = try Self.read([
            "_rels/.rels": rels, "word/document.xml": Self.document(), "word/styles.xml": Self.styles(""),
        ])
        #expect(look.page == PageGeometry(), "the document is word/document.xml, not the incomplete relationship's")
    }

    // MARK: Page

    @Test func aPageOfNoSizeKeepsA4AndMissingMarginsKeepTheDefaults() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(
                "<w:sectPr><w:pgSz w:w=\"0\" w:h=\"16838\"/><w:pgMar w:left=\"abc\" w:right=\"1000\"/></w:sectPr>"),
            "word/styles.xml": Self.styles(""),
        ])
        #expect(look.page.pageWidth == PageGeometry().pageWidth)
        #expect(look.page.pageHeight == PageGeometry().pageHeight)
        #expect(look.page.marginLeft == PageGeometry().marginLeft)
        #expect(look.page.marginRight.twips == 1000)
        #expect(look.page.marginTop == PageGeometry().marginTop)
    }

    /// A page narrower or lower than 5 cm is no page to write an agreement on: A4 instead.
    @Test func aPageSmallerThanFiveCentimetresIsA4() throws {
        let look = try Self.read([
            "word/document.xml": Self.document("<w:sectPr><w:pgSz w:w=\"2000\" w:h=\"16838\"/></w:sectPr>"),
            "word/styles.xml": Self.styles(""),
        ])
        #expect(look.page.pageWidth == PageGeometry().pageWidth)
        #expect(look.page.pageHeight == PageGeometry().pageHeight)
    }

    @Test func aLetterPageIsTaken() throws {
        let look = try Self.read([
            "word/document.xml": Self.document("<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/></w:sectPr>"),
            "word/styles.xml": Self.styles(""),
        ])
        #expect(look.page.pageWidth.twips == 12240)
        #expect(look.page.pageHeight.twips == 15840)
    }

    // MARK: Styles

    @Test func aStyleWithoutTypeIsAParagraphStyleAndWithoutNameIsNamedByItsId() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style(nil, "Title", name: nil, "<w:rPr><w:b/></w:rPr>")
                    + Self.style("paragraph", nil, name: "Subtitle", "<w:rPr><w:i/></w:rPr>")
                    + Self.style("paragraph", "Title", name: "Other", "<w:rPr><w:caps/></w:rPr>")),
        ])
        let title = try #require(look.paragraphStyles[.title])
        #expect(title.attribute(Self.w, "type") == "paragraph")
        #expect(title.attribute(Self.w, "styleId") == "Title")
        #expect(Self.val(title, "name") == "Title", "a style without a name gets the tool's")
        #expect(title.child(Self.w, "rPr")?.child(Self.w, "b") != nil, "the first style of an id counts")
        #expect(look.paragraphStyles[.subtitle] == nil, "a style without id is left out")
    }

    @Test func aToolsCharacterStyleThatIsAParagraphStyleIsRefused() {
        let entries = [
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(Self.style("paragraph", "Strong", name: "Strong")),
        ]
        #expect(Self.problem(entries) == .notCharacterStyle("Strong"))
    }

    @Test func onlyTheDefaultStyleIsMarkedDefaultAndTheIdsAreTheTools() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style("paragraph", "Standaard", name: "Normal")
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Kop1\" w14:foo=\"x\">"
                    + "<w:name w:val=\"clause heading 1\"/></w:style>"
                    + Self.style("character", "Nadruk", name: "Emphasis")),
        ])
        let normal = try #require(look.paragraphStyles[.normal])
        #expect(normal.attribute(Self.w, "default") == "1")
        #expect(normal.attribute(Self.w, "styleId") == "Normal")
        let heading = try #require(look.paragraphStyles[.clauseHeading(1)])
        #expect(heading.attribute(Self.w, "default") == nil)
        #expect(heading.attribute(Self.w, "styleId") == "ClauseHeading1")
        #expect(Self.val(heading, "name") == "Clause Heading 1")
        #expect(heading.attributes.allSatisfy { $0.namespace == Self.w }, "Word's extensions are left out")
        #expect(look.characterStyles[.emphasis]?.attribute(Self.w, "styleId") == "Emphasis")
    }

    /// A heading without paragraph properties still gets the tool's numbering and outline level; the firm's own
    /// numbering, outline level and tracked changes are replaced or dropped.
    @Test func headingsGetTheToolsNumberingWhateverTheFirmSet() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style("paragraph", "H1", name: "Clause Heading 1", "<w:rPr><w:b/></w:rPr>")
                    + Self.style(
                        "paragraph", "H2", name: "Clause Heading 2",
                        "<w:pPr><w:jc w:val=\"center\"/><w:numPr><w:ilvl w:val=\"3\"/><w:numId w:val=\"9\"/></w:numPr>"
                            + "<w:outlineLvl w:val=\"7\"/><w:pStyle w:val=\"H1\"/><w:pPrChange/>"
                            + "<w:rPr><w:rStyle w:val=\"X\"/><w:i/></w:rPr><w:keepNext/></w:pPr>")
                    + Self.style("paragraph", "B", name: "Body Text", "<w:pPr><w:numPr/><w:outlineLvl/></w:pPr>")),
        ])
        let first = try #require(look.paragraphStyles[.clauseHeading(1)]?.child(Self.w, "pPr"))
        #expect(first.elements.map(\.name) == ["numPr", "outlineLvl"])
        #expect(Self.val(first.child(Self.w, "numPr"), "ilvl") == "0")
        #expect(Self.val(first, "outlineLvl") == "0")
        let second = try #require(look.paragraphStyles[.clauseHeading(2)]?.child(Self.w, "pPr"))
        #expect(second.elements.map(\.name) == ["keepNext", "numPr", "jc", "outlineLvl", "rPr"])
        #expect(Self.val(second.child(Self.w, "numPr"), "ilvl") == "1")
        #expect(Self.val(second.child(Self.w, "numPr"), "numId") == "1")
        #expect(Self.val(second, "outlineLvl") == "1")
        #expect(second.child(Self.w, "rPr")?.elements.map(\.name) == ["i"])
        let body = try #require(look.paragraphStyles[.bodyText]?.child(Self.w, "pPr"))
        #expect(body.elements.isEmpty, "Body Text has no numbering and no outline level")
        #expect(look.paragraphStyles[.clauseHeading(1)]?.elements.map(\.name) == ["name", "pPr", "rPr"])
    }

    @Test func whatAStyleOnlyNeedsInWordIsLeftOut() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style(
                    "character", "S", name: "Strong",
                    "<w:rsid w:val=\"00AB\"/><w:link w:val=\"H\"/><w:aliases w:val=\"Bold\"/>"
                        + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:uiPriority w:val=\"22\"/>"
                        + "<w:zzz/><w:rPr><w:rPrChange/><w:b/><w:rStyle w:val=\"S\"/></w:rPr><w:yyy/>"
                        + "<w:qFormat/><w:semiHidden/>")),
        ])
        let strong = try #require(look.characterStyles[.strong])
        #expect(
            strong.elements.map(\.name) == ["name", "uiPriority", "semiHidden", "qFormat", "rPr", "zzz", "yyy"],
            "in the schema's order, what the schema does not know last")
        #expect(strong.child(Self.w, "rPr")?.elements.map(\.name) == ["b"])
    }

    @Test func alternateContentBecomesItsFallback() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style(
                    "paragraph", "T", name: "Title",
                    "<w:rPr><mc:AlternateContent><mc:Choice Requires=\"w14\"><w14:glow/></mc:Choice>"
                        + "<mc:Fallback><w:color w:val=\"FF0000\"/><w14:shadow/></mc:Fallback></mc:AlternateContent>"
                        + "<w14:ligatures/><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:i/></mc:Choice>"
                        + "</mc:AlternateContent></w:rPr>")),
        ])
        let run = try #require(look.paragraphStyles[.title]?.child(Self.w, "rPr"))
        #expect(run.elements.map(\.name) == ["color"])
        #expect(run.child(Self.w, "color")?.attribute(Self.w, "val") == "FF0000")
    }

    /// Styles the tool's styles build on: the tool's own under its id, Word's built-in ones under the writer's
    /// ids, the firm's others copied as `Firm…` once; unknown styles and styles of another type are left out.
    @Test func stylesTheToolsStylesBuildOnAreMappedOrCopied() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                Self.style("paragraph", "Standaard", name: "Normal")
                    + Self.style("paragraph", "Firm-Base", name: "Firm Base", "<w:basedOn w:val=\"Standaard\"/>")
                    + Self.style("table", "Grid", name: "Table Grid")
                    + Self.style("paragraph", "NT", name: "Normal Table")
                    + Self.style(
                        "paragraph", "H1", name: "Clause Heading 1",
                        "<w:basedOn w:val=\"Firm-Base\"/><w:next w:val=\"H1\"/>")
                    + Self.style(
                        "paragraph", "H2", name: "Clause Heading 2",
                        "<w:basedOn w:val=\"Firm-Base\"/><w:next w:val=\"Missing\"/>")
                    + Self.style("paragraph", "T", name: "Title", "<w:basedOn w:val=\"Grid\"/>")
                    + Self.style("paragraph", "S", name: "Subtitle", "<w:basedOn w:val=\"T\"/>")
                    + Self.style("paragraph", "Self", name: "Body Text", "<w:basedOn w:val=\"Self\"/>")
                    + Self.style("paragraph", "P", name: "Party", "<w:basedOn w:val=\"NT\"/>")
                    + Self.style("character", "DPF", name: "Default Paragraph Font")
                    + Self.style("character", "Fet", name: "Strong", "<w:basedOn w:val=\"DPF\"/>")
                    + Self.style("character", "Def", name: "Definition", "<w:basedOn w:val=\"Fet\"/>")
                    + Self.style("character", "Mine", name: "Mine", "<w:basedOn w:val=\"DPF\"/>")
                    + Self.style("character", "DT", name: "Defined Term", "<w:basedOn w:val=\"Mine\"/>")
                    + Self.style("character", "B", name: "Blank", "<w:basedOn w:val=\"Standaard\"/>")),
        ])
        let heading1 = try #require(look.paragraphStyles[.clauseHeading(1)])
        #expect(Self.val(heading1, "basedOn") == "FirmFirmBase")
        #expect(Self.val(heading1, "next") == "ClauseHeading1", "a style may be followed by itself")
        let heading2 = try #require(look.paragraphStyles[.clauseHeading(2)])
        #expect(Self.val(heading2, "basedOn") == "FirmFirmBase")
        #expect(heading2.child(Self.w, "next") == nil, "an unknown style is left out")
        #expect(look.paragraphStyles[.title]?.child(Self.w, "basedOn") == nil, "a table style is no paragraph's base")
        #expect(Self.val(look.paragraphStyles[.subtitle], "basedOn") == "Title")
        #expect(look.paragraphStyles[.bodyText]?.child(Self.w, "basedOn") == nil, "a style is not based on itself")
        #expect(Self.val(look.paragraphStyles[.party], "basedOn") == DOCXStyleID.tableNormal)
        #expect(Self.val(look.characterStyles[.strong], "basedOn") == DOCXStyleID.defaultParagraphFont)
        #expect(Self.val(look.characterStyles[.definition], "basedOn") == "Strong")
        #expect(Self.val(look.characterStyles[.definedTerm], "basedOn") == "FirmMine")
        #expect(look.characterStyles[.blank]?.child(Self.w, "basedOn") == nil, "a paragraph style is no run's base")

        #expect(look.extraStyles.map { $0.attribute(Self.w, "styleId") } == ["FirmFirmBase", "FirmMine"])
        let base = try #require(look.extraStyles.first)
        #expect(Self.val(base, "name") == "Firm Firm Base")
        #expect(Self.val(base, "basedOn") == "Normal")
        #expect(base.attribute(Self.w, "type") == "paragraph")
        #expect(Self.val(look.extraStyles.last, "basedOn") == DOCXStyleID.defaultParagraphFont)
    }

    // MARK: Fonts and defaults

    @Test func theDefaultsLoseTheirLanguageAndNumberingAndGiveTheFont() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\" w:hAnsi=\"Garamond\"/>"
                    + "<w:lang w:val=\"nl-NL\"/><w:sz w:val=\"22\"/></w:rPr></w:rPrDefault>"
                    + "<w:pPrDefault><w:pPr><w:numPr/><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault>"
                    + "<w:extra/></w:docDefaults>"
                    + Self.style("paragraph", "N", name: "Normal", "<w:rPr><w:rFonts w:ascii=\"\"/></w:rPr>")),
        ])
        let defaults = try #require(look.defaults)
        let run = try #require(defaults.child(Self.w, "rPrDefault")?.child(Self.w, "rPr"))
        #expect(run.elements.map(\.name) == ["rFonts", "sz"])
        let paragraph = try #require(defaults.child(Self.w, "pPrDefault")?.child(Self.w, "pPr"))
        #expect(paragraph.elements.map(\.name) == ["spacing"])
        #expect(defaults.child(Self.w, "extra") != nil)
        #expect(look.font == nil, "an empty ascii font names no font, and the defaults' hAnsi is not asked for")
    }

    @Test func theBodyFontIsTheNormalStylesElseTheDefaults() throws {
        let defaults =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:hAnsi=\"Garamond\"/></w:rPr></w:rPrDefault>"
            + "</w:docDefaults>"
        let fromDefaults = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(defaults + Self.style("paragraph", "N", name: "Normal")),
        ])
        #expect(fromDefaults.font == "Garamond")
        let fromNormal = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                defaults
                    + Self.style("paragraph", "N", name: "Normal", "<w:rPr><w:rFonts w:ascii=\"Calibri\"/></w:rPr>")),
        ])
        #expect(fromNormal.font == "Calibri")
    }

    @Test func everyThemeFontIsResolvedAndAnUnknownOneDropped() throws {
        let theme =
            "<a:theme xmlns:a=\"\(DOCXNamespace.drawingML)\"><a:themeElements><a:fontScheme>"
            + "<a:majorFont><a:latin typeface=\"Major Latin\"/><a:ea typeface=\"Major EA\"/>"
            + "<a:cs typeface=\"Major CS\"/></a:majorFont>"
            + "<a:minorFont><a:latin typeface=\"\"/><a:ea typeface=\"Minor EA\"/><a:cs typeface=\"Minor CS\"/>"
            + "</a:minorFont></a:fontScheme></a:themeElements></a:theme>"
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/_rels/document.xml.rels": Self.relationships([("rId9", "theme", "theme/theme1.xml", false)]),
            "word/theme/theme1.xml": theme,
            "word/styles.xml": Self.styles(
                Self.style(
                    "paragraph", "N", name: "Normal",
                    "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"majorHAnsi\" "
                        + "w:eastAsiaTheme=\"minorEastAsia\" w:cstheme=\"majorBidi\"/></w:rPr>")),
        ])
        let fonts = try #require(look.paragraphStyles[.normal]?.child(Self.w, "rPr")?.child(Self.w, "rFonts"))
        #expect(fonts.attribute(Self.w, "ascii") == nil, "the minor latin font of the theme is empty")
        #expect(fonts.attribute(Self.w, "hAnsi") == "Major Latin")
        #expect(fonts.attribute(Self.w, "eastAsia") == "Minor EA")
        #expect(fonts.attribute(Self.w, "cs") == "Major CS")
        #expect(!fonts.attributes.contains { $0.name.hasSuffix("Theme") || $0.name == "cstheme" })
        #expect(look.font == "Major Latin")
    }

    @Test func aThemeWithoutMajorFontsResolvesOnlyTheMinorOnes() throws {
        let theme =
            "<a:theme xmlns:a=\"\(DOCXNamespace.drawingML)\"><a:themeElements><a:fontScheme>"
            + "<a:minorFont><a:latin typeface=\"Minor Latin\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/_rels/document.xml.rels": Self.relationships([("rId9", "theme", "theme/theme1.xml", false)]),
            "word/theme/theme1.xml": theme,
            "word/styles.xml": Self.styles(
                Self.style(
                    "paragraph", "N", name: "Normal",
                    "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"majorHAnsi\"/></w:rPr>")),
        ])
        let fonts = try #require(look.paragraphStyles[.normal]?.child(Self.w, "rPr")?.child(Self.w, "rFonts"))
        #expect(fonts.attribute(Self.w, "ascii") == "Minor Latin")
        #expect(fonts.attribute(Self.w, "hAnsi") == nil)
    }

    @Test func aThemeThatIsNotThereLeavesThemeFontsOut() throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/_rels/document.xml.rels": Self.relationships([("rId9", "theme", "theme/theme1.xml", false)]),
            "word/styles.xml": Self.styles(
                Self.style(
                    "paragraph", "N", name: "Normal", "<w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\"/></w:rPr>")),
        ])
        let fonts = try #require(look.paragraphStyles[.normal]?.child(Self.w, "rPr")?.child(Self.w, "rFonts"))
        #expect(fonts.attributes.isEmpty)
        #expect(look.font == nil)
    }

    // MARK: Header and footer

    static let headerReference = "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"

    @Test func aHeaderInAContentControlIsItsContentWithoutEmptyParagraphsAtEitherEnd() throws {
        let header = Self.part(
            "hdr",
            "<w:p/><w:sdt><w:sdtPr/></w:sdt><w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Firm</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"
                + "<w:bookmarkStart w:id=\"0\"/><w:p><w:r><w:rPr><w:b/></w:rPr></w:r></w:p><w:p><w:pPr/></w:p>")
        let look = try Self.read(
            Self.withSection(
                Self.headerReference, parts: ["word/header1.xml": header],
                documentRelationships: [("rIdH", "header", "header1.xml", false)]))
        #expect(look.header.map(\.name) == ["p", "tbl"])
        #expect(look.header.first?.text == "Firm")
        #expect(look.headerRelationships.isEmpty)
    }

    @Test func anEmptyDefaultHeaderGivesWayToTheFirstPagesHeader() throws {
        let section =
            "<w:headerReference w:type=\"first\" r:id=\"rIdF\"/><w:headerReference w:type=\"even\" r:id=\"rIdE\"/>"
            + "<w:headerReference r:id=\"rIdH\"/>"
        let look = try Self.read(
            Self.withSection(
                section,
                parts: [
                    "word/header1.xml": Self.part("hdr", "<w:p/>"),
                    "word/header2.xml": Self.part("hdr", "<w:p><w:r><w:t>First page</w:t></w:r></w:p>"),
                    "word/header3.xml": Self.part("hdr", "<w:p><w:r><w:t>Even page</w:t></w:r></w:p>"),
                ],
                documentRelationships: [
                    ("rIdH", "header", "header1.xml", false), ("rIdF", "header", "header2.xml", false),
                    ("rIdE", "header", "header3.xml", false),
                ]))
        #expect(look.header.map(\.text) == ["First page"])
    }

    @Test func aHeaderPartThatIsMissingOrExternalIsPassedOver() throws {
        let section =
            "<w:headerReference w:type=\"default\" r:id=\"rIdX\"/><w:headerReference w:type=\"first\" r:id=\"rIdH\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rIdExt\"/>"
        let look = try Self.read(
            Self.withSection(
                section, parts: ["word/header2.xml": Self.part("hdr", "<w:p><w:r><w:t>Here</w:t></w:r></w:p>")],
                documentRelationships: [
                    ("rIdX", "header", "header1.xml", false), ("rIdH", "header", "header2.xml", false),
                    ("rIdExt", "footer", "http://example.com/footer.xml", true),
                ]))
        #expect(look.header.map(\.text) == ["Here"])
        #expect(look.footer.isEmpty)
    }

    @Test func aMalformedHeaderIsRefusedWithItsPart() {
        let problem = Self.problem(
            Self.withSection(
                Self.headerReference, parts: ["word/header1.xml": "<w:hdr"],
                documentRelationships: [("rIdH", "header", "header1.xml", false)]))
        guard case .malformed(let part, _) = problem else {
            Issue.record("\(String(describing: problem))")
            return
        }
        #expect(part == "word/header1.xml")
    }

    static func drawing(_ id: String) -> String {
        "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"\(id)\"/>"
            + "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    /// Images of header and footer are copied under fixed names numbered through both; links to the web stay;
    /// the relationships are renumbered from rId1 in each part.
    @Test func imagesAndLinksAreCopiedAndRenumbered() throws {
        let header = Self.part(
            "hdr",
            "<w:p>\(Self.drawing("rIdLogo"))<w:hyperlink r:id=\"rIdWeb\"><w:r><w:t>web</w:t></w:r></w:hyperlink>"
                + "\(Self.drawing("rIdLogo"))</w:p>")
        let footer = Self.part("ftr", "<w:p>\(Self.drawing("rIdSeal"))</w:p>")
        let entries = Self.withSection(
            Self.headerReference + "<w:footerReference w:type=\"default\" r:id=\"rIdFt\"/>",
            parts: [
                "word/header1.xml": header, "word/footer1.xml": footer,
                "word/_rels/header1.xml.rels": Self.relationships([
                    ("rIdLogo", "image", "media/logo.PNG", false),
                    ("rIdWeb", "hyperlink", "https://example.com/", true),
                ]),
                "word/_rels/footer1.xml.rels": Self.relationships([("rIdSeal", "image", "../seal.jpeg", false)]),
            ],
            documentRelationships: [
                ("rIdH", "header", "header1.xml", false), ("rIdFt", "footer", "footer1.xml", false),
            ])
        let seal = Data([0xFF, 0xD8, 0xFF])
        let look = try Self.read(entries, binary: ["word/media/logo.PNG": FirmReference.png, "seal.jpeg": seal])
        #expect(
            look.headerRelationships == [
                FirmRelationship(
                    id: "rId1", type: Self.relationshipType + "image", target: "media/firm-header1.png",
                    isExternal: false),
                FirmRelationship(
                    id: "rId2", type: Self.relationshipType + "hyperlink", target: "https://example.com/",
                    isExternal: true),
            ])
        #expect(look.footerRelationships.map(\.target) == ["media/firm-footer2.jpeg"])
        #expect(
            look.media == [
                FirmMedia(
                    name: "word/media/firm-header1.png", mediaType: "image/png", data: [UInt8](FirmReference.png)),
                FirmMedia(name: "word/media/firm-footer2.jpeg", mediaType: "image/jpeg", data: [UInt8](seal)),
            ])
        let ids = look.header.flatMap(\.descendants).flatMap(\.attributes)
            .filter { $0.namespace == DOCXNamespace.officeRelationships }.map(\.value)
        #expect(ids == ["rId1", "rId2", "rId1"])
    }

    @Test(arguments: [
        // A reference to a relationship the part does not have.
        ([("rIdOther", "image", "media/logo.png", false)], "rIdLogo"),
        // An image that is not in the package.
        ([("rIdLogo", "image", "media/gone.png", false)], "media/gone.png"),
        // An embedded object.
        ([("rIdLogo", "oleObject", "embeddings/oleObject1.bin", false)], "embeddings/oleObject1.bin"),
        // An image on the web.
        ([("rIdLogo", "image", "https://example.com/logo.png", true)], "https://example.com/logo.png"),
    ])
    func aHeaderThatRefersToWhatCannotBeCopiedIsRefused(
        links: [(String, String, String, Bool)], target: String
    ) {
        var entries = Self.withSection(
            Self.headerReference,
            parts: [
                "word/header1.xml": Self.part("hdr", "<w:p>\(Self.drawing("rIdLogo"))</w:p>"),
                "word/_rels/header1.xml.rels": Self.relationships(links),
            ],
            documentRelationships: [("rIdH", "header", "header1.xml", false)])
        entries["word/media/logo.png"] = "png"
        #expect(Self.problem(entries) == .unsupportedLink(part: "word/header1.xml", target: target))
    }

    @Test func aHeadersStylesAreMappedAndItsNumberingDropped() throws {
        let header = Self.part(
            "hdr",
            "<w:p><w:pPr><w:pStyle w:val=\"Koptekst\"/><w:numPr><w:numId w:val=\"3\"/></w:numPr><w:pPrChange/>"
                + "</w:pPr><w:r><w:rPr><w:rStyle w:val=\"Gone\"/><w:rPrChange/></w:rPr><w:t>A</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle w:val=\"Accent\"/></w:rPr><w:t>B</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Fancy\"/></w:pPr><w:r><w:t>C</w:t></w:r>"
                + "<w:r><w:rPr><w:rStyle/></w:rPr><w:t>D</w:t></w:r></w:p>")
        let look = try Self.read(
            Self.withSection(
                Self.headerReference,
                styles: Self.style("paragraph", "Koptekst", name: "header")
                    + Self.style("paragraph", "Fancy", name: "Fancy Header")
                    + Self.style("character", "Accent", name: "Accent"),
                parts: ["word/header1.xml": header],
                documentRelationships: [("rIdH", "header", "header1.xml", false)]))
        #expect(look.header.count == 2)
        let first = try #require(look.header.first)
        #expect(Self.val(first.child(Self.w, "pPr"), "pStyle") == "Header")
        #expect(first.child(Self.w, "pPr")?.elements.map(\.name) == ["pStyle"])
        let runs = first.children(Self.w, "r")
        #expect(runs.first?.child(Self.w, "rPr")?.elements.isEmpty == true, "an unknown style is left out")
        #expect(Self.val(runs.last?.child(Self.w, "rPr"), "rStyle") == "FirmAccent")
        let second = try #require(look.header.last)
        #expect(Self.val(second.child(Self.w, "pPr"), "pStyle") == "FirmFancy")
        #expect(second.children(Self.w, "r").last?.child(Self.w, "rPr")?.elements.isEmpty == true)
        #expect(look.extraStyles.map { $0.attribute(Self.w, "styleId") } == ["FirmAccent", "FirmFancy"])
        #expect(look.paragraphStyles[.header]?.attribute(Self.w, "styleId") == "Header")
    }

    // MARK: The styles part

    /// The styles part written with a reference's defaults: the agreement's language goes into the run defaults,
    /// made when the reference has none, before the East Asian layout; the styles the firm's build on follow the
    /// tool's.
    @Test(arguments: [
        (
            "<w:pPrDefault><w:pPr/></w:pPrDefault>",
            "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault><w:pPrDefault>"
        ),
        ("<w:rPrDefault/>", "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"sv-SE\"/></w:rPr></w:rPrDefault>"),
        (
            "<w:rPrDefault><w:rPr><w:sz w:val=\"22\"/><w:eastAsianLayout/></w:rPr></w:rPrDefault>",
            "<w:rPr><w:sz w:val=\"22\"/><w:lang w:val=\"sv-SE\"/><w:eastAsianLayout/></w:rPr>"
        ),
    ])
    func theFirmsDefaultsGetTheAgreementsLanguage(defaults: String, written: String) throws {
        let look = try Self.read([
            "word/document.xml": Self.document(),
            "word/styles.xml": Self.styles(
                "<w:docDefaults>\(defaults)</w:docDefaults>"
                    + Self.style("character", "Mine", name: "Mine")
                    + Self.style("character", "DT", name: "Defined Term", "<w:basedOn w:val=\"Mine\"/>")),
        ])
        let part = DOCXStylesPart(
            styles: StyleSheet.standard(languageTag: "sv-SE", annexWord: "Bilaga"), firm: look, languageTag: "sv-SE")
        let xml = String(decoding: try part.data(), as: UTF8.self)
        #expect(xml.contains(written), "\(xml.prefix(400))")
        let copy = try #require(xml.range(of: "w:styleId=\"FirmMine\""))
        let tool = try #require(xml.range(of: "w:styleId=\"DefinedTerm\""))
        #expect(tool.lowerBound < copy.lowerBound)
    }

    /// The firm's footer is written after the tool's page-number line, and a link to the web in a header or footer
    /// keeps its external target mode in the part's relationships.
    @Test func theFirmsFooterFollowsTheToolsLineAndItsWebLinksStayExternal() throws {
        let look = try Self.read(
            Self.withSection(
                "<w:footerReference w:type=\"default\" r:id=\"rIdFt\"/>",
                parts: ["word/footer1.xml": Self.part("ftr", "<w:p><w:r><w:t>Firm footer</w:t></w:r></w:p>")],
                documentRelationships: [("rIdFt", "footer", "footer1.xml", false)]))
        let document = LayoutBuilder.layOut(Samples.small(), firm: look)
        let footer = String(decoding: try DOCXHeaderFooterParts(document: document).footer(), as: UTF8.self)
        let tool = try #require(footer.range(of: " NUMPAGES "), "\(footer)")
        let firm = try #require(footer.range(of: "<w:t>Firm footer</w:t>"), "\(footer)")
        #expect(tool.upperBound < firm.lowerBound)
        let link = FirmRelationship(
            id: "rId1", type: Self.relationshipType + "hyperlink", target: "https://example.com/", isExternal: true)
        let relationships = String(decoding: try DOCXPackageParts.partRelationships([link]), as: UTF8.self)
        #expect(
            relationships.contains(
                "<Relationship Id=\"rId1\" Type=\"\(Self.relationshipType)hyperlink\" Target=\"https://example.com/\" "
                    + "TargetMode=\"External\"/>"), "\(relationships)")
    }
}
