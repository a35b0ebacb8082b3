import TestSupport
import Testing

@testable import AgreementKit

@Suite("Numbering and cross-reference texts")
struct LayoutTests {
    @Test func sampleClauseNumbers() throws {
        let layout = DocumentLayout(try Samples.agreement())
        #expect(layout.number(of: "parter")?.numberText == "1")
        #expect(layout.number(of: "bakgrund-syfte")?.numberText == "2.2")
        #expect(layout.number(of: "projektlogg")?.numberText == "4.3")
        #expect(layout.number(of: "projektlogg-format")?.numberText == "4.3.2.1")
        #expect(layout.number(of: "resultat-ingen-ensamratt")?.numberText == "7.2.2")
        #expect(layout.number(of: "avtalstid")?.numberText == "10")
        #expect(layout.number(of: "bilaga-budget")?.kind == .annex)
        #expect(layout.number(of: "bilaga-budget")?.counters == [2])
    }

    @Test func referenceTexts() throws {
        let layout = DocumentLayout(try Samples.agreement())
        #expect(layout.referenceText(CrossReference(target: "projektlogg")) == ("punkt ", "4.3"))
        #expect(layout.referenceText(CrossReference(target: "resultat", form: .clauseCapitalized)) == ("Punkt ", "7"))
        #expect(layout.referenceText(CrossReference(target: "resultat", form: .number)) == ("", "7"))
        #expect(layout.referenceText(CrossReference(target: "bilaga-budget")) == ("", "Bilaga 2"))
        var english = try Samples.agreement()
        english.metadata.language = .en
        #expect(DocumentLayout(english).referenceText(CrossReference(target: "projektlogg")) == ("clause ", "4.3"))
    }

    @Test func bookmarksAreUniqueAndWordSafe() throws {
        let agreement = Agreement(
            metadata: AgreementMetadata(title: "x", language: .sv),
            blocks: [
                .clause(Clause(id: "a-b", body: [])), .clause(Clause(id: "a_b", body: [])),
                .clause(Clause(id: String(repeating: "x", count: 60), body: [])),
            ])
        let layout = DocumentLayout(agreement)
        let names = ["a-b", "a_b", String(repeating: "x", count: 60)].compactMap { layout.number(of: $0)?.bookmark }
        #expect(Set(names).count == 3)
        for name in names {
            #expect(name.count <= 40)
            #expect(name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        }
    }

    /// Splitting a length by weights cannot trap: huge weights (whose sum or product with the total overflows)
    /// still give parts in proportion that add up to the total, and weights that cannot be used count as equal.
    @Test func lengthSplitNeverOverflows() {
        let total = Length.cm(16)
        let huge = Length.split(total, weights: [Int.max / 2, Int.max / 2])
        #expect(huge.reduce(.zero, +) == total)
        #expect(huge[0] == Length(emu: total.emu / 2))
        #expect(Length.split(total, weights: [Int.max, Int.max]) == Length.split(total, weights: [1, 1]))
        #expect(Length.split(total, weights: [1, -1, 2]) == Length.split(total, weights: [1, 1, 1]))
        #expect(Length.split(total, weights: [1, 3]) == [Length(emu: total.emu / 4), Length(emu: total.emu * 3 / 4)])
        #expect(Length.split(total, weights: [0, 0]).isEmpty)
    }

    @Test func textPieces() {
        #expect(
            TextPiece.split("a\tb\r\nc\nd\re") == [
                .text("a"), .tab, .text("b"), .lineBreak, .text("c"), .lineBreak, .text("d"), .lineBreak, .text("e"),
            ])
    }
}
