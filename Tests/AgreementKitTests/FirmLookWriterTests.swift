import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The documents written with a firm's look read from small references: a landscape page, the ODT reference's
/// default style given the agreement's language, its footer and the styles its header and footer use; the notes
/// and default references of the flat forms; the first page of a body that starts with a list.
@Suite("Reference documents: the documents written with a firm's look")
struct FirmLookWriterTests {
    static func odfLook(_ styles: String) throws -> FirmLook {
        var reader = ODFReferenceReader(
            package: ReferencePackage(file: "firm.odt", kind: "ODT", entries: ["styles.xml": Data(styles.utf8)]))
        return try reader.read()
    }

    static func render(_ format: OutputFormat, _ references: ReferenceDocuments, _ agreement: Agreement? = nil) throws
        -> PackageContents
    {
        let data = try DocumentRenderer(options: Samples.options, references: references).render(
            try agreement ?? Samples.agreement(), as: format)
        return try PackageContents(data)
    }

    @Test func anODTReferencesLandscapePageFooterAndStylesAreWritten() throws {
        let styles = ODFReferenceReaderEdgeTests.styles(
            styles: "<style:default-style style:family=\"paragraph\"><style:paragraph-properties/>"
                + "</style:default-style>"
                + "<style:style style:name=\"Base\" style:family=\"paragraph\"><style:text-properties "
                + "fo:color=\"#336699\"/></style:style>"
                + "<style:style style:name=\"Title\" style:family=\"paragraph\" style:parent-style-name=\"Base\"/>",
            automatic: ODFReferenceReaderEdgeTests.layout(
                "fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\"")
                + "<style:style style:name=\"MP1\" style:family=\"paragraph\"><style:text-properties "
                + "fo:font-size=\"8pt\"/></style:style>",
            masters: ODFReferenceReaderEdgeTests.master(
                header: nil, footer: "<text:p text:style-name=\"MP1\">Firm footer line</text:p>"))
        var references = ReferenceDocuments()
        references.odf = try Self.odfLook(styles)
        let package = try Self.render(.odt, references)
        let xml = try #require(package.text("styles.xml"))
        #expect(xml.contains("style:print-orientation=\"landscape\""))
        #expect(xml.contains("fo:page-width=\"29.7cm\" fo:page-height=\"21cm\""))
        #expect(xml.contains("<style:style style:name=\"Firm_20_Base\""))
        #expect(xml.contains("<style:style style:name=\"FirmMP1\" style:family=\"paragraph\">"))
        #expect(
            xml.components(separatedBy: "<text:p text:style-name=\"FirmMP1\">Firm footer line</text:p>").count == 3,
            "the footer of the first page and of the others")
        let defaults = try ReferenceDocumentTests.styleElement(
            xml, "<style:default-style style:family=\"paragraph\">", closing: "</style:default-style>")
        #expect(defaults.contains("<style:text-properties fo:language=\"sv\" fo:country=\"SE\"/>"), "\(defaults)")
    }

    @Test func aDOCXReferencesLandscapePageIsWritten() throws {
        var references = ReferenceDocuments()
        references.docx = try DOCXReferenceReaderEdgeTests.read([
            "word/document.xml": DOCXReferenceReaderEdgeTests.document(
                "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>"),
            "word/styles.xml": DOCXReferenceReaderEdgeTests.styles(""),
        ])
        let document = try #require(try Self.render(.docx, references).text("word/document.xml"))
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        let portrait = try #require(try Self.render(.docx, ReferenceDocuments()).text("word/document.xml"))
        #expect(portrait.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test func theFlatFormsTakeTheLookOfTheirKind() throws {
        var references = ReferenceDocuments()
        references.odf = try Self.odfLook(ODFReferenceReaderEdgeTests.styles())
        #expect(references.notes(for: [.flatDocx]) == [Message(.referenceDefaultLook, ["kind": "DOCX"])])
        #expect(references.notes(for: [.fodt]).isEmpty)
        #expect(references.look(for: .fodt) == references.odf)
        #expect(references.look(for: .flatDocx) == nil)
    }

    @Test func theFlatDefaultReferencesNameTheStyles() throws {
        let flatDOCX = String(decoding: try DocumentRenderer.defaultReference(.flatDocx, language: .en), as: UTF8.self)
        #expect(flatDOCX.contains("<pkg:package"))
        #expect(flatDOCX.contains(">Clause Heading 1<"))
        let fodt = String(decoding: try DocumentRenderer.defaultReference(.fodt, language: .en), as: UTF8.self)
        #expect(fodt.contains("<office:document "))
        #expect(fodt.contains(">Clause Heading 1<"))
    }

    /// The first page's master page starts with the body's first paragraph, the first item when it is a list's.
    @Test func aBodyThatStartsWithAListStartsTheFirstPageWithItsFirstItem() throws {
        var agreement = Samples.small()
        agreement.blocks.insert(
            .list(ListBlock(kind: .bulleted, items: [ListItem(content: [.text("Först")])])), at: 0)
        let content = try #require(try Self.render(.odt, ReferenceDocuments(), agreement).text("content.xml"))
        #expect(content.contains("<text:list-item><text:p text:style-name=\"FirstPage\">Först</text:p>"))
        #expect(
            content.contains(
                "style:name=\"FirstPage\" style:family=\"paragraph\" style:parent-style-name=\"List_20_Paragraph\""),
            "\(content.prefix(3000))")
    }

    /// A body that starts with a page break: the first paragraph after it starts the first page, on the first page's
    /// master page, as it does without the break.
    @Test func aBodyThatStartsWithAPageBreakStartsTheFirstPageWithTheParagraphAfterIt() throws {
        var agreement = Samples.small()
        agreement.blocks.insert(.paragraph([.text("Först")]), at: 0)
        agreement.blocks.insert(.pageBreak, at: 0)
        let fodt = String(
            decoding: try DocumentRenderer(options: Samples.options).render(agreement, as: .fodt), as: UTF8.self)
        #expect(fodt.contains("<text:p text:style-name=\"FirstPage\">Först</text:p>"), "\(fodt)")
        #expect(fodt.contains("style:name=\"FirstPage\" style:family=\"paragraph\""))
        #expect(fodt.contains("style:master-page-name=\"First"))
    }

    /// A body of page breaks only has no block to start the first page: no style names the first page's master page.
    @Test func aBodyOfPageBreaksOnlyHasNoFirstPageStyle() throws {
        var agreement = Samples.small()
        agreement.blocks = [.pageBreak, .pageBreak]
        let data = try ODFWriter(
            document: LayoutBuilder.layOut(agreement), metadata: agreement.metadata, options: Samples.options
        ).flatDocument()
        let fodt = String(decoding: data, as: UTF8.self)
        let body = try #require(fodt.firstRange(of: "<office:text>").map { fodt[$0.upperBound...] })
        #expect(
            body.hasPrefix(String(repeating: "<text:p text:style-name=\"PageBreak\"/>", count: 2) + "</office:text>"))
        #expect(!fodt.contains("FirstPage"))
        #expect(!fodt.contains("style:master-page-name="), "every page is on the normal master page")
    }
}
