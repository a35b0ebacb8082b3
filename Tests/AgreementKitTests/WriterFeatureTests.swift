import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// What the issue asks of the writers, checked in the written XML.
@Suite("Writer features")
struct WriterFeatureTests {
    func docx(_ agreement: Agreement? = nil) throws -> PackageContents {
        try PackageContents(try Samples.render(.docx, agreement))
    }

    func odt(_ agreement: Agreement? = nil) throws -> PackageContents {
        try PackageContents(try Samples.render(.odt, agreement))
    }

    /// The text content of every `w:t` element, one string per element.
    func wordTexts(_ xml: String) -> [String] {
        var out: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<w:t") {
            guard let gt = rest.range(of: ">", range: open.upperBound..<rest.endIndex) else { break }
            if rest[rest.index(before: gt.lowerBound)] == "/"
                || !(rest[open.upperBound] == ">" || rest[open.upperBound] == " ")
            {
                rest = rest[gt.upperBound...]
                continue
            }
            guard let close = rest.range(of: "</w:t>", range: gt.upperBound..<rest.endIndex) else { break }
            out.append(String(rest[gt.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }

    @Test func docxNumbersAreListNumberingNotText() throws {
        let document = try #require(try docx().text("word/document.xml"))
        let numbering = try #require(try docx().text("word/numbering.xml"))
        #expect(numbering.contains("%1.%2.%3"))
        // The only clause numbers in the text are cached field results of cross-references.
        let texts = wordTexts(document)
        #expect(!texts.contains { $0.contains("4.3.2.1") })
        #expect(!texts.contains { $0.hasPrefix("1 ") || $0.hasPrefix("2.1") })
    }

    @Test func docxCrossReferencesAreREFFieldsWithCachedNumbers() throws {
        let document = try #require(try docx().text("word/document.xml"))
        #expect(document.contains("w:name=\"_opi_projektlogg\""))
        #expect(document.contains("REF _opi_projektlogg \\w \\h"))
        let texts = wordTexts(document)
        // Forward (2.2 → 8.1) and backward (8.2 → 4.3) references carry their numbers.
        #expect(texts.contains("8.1"))
        #expect(texts.contains("4.3"))
        #expect(texts.contains("Bilaga 2"))
        #expect(!document.contains("w:updateFields"))
    }

    @Test func docxDraftHasCommentsAndMarkFinalHasNeither() throws {
        let draft = try docx()
        #expect(try #require(draft.text("word/document.xml")).contains("w:commentReference"))
        #expect(try #require(draft.text("word/comments.xml")).contains("Kontrollera att målen"))
        #expect(draft.names.contains { $0.hasPrefix("word/header") && (draft.text($0) ?? "").contains("UTKAST") })
        var final = try Samples.agreement()
        final.metadata.status = .final
        let finished = try docx(final)
        #expect(!(finished.text("word/document.xml") ?? "").contains("w:commentReference"))
        #expect(!finished.names.contains("word/comments.xml"))
        #expect(
            !finished.names.contains { ($0.hasPrefix("word/header")) && (finished.text($0) ?? "").contains("UTKAST") })
    }

    @Test func docxFooterHasPageFields() throws {
        let package = try docx()
        let footer = try #require(package.names.first { $0.hasPrefix("word/footer") }.flatMap { package.text($0) })
        #expect(footer.contains("PAGE"))
        #expect(footer.contains("NUMPAGES"))
        #expect(footer.contains("Sida"))
        #expect(footer.contains("av"))
    }

    @Test func docxUserTextIsLiteral() throws {
        let document = try #require(try docx().text("word/document.xml"))
        #expect(document.contains("Specialtecken som &lt;, &gt; och &amp; visas som de är skrivna."))
        let custom = try #require(try docx().text("docProps/custom.xml"))
        #expect(custom.contains("opi.model-version"))
    }

    @Test func odtCrossReferencesAndNumbering() throws {
        let package = try odt()
        let content = try #require(package.text("content.xml"))
        let styles = try #require(package.text("styles.xml"))
        #expect(content.contains("text:ref-name=\"_opi_projektlogg\""))
        #expect(content.contains(">4.3</text:bookmark-ref>"))
        #expect(content.contains(">8.1</text:bookmark-ref>"))
        #expect(content.contains(">Bilaga 2</text:bookmark-ref>"))
        #expect(content.contains("text:bookmark-start text:name=\"_opi_projektlogg\""))
        // 4.3.2.1 has no heading: a paragraph of the clause list at level 4, not a heading.
        #expect(content.contains("<text:p text:style-name=\"Clause_20_Text_20_4\""))
        #expect(!content.contains("text:outline-level=\"4\""))
        #expect(styles.contains("text:list-style style:name=\"Clause_20_Numbering\""))
        #expect(styles.contains("text:page-number"))
        #expect(styles.contains("text:page-count"))
        #expect(content.contains("Specialtecken som &lt;, &gt; och &amp; visas som de är skrivna."))
    }

    @Test func odtDraftHasAnnotationsFinalHasNone() throws {
        #expect(try #require(try odt().text("content.xml")).contains("office:annotation"))
        #expect(try #require(try odt().text("styles.xml")).contains("UTKAST"))
        var final = try Samples.agreement()
        final.metadata.status = .final
        let package = try odt(final)
        #expect(!(package.text("content.xml") ?? "").contains("office:annotation"))
        #expect(!(package.text("styles.xml") ?? "").contains("UTKAST"))
        #expect(try #require(package.text("meta.xml")).contains("meta:user-defined meta:name=\"opi.model-version\""))
    }

    @Test func spacesTabsAndBreaksSurvive() throws {
        let agreement = Samples.small(text: "  två  mellanslag\tflik\nrad")
        let docxXML = try #require(try docx(agreement).text("word/document.xml"))
        #expect(docxXML.contains("<w:tab/>"))
        #expect(docxXML.contains("<w:br/>"))
        #expect(docxXML.contains("xml:space=\"preserve\">  två  mellanslag</w:t>"))
        let odtXML = try #require(try odt(agreement).text("content.xml"))
        #expect(odtXML.contains("<text:tab/>"))
        #expect(odtXML.contains("<text:line-break/>"))
        #expect(odtXML.contains("<text:s text:c=\"2\"/>två <text:s/>mellanslag"))
    }
}
