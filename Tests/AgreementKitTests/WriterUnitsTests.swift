import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The values each format's schema allows for the layout's alignments and number formats: ODF's `fo:text-align`
/// and `style:num-format`, WordprocessingML's `w:jc` and `w:numFmt`.
@Suite("Writers: alignments and number formats in each format's words")
struct WriterUnitsTests {
    @Test(arguments: [
        (Alignment.start, "start", "left"), (.centre, "center", "center"), (.end, "end", "right"),
        (.justified, "justify", "both"),
    ])
    func anAlignmentIsWrittenAsEachSchemaNamesIt(alignment: Alignment, odf: String, docx: String) {
        #expect(alignment.odf == odf)
        #expect(alignment.docx == docx)
    }

    @Test(arguments: [
        (NumberFormat.decimal, "1", "decimal"), (.lowerLetter, "a", "lowerLetter"), (.lowerRoman, "i", "lowerRoman"),
        (.upperLetter, "A", "upperLetter"), (.bullet("•"), "", "bullet"),
    ])
    func aNumberFormatIsWrittenAsEachSchemaNamesIt(format: NumberFormat, odf: String, docx: String) {
        #expect(format.odf == odf)
        #expect(format.docx == docx)
    }

    @Test func aFontSizeIsWrittenInWholePointsWhenItIsOne() {
        var text = TextProperties()
        text.size = .pt(12)
        #expect(text.odfAttributes.map { "\($0.0)=\($0.1)" } == ["fo:font-size=12pt"])
        text.size = .cm(1)
        #expect(text.odfAttributes.map { "\($0.0)=\($0.1)" } == ["fo:font-size=1cm"])
    }
}
