import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A firm's ODT reference as LibreOffice and other tools write them, beyond the tool's own default reference:
/// `styles.xml` with parts left out, lengths in every unit, styles that build on other styles, headers on the
/// first page only, with automatic styles, frames, tables and pictures; and the references that are refused.
@Suite("Reference documents: ODT edge cases")
struct ODFReferenceReaderEdgeTests {
    static let style = ODFNamespaces.uri("style")
    static let fo = ODFNamespaces.uri("fo")
    static let xlink = ODFNamespaces.uri("xlink")

    static func styles(
        styles: String? = nil, automatic: String? = nil, masters: String? = nil, fonts: String? = nil
    ) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles "
            + ODFNamespaces.document.map { "xmlns:\($0.prefix)=\"\($0.uri)\"" }.joined(separator: " ")
            + " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\">"
            + (fonts.map { "<office:font-face-decls>\($0)</office:font-face-decls>" } ?? "")
            + (styles.map { "<office:styles>\($0)</office:styles>" } ?? "")
            + (automatic.map { "<office:automatic-styles>\($0)</office:automatic-styles>" } ?? "")
            + (masters.map { "<office:master-styles>\($0)</office:master-styles>" } ?? "")
            + "</office:document-styles>"
    }

    static func read(_ stylesXML: String, binary: [String: Data] = [:]) throws(ReferenceError) -> FirmLook {
        var entries = binary
        entries["styles.xml"] = Data(stylesXML.utf8)
        var reader = ODFReferenceReader(package: ReferencePackage(file: "firm.odt", kind: "ODT", entries: entries))
        return try reader.read()
    }

    static func problem(_ stylesXML: String) -> ReferenceError.Problem? {
        do {
            _ = try read(stylesXML)
            return nil
        } catch {
            return error.problem
        }
    }

    static func attribute(_ element: XMLTreeElement?, _ name: String) -> String? {
        element?.attribute(style, name)
    }

    /// A page layout named PL with the given page properties and header and footer properties.
    static func layout(_ page: String, header: String? = nil, footer: String? = nil) -> String {
        "<style:page-layout style:name=\"PL\"><style:page-layout-properties \(page)/>"
            + (header.map { "<style:header-style><style:header-footer-properties \($0)/></style:header-style>" } ?? "")
            + (footer.map { "<style:footer-style><style:header-footer-properties \($0)/></style:footer-style>" } ?? "")
            + "</style:page-layout>"
    }

    // MARK: Lengths

    @Test(arguments: [
        ("2.5cm", 900_000), ("25mm", 900_000), ("1in", 914_400), ("12pt", 152_400), ("1pc", 152_400),
        ("96px", 914_400), ("-1cm", -360_000), ("0.5in", 457_200),
    ])
    func anODFLengthIsReadInEveryUnit(text: String, emu: Int) {
        #expect(Length(odf: text) == Length(emu: emu))
    }

    @Test(arguments: ["", "12", "cm", "abccm", "2.5em", "10000cm", "-10000mm", "infcm", "nanpt", "1e9in"])
    func anythingElseIsNoLength(text: String) {
        #expect(Length(odf: text) == nil)
    }

    // MARK: Package and page

    @Test func oneDOCXAndOneODTReferenceAreBothReadAndAMissingFileIsAFileError() throws {
        let dir = try TestEnvironment.temporaryDirectory("reference-both")
        defer { try? FileManager.default.removeItem(at: dir) }
        let docx = dir.appendingPathComponent("firm.docx").path
        let odt = dir.appendingPathComponent("firm.odt").path
        try FirmReference.docx().write(to: URL(fileURLWithPath: docx))
        try FirmReference.odt().write(to: URL(fileURLWithPath: odt))
        let references = try ReferenceDocuments.load([odt, docx])
        #expect(references.odf?.font == FirmReference.font)
        #expect(references.docx?.font == FirmReference.font)
        #expect(!references.isEmpty)
        let missing = dir.appendingPathComponent("gone.odt").path
        #expect(throws: FileError(path: missing, .fileNoSuchFile)) { try ReferenceDocuments.load([missing]) }
    }

    @Test func stylesWithNothingInThemGiveTheDefaultLook() throws {
        let look = try Self.read(Self.styles())
        #expect(look.page == PageGeometry())
        #expect(look.paragraphStyles.isEmpty && look.characterStyles.isEmpty && look.extraStyles.isEmpty)
        #expect(look.defaults == nil && look.font == nil)
        #expect(look.fontFaces.isEmpty && look.header.isEmpty && look.footer.isEmpty && look.media.isEmpty)
    }

    @Test func malformedStylesAreRefusedWithTheirPart() {
        let problem = Self.problem("<office:document-styles")
        guard case .malformed(let part, let reason) = problem else {
            Issue.record("\(String(describing: problem))")
            return
        }
        #expect(part == "styles.xml")
        #expect(!reason.isEmpty)
    }

    /// The text starts below the header: the page margin, then the header's height and spacing.
    @Test func thePageIsTheStandardMasterPagesLayoutWithHeaderAndFooter() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.layout(
                    "fo:page-width=\"8.5in\" fo:page-height=\"11in\" fo:margin-top=\"1cm\" fo:margin-bottom=\"20mm\" "
                        + "fo:margin-left=\"72pt\" fo:margin-right=\"6pc\"",
                    header: "fo:min-height=\"1cm\" fo:margin-bottom=\"0.5cm\"",
                    footer: "svg:height=\"10mm\" fo:margin-top=\"0.25cm\""),
                masters: "<style:master-page style:name=\"Other\" style:page-layout-name=\"None\"/>"
                    + "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
                    + "<style:header/><style:footer/></style:master-page>"))
        #expect(look.page.pageWidth == Length(emu: 8 * 914_400 + 457_200))
        #expect(look.page.pageHeight == Length(emu: 11 * 914_400))
        #expect(look.page.marginLeft == .pt(72))
        #expect(look.page.marginRight == Length(emu: 6 * 152_400))
        #expect(look.page.marginTop == .cm(2.5))
        #expect(look.page.marginBottom == .cm(3.25))
        #expect(look.page.headerFooterDistance == .cm(1))
        #expect(look.page.headerFooterSpacing == .cm(0.5))
    }

    @Test func withoutAStandardMasterPageTheFirstOneCountsAndAHiddenHeaderTakesNoRoom() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.layout(
                    "fo:page-width=\"0cm\" fo:page-height=\"20cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"1cm\"",
                    header: "fo:min-height=\"1cm\" fo:margin-bottom=\"0.5cm\"", footer: "fo:margin-top=\"0.2cm\""),
                masters: "<style:master-page style:name=\"Mine\" style:page-layout-name=\"PL\">"
                    + "<style:header style:display=\"false\"/><style:footer/></style:master-page>"))
        #expect(look.page.pageWidth == PageGeometry().pageWidth, "a page without width keeps A4")
        #expect(look.page.pageHeight == PageGeometry().pageHeight)
        #expect(look.page.marginTop == .cm(2))
        #expect(look.page.marginBottom == .cm(1.2), "the footer has no height, only spacing")
        #expect(look.page.headerFooterDistance == .cm(1), "the footer's distance, from the bottom margin")
        #expect(look.page.headerFooterSpacing == .cm(0.2))
    }

    @Test func aPageWithoutHeaderOrFooterPropertiesKeepsTheDefaultDistance() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.layout("fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\""),
                masters: "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
                    + "<style:header/></style:master-page>"))
        #expect(look.page.marginTop == .cm(2))
        #expect(look.page.marginBottom == .cm(2))
        #expect(look.page.headerFooterDistance == PageGeometry().headerFooterDistance)
    }

    @Test func aLayoutWithoutMarginsPutsHeaderAndFooterAtThePageEdge() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.layout("fo:margin-left=\"2cm\"", header: "", footer: ""),
                masters: "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
                    + "<style:header/><style:footer/></style:master-page>"))
        #expect(look.page.marginTop == .zero)
        #expect(look.page.marginBottom == .zero)
        #expect(look.page.headerFooterDistance == .zero)
        #expect(look.page.headerFooterSpacing == .zero)
        #expect(look.page.marginLeft == .cm(2))
    }

    @Test func aMasterPageWithoutItsLayoutGivesTheDefaultPage() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.layout("fo:margin-left=\"5cm\""),
                masters: "<style:master-page style:name=\"Standard\" style:page-layout-name=\"Elsewhere\"/>"))
        #expect(look.page == PageGeometry())
    }

    // MARK: Styles

    @Test func styleAttributesAreMappedLikeTheToolsOwn() throws {
        let look = try Self.read(
            Self.styles(
                styles: "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
                    + "<style:style style:name=\"Base\" style:display-name=\"Firm's base!\" "
                    + "style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>"
                    + "<style:style style:name=\"Clause_20_Heading_20_1\" style:family=\"paragraph\" "
                    + "style:parent-style-name=\"Base\" style:next-style-name=\"Clause_20_Heading_20_1\" "
                    + "style:list-style-name=\"Numbering_20_123\" style:default-outline-level=\"4\" "
                    + "style:master-page-name=\"First\" style:class=\"chapter\" loext:linked-style-name=\"X\">"
                    + "<style:paragraph-properties fo:margin-top=\"12pt\" loext:contextual-spacing=\"false\"/>"
                    + "<style:map style:condition=\"outline-level()=1\" style:apply-style-name=\"X\"/>"
                    + "<loext:graphic-properties/></style:style>"
                    + "<style:style style:name=\"clause heading 2\" style:family=\"paragraph\" "
                    + "style:parent-style-name=\"Gone\" style:next-style-name=\"Base\"/>"
                    + "<style:style style:name=\"P\" style:display-name=\"PARTY\" style:family=\"paragraph\" "
                    + "style:parent-style-name=\"P\"/>"
                    + "<style:style style:name=\"Title\" style:family=\"paragraph\"/>"))
        let standard = try #require(look.paragraphStyles[.normal])
        #expect(standard.attributes.map(\.name) == ["name", "family", "class"])
        let heading = try #require(look.paragraphStyles[.clauseHeading(1)])
        #expect(
            heading.attributes.map { "\($0.name)=\($0.value)" } == [
                "name=Clause_20_Heading_20_1", "display-name=Clause Heading 1", "family=paragraph",
                "parent-style-name=Firm_20_Firms_20_base", "next-style-name=Clause_20_Heading_20_1",
                "list-style-name=Clause_20_Numbering", "default-outline-level=1", "class=chapter",
            ])
        #expect(heading.elements.map(\.name) == ["paragraph-properties"])
        #expect(heading.elements.first?.attributes.map(\.name) == ["margin-top"])
        let second = try #require(look.paragraphStyles[.clauseHeading(2)])
        #expect(Self.attribute(second, "parent-style-name") == nil, "an unknown style is left out")
        #expect(Self.attribute(second, "next-style-name") == "Firm_20_Firms_20_base", "the copy is made once")
        #expect(Self.attribute(second, "default-outline-level") == "2")
        let party = try #require(look.paragraphStyles[.party])
        #expect(Self.attribute(party, "parent-style-name") == nil, "a style is not its own parent")
        #expect(Self.attribute(party, "list-style-name") == nil, "parties are numbered by the document, not the style")
        #expect(Self.attribute(party, "display-name") == nil)
        #expect(Self.attribute(party, "name") == "Party")
        #expect(look.paragraphStyles[.title]?.attributes.map(\.name) == ["name", "family"])

        #expect(look.extraStyles.count == 1)
        let base = try #require(look.extraStyles.first)
        #expect(Self.attribute(base, "name") == "Firm_20_Firms_20_base")
        #expect(Self.attribute(base, "display-name") == "Firm Firms base")
        #expect(Self.attribute(base, "parent-style-name") == "Standard")
    }

    @Test func aTextStyleBuildsOnTextStyles() throws {
        let look = try Self.read(
            Self.styles(
                styles: "<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong\" "
                    + "style:family=\"text\"/>"
                    + "<style:style style:name=\"Definition\" style:family=\"text\" "
                    + "style:parent-style-name=\"Strong_20_Emphasis\"/>"
                    + "<style:style style:name=\"Blank\" style:family=\"text\" style:parent-style-name=\"Accent\"/>"
                    + "<style:style style:name=\"Accent\" style:family=\"text\"/>"))
        #expect(Self.attribute(look.characterStyles[.strong], "name") == "Strong")
        #expect(Self.attribute(look.characterStyles[.definition], "parent-style-name") == "Strong")
        #expect(Self.attribute(look.characterStyles[.blank], "parent-style-name") == "Firm_20_Accent")
        #expect(look.extraStyles.map { Self.attribute($0, "family") } == ["text"])
    }

    @Test(arguments: [
        (
            "<style:style style:name=\"Title\" style:family=\"text\"/>",
            ReferenceError.Problem.notParagraphStyle("Title")
        ),
        ("<style:style style:name=\"X\" style:display-name=\"TITLE\"/>", .notParagraphStyle("TITLE")),
        ("<style:style style:name=\"Emphasis\" style:family=\"paragraph\"/>", .notCharacterStyle("Emphasis")),
    ])
    func aToolsStyleOfAnotherFamilyIsRefused(element: String, problem: ReferenceError.Problem) {
        #expect(Self.problem(Self.styles(styles: element)) == problem)
    }

    // MARK: Defaults and fonts

    @Test func theParagraphDefaultsLoseTheirLanguageAndTheFontIsTheFacesFamily() throws {
        let look = try Self.read(
            Self.styles(
                styles: "<style:default-style style:family=\"graphic\"><style:text-properties "
                    + "style:font-name=\"Graphic\"/></style:default-style>"
                    + "<style:default-style style:family=\"paragraph\"><style:paragraph-properties/>"
                    + "<style:text-properties style:font-name=\"Garamond Face\" fo:language=\"nl\" fo:country=\"NL\" "
                    + "fo:script=\"Latn\" fo:font-size=\"11pt\" loext:opentype=\"x\"/>some text</style:default-style>",
                fonts: "<style:font-face style:name=\"Garamond Face\" svg:font-family=\"'Garamond'\" "
                    + "loext:font-charset=\"x\"/>"))
        let defaults = try #require(look.defaults)
        #expect(Self.attribute(defaults, "family") == "paragraph")
        let text = try #require(defaults.child(Self.style, "text-properties"))
        #expect(text.attributes.map(\.name) == ["font-name", "font-size"])
        #expect(look.font == "Garamond")
        #expect(look.fontFaces.count == 1)
        #expect(look.fontFaces.first?.attributes.map(\.name) == ["name", "font-family"])
    }

    @Test(arguments: [
        ("<style:font-face style:name=\"F\" svg:font-family=\"&quot;Garamond&quot;\"/>", "Garamond"),
        ("<style:font-face style:name=\"F\" svg:font-family=\"''\"/>", "F"),
        ("<style:font-face style:name=\"F\"/>", "F"),
        ("", "F"),
    ])
    func theBodyFontIsTheStandardStylesFaceElseItsName(face: String, font: String) throws {
        let look = try Self.read(
            Self.styles(
                styles: "<style:default-style style:family=\"paragraph\"><style:text-properties "
                    + "style:font-name=\"Default\"/></style:default-style>"
                    + "<style:style style:name=\"Standard\" style:family=\"paragraph\">"
                    + "<style:text-properties style:font-name=\"F\"/></style:style>",
                fonts: face))
        #expect(look.font == font)
    }

    @Test func aStandardStyleWithoutFontLeavesTheFontToTheDefaults() throws {
        let look = try Self.read(
            Self.styles(
                styles: "<style:default-style style:family=\"paragraph\"><style:text-properties "
                    + "style:font-name=\"Default\"/></style:default-style>"
                    + "<style:style style:name=\"Standard\" style:family=\"paragraph\"><style:text-properties "
                    + "fo:font-size=\"12pt\"/></style:style>"))
        #expect(look.font == "Default")
    }

    // MARK: Header and footer

    static let page = "<style:page-layout style:name=\"PL\"/>"

    static func master(header: String?, footer: String? = nil, firstHeader: String? = nil) -> String {
        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
            + (header.map { "<style:header>\($0)</style:header>" } ?? "")
            + (footer.map { "<style:footer>\($0)</style:footer>" } ?? "") + "</style:master-page>"
            + (firstHeader.map {
                "<style:master-page style:name=\"First_20_Page\" style:page-layout-name=\"PL\">"
                    + "<style:header>\($0)</style:header></style:master-page>"
            } ?? "")
    }

    @Test func anEmptyHeaderGivesWayToTheFirstPagesAndEmptyParagraphsAtTheEndsAreLeftOut() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.page,
                masters: Self.master(
                    header: "<text:p> </text:p><style:region-left/>",
                    firstHeader: "<text:p/><text:h>  </text:h><text:p>Firm</text:p><loext:p>x</loext:p>"
                        + "<text:p><draw:frame/></text:p><text:p><text:span/></text:p><text:p> </text:p>")))
        #expect(look.header.map(\.name) == ["p", "p", "p"])
        #expect(look.header.first?.text == "Firm")
    }

    @Test func aHiddenHeaderIsNotTaken() throws {
        let look = try Self.read(
            Self.styles(
                automatic: Self.page,
                masters: "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PL\">"
                    + "<style:header style:display=\"false\"><text:p>Hidden</text:p></style:header>"
                    + "<style:footer><table:table><table:table-row><table:table-cell><text:p>Cell</text:p>"
                    + "</table:table-cell></table:table-row></table:table></style:footer></style:master-page>"))
        #expect(look.header.isEmpty)
        #expect(look.footer.map(\.name) == ["table"])
    }

    /// Automatic styles of `styles.xml` that the header uses are copied as `Firm…`, each once, by the family the
    /// element refers to; named styles are the tool's or copies; unknown names are left out.
    @Test func theHeadersStylesAreCopiedByFamily() throws {
        let automatic =
            Self.page
            + "<style:style style:name=\"MP1\" style:family=\"paragraph\" style:parent-style-name=\"Header\" "
            + "style:master-page-name=\"Standard\" style:list-style-name=\"L1\"><loext:x/></style:style>"
            + "<style:style style:name=\"MT1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/>"
            + "</style:style>"
            + "<style:style style:name=\"fr1\" style:family=\"graphic\" style:parent-style-name=\"Graphics\"/>"
            + "<style:style style:name=\"Tab\" style:family=\"table\"/>"
            + "<style:style style:name=\"Tab.A\" style:family=\"table-column\"/>"
            + "<style:style style:name=\"Tab.1\" style:family=\"table-row\"/>"
            + "<style:style style:name=\"Tab.A1\" style:family=\"table-cell\"/>"
            + "<style:style style:name=\"NoFamily\"/>"
        let named =
            "<style:style style:name=\"Header\" style:family=\"paragraph\"/>"
            + "<style:style style:name=\"Graphics\" style:family=\"graphic\"/>"
            + "<style:style style:name=\"Link\" style:family=\"text\"/>"
        let header =
            "<text:p text:style-name=\"MP1\">A<text:span text:style-name=\"MT1\">B</text:span>"
            + "<text:a xlink:href=\"https://example.com/\" text:style-name=\"Link\" "
            + "text:visited-style-name=\"Gone\">C</text:a>"
            + "<draw:frame draw:style-name=\"fr1\"/><text:span text:style-name=\"MT1\">D</text:span></text:p>"
            + "<table:table table:style-name=\"Tab\"><table:table-column table:style-name=\"Tab.A\"/>"
            + "<table:table-row table:style-name=\"Tab.1\"><table:table-cell table:style-name=\"Tab.A1\">"
            + "<text:p text:style-name=\"Header\">E</text:p></table:table-cell></table:table-row></table:table>"
        let look = try Self.read(
            Self.styles(styles: named, automatic: automatic, masters: Self.master(header: header)))
        let paragraph = try #require(look.header.first)
        let text = ODFNamespaces.uri("text")
        #expect(paragraph.attribute(text, "style-name") == "FirmMP1")
        let spans = paragraph.children(text, "span")
        #expect(spans.map { $0.attribute(text, "style-name") } == ["FirmMT1", "FirmMT1"])
        let link = try #require(paragraph.child(text, "a"))
        #expect(link.attribute(text, "style-name") == "Firm_20_Link")
        #expect(link.attribute(text, "visited-style-name") == nil)
        #expect(
            paragraph.child(ODFNamespaces.uri("draw"), "frame")?.attribute(ODFNamespaces.uri("draw"), "style-name")
                == "Firmfr1")
        let names = look.headerFooterStyles.map {
            "\(Self.attribute($0, "family") ?? ""):\(Self.attribute($0, "name") ?? "")"
        }
        #expect(
            names == [
                "paragraph:FirmMP1", "text:FirmMT1", "graphic:Firmfr1", "table:FirmTab", "table-column:FirmTab.A",
                "table-row:FirmTab.1", "table-cell:FirmTab.A1",
            ])
        let mp1 = try #require(look.headerFooterStyles.first)
        #expect(Self.attribute(mp1, "parent-style-name") == "Header")
        #expect(Self.attribute(mp1, "master-page-name") == nil)
        #expect(Self.attribute(mp1, "list-style-name") == nil)
        #expect(mp1.elements.isEmpty)
        #expect(Self.attribute(look.headerFooterStyles[2], "parent-style-name") == "Firm_20_Graphics")
        #expect(look.extraStyles.map { Self.attribute($0, "name") } == ["Firm_20_Link", "Firm_20_Graphics"])
    }

    /// Pictures of the package are copied under fixed names numbered through header and footer; pictures on the
    /// web or not in the package keep their link.
    @Test func picturesOfThePackageAreCopied() throws {
        func image(_ href: String) -> String {
            "<draw:frame><draw:image xlink:href=\"\(href)\" xlink:type=\"simple\"/></draw:frame>"
        }
        let look = try Self.read(
            Self.styles(
                automatic: Self.page,
                masters: Self.master(
                    header: "<text:p>\(image("Pictures/logo.PNG"))\(image("https://example.com/a.png"))"
                        + "\(image("Pictures/gone.png"))</text:p>",
                    footer: "<text:p>\(image("./Pictures/seal.svg"))</text:p>")),
            binary: ["Pictures/logo.PNG": FirmReference.png, "Pictures/seal.svg": Data("<svg/>".utf8)])
        let hrefs = (look.header + look.footer).flatMap(\.descendants).compactMap { $0.attribute(Self.xlink, "href") }
        #expect(
            hrefs == [
                "Pictures/firm-header1.png", "https://example.com/a.png", "Pictures/gone.png",
                "Pictures/firm-footer2.svg",
            ])
        #expect(
            look.media == [
                FirmMedia(name: "Pictures/firm-header1.png", mediaType: "image/png", data: [UInt8](FirmReference.png)),
                FirmMedia(name: "Pictures/firm-footer2.svg", mediaType: "image/svg+xml", data: Array("<svg/>".utf8)),
            ])
    }
}
