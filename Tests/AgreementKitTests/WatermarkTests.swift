import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A draft carries its draft mark as a watermark on every page, in every form; a final document has none. The
/// layout decides it; the writers put it in every header (the first page's too), so each page shows it.
@Suite("Draft watermark")
struct WatermarkTests {
    static func sample(_ status: AgreementStatus, _ language: Language = .sv) throws -> Agreement {
        var agreement = try Samples.agreement()
        agreement.metadata.status = status
        agreement.metadata.language = language
        return agreement
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(arguments: [(Language.sv, "UTKAST"), (.en, "DRAFT"), (.da, "UDKAST")])
    func layoutHasTheWatermarkInADraftOnly(language: Language, word: String) throws {
        let draft = LayoutBuilder.layOut(try Self.sample(.draft, language))
        let mark = try #require(draft.watermark)
        #expect(mark.text == word)
        #expect(mark.text == Vocabulary(language).draftMark)
        #expect(mark.angle == 45)
        // Large, light, centred on the page.
        #expect(mark.size >= Length.pt(72))
        #expect(mark.colour != Colour("000000"))
        #expect(mark.centreX + mark.centreX == draft.styles.page.pageWidth)
        #expect(mark.centreY + mark.centreY == draft.styles.page.pageHeight)
        #expect(draft.dump().contains("\nwatermark \"\(word)\" "))
        let final = LayoutBuilder.layOut(try Self.sample(.final, language))
        #expect(final.watermark == nil)
        #expect(final.dump().contains("\nwatermark none\n"))
    }

    @Test func parallelLayoutHasTheWatermarkInADraftOnly() throws {
        let pair = try ParallelAgreement(main: try Self.sample(.draft, .sv), second: try Self.sample(.draft, .en))
        #expect(ParallelLayoutBuilder.layOut(pair).watermark?.text == "UTKAST")
        let final = try ParallelAgreement(main: try Self.sample(.final, .sv), second: try Self.sample(.final, .en))
        #expect(ParallelLayoutBuilder.layOut(final).watermark == nil)
    }

    /// Both header parts hold a VML WordArt shape with the word; the document body has none.
    func expectDOCXWatermark(_ parts: [(name: String, data: Data)], word: String?) {
        let text = { (name: String) in
            parts.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        }
        for header in [DOCXPartName.header, DOCXPartName.firstPageHeader] {
            let xml = text(header)
            #expect(!xml.isEmpty, "\(header) missing")
            if let word {
                #expect(Self.count("<v:shape ", in: xml) == 1, "\(header)")
                #expect(xml.contains("o:spt=\"136\""), "\(header)")
                #expect(xml.contains("<v:textpath style=\"font-family:&quot;"), "\(header)")
                #expect(xml.contains("string=\"\(word)\""), "\(header)")
                #expect(xml.contains("rotation:315"), "\(header)")
                #expect(xml.contains("z-index:-"), "\(header): behind the text")
            } else {
                #expect(!xml.contains("w:pict"), "\(header)")
                #expect(!xml.contains("urn:schemas-microsoft-com:vml"), "\(header)")
            }
        }
        #expect(!text(DOCXPartName.document).contains("w:pict"))
    }

    @Test func docxHeadersCarryTheWatermarkInADraftOnly() throws {
        let draft = try PackageContents(try Samples.render(.docx, try Self.sample(.draft)))
        expectDOCXWatermark(draft.entries.map { ($0.name, $0.data) }, word: "UTKAST")
        let final = try PackageContents(try Samples.render(.docx, try Self.sample(.final)))
        expectDOCXWatermark(final.entries.map { ($0.name, $0.data) }, word: nil)
    }

    @Test func flatOPCHeadersCarryTheWatermarkInADraftOnly() throws {
        expectDOCXWatermark(
            Samples.flatOPCParts(try Samples.render(.flatDocx, try Self.sample(.draft, .en))), word: "DRAFT")
        expectDOCXWatermark(Samples.flatOPCParts(try Samples.render(.flatDocx, try Self.sample(.final))), word: nil)
    }

    /// Both master pages' headers hold the shape, in the background, with its styles.
    func expectODFWatermark(_ xml: String, word: String?) {
        if let word {
            #expect(Self.count("<draw:custom-shape ", in: xml) == 2)
            #expect(
                Self.count(
                    "<text:span text:style-name=\"\(ODFStyles.watermarkText)\">\(word)</text:span>", in: xml) == 2)
            #expect(xml.contains("style:name=\"\(ODFStyles.watermarkGraphic)\" style:family=\"graphic\""))
            #expect(xml.contains("style:run-through=\"background\""))
            #expect(xml.contains("draw:transform=\"rotate(0.785398) translate("))
            // The shapes are in the headers, not in the body.
            let master = xml.range(of: "<office:master-styles>").map { String(xml[$0.lowerBound...]) } ?? ""
            #expect(Self.count("<draw:custom-shape ", in: master) == 2)
            if let body = xml.range(of: "<office:body>") {
                #expect(!xml[body.lowerBound...].contains("draw:custom-shape"))
            }
        } else {
            #expect(!xml.contains("draw:custom-shape"))
            #expect(!xml.contains(ODFStyles.watermarkText))
        }
    }

    @Test func odtAndFlatODTCarryTheWatermarkInADraftOnly() throws {
        let draft = try PackageContents(try Samples.render(.odt, try Self.sample(.draft, .da)))
        expectODFWatermark(try #require(draft.text("styles.xml")), word: "UDKAST")
        #expect(!(try #require(draft.text("content.xml"))).contains("draw:custom-shape"))
        let final = try PackageContents(try Samples.render(.odt, try Self.sample(.final)))
        expectODFWatermark(try #require(final.text("styles.xml")), word: nil)
        expectODFWatermark(
            String(decoding: try Samples.render(.fodt, try Self.sample(.draft)), as: UTF8.self), word: "UTKAST")
        expectODFWatermark(
            String(decoding: try Samples.render(.fodt, try Self.sample(.final)), as: UTF8.self), word: nil)
    }
}
