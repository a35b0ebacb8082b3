import Foundation
import Testing

@testable import AgreementKit

/// What the lenient reading rewrites, and what it leaves alone (nil: the strict reading decides).
@Suite("Lenient input at the edges")
struct LenientInputEdgeTests {
    @Test func kronorTakeTheQuestionsKronaElseSwedishKronor() {
        #expect(LenientInput.amount("100 kr", currency: nil) == "100 SEK")
        #expect(LenientInput.amount("100 kr", currency: "EUR") == "100 SEK", "kr is never euro")
        #expect(LenientInput.amount("100 kr", currency: "DKK") == "100 DKK")
        #expect(LenientInput.amount("2,5 tkr", currency: nil) == "2500 SEK")
        #expect(LenientInput.amount("100:-", currency: nil) == "100 SEK")
    }

    @Test func decimalsAndMultipliersAreWrittenAsTheAnswersFileWritesThem() {
        #expect(LenientInput.amount("12,50 kr", currency: "SEK") == "12.50 SEK")
        #expect(LenientInput.amount("12,05 kr", currency: "SEK") == "12.05 SEK")
        #expect(LenientInput.amount("3 miljoner EUR", currency: "SEK") == "3000000 EUR")
        #expect(LenientInput.amount("3 miljoner CHF", currency: "SEK") == "3000000 CHF")
        #expect(LenientInput.amount("1,5 miljoner", currency: nil) == "1500000", "no currency to add")
        #expect(LenientInput.amount("1,5 miljoner", currency: "NOK") == "1500000 NOK")
    }

    @Test func nothingToRewriteOrNothingThatIsANumber() {
        #expect(LenientInput.amount("100 CHF", currency: "SEK") == nil, "already the answers file's form")
        #expect(LenientInput.amount("kr", currency: "SEK") == nil)
        #expect(LenientInput.amount("många kr", currency: "SEK") == nil)
        #expect(LenientInput.amount("3,5,1 miljoner", currency: "SEK") == nil)
        #expect(LenientInput.amount("tre miljoner", currency: "SEK") == nil)
        #expect(LenientInput.percentage("%") == nil)
        #expect(LenientInput.percentage("50") == nil)
        #expect(LenientInput.percentage("12 pct.") == "12")
        #expect(LenientInput.date("2026-03-01") == nil, "already padded")
        #expect(LenientInput.date("1 brumaire 2026") == nil, "no month of that name")
        #expect(LenientInput.date("1 ma 2026") == nil, "two letters are not enough")
        #expect(LenientInput.date("1. jan. 2027") == "2027-01-01")
    }
}
