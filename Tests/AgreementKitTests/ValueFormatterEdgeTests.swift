import Foundation
import Testing

@testable import AgreementKit

/// Values in the words of each language at the edges: öre below ten, a currency with the language's own sign, dates
/// without a filter, and the kind named when a filter does not fit.
@Suite("Value formatter at the edges")
struct ValueFormatterEdgeTests {
    static func amount(_ minor: Int64, _ currency: String) -> AnswerValue {
        .amount(Amount(minorUnits: minor, currency: currency))
    }

    @Test func amountsInEachLanguage() {
        #expect(
            ValueFormatter(language: .sv).plain(Self.amount(125_000_005, "SEK"), nil)
                == "1\u{00A0}250\u{00A0}000,05\u{00A0}SEK")
        #expect(ValueFormatter(language: .en).plain(Self.amount(125_000_050, "EUR"), nil) == "EUR\u{00A0}1,250,000.50")
        #expect(ValueFormatter(language: .da).plain(Self.amount(1_250_005, "DKK"), nil) == "12.500,05\u{00A0}kr.")
        #expect(ValueFormatter(language: .da).plain(Self.amount(1_250_000, "SEK"), nil) == "SEK\u{00A0}12.500")
        #expect(ValueFormatter(language: .sv).plain(Self.amount(-150, "SEK"), nil) == "-1,50\u{00A0}SEK")
    }

    @Test func aDateWithoutAFilterIsISOInSwedishAndInWordsInEnglishAndDanish() {
        let date = AnswerValue.date(CalendarDate(iso: "2026-03-01")!)
        #expect(ValueFormatter(language: .sv).plain(date, nil) == "2026-03-01")
        #expect(ValueFormatter(language: .en).plain(date, nil) == "1 March 2026")
        #expect(ValueFormatter(language: .da).plain(date, nil) == "1. marts 2026")
    }

    @Test(arguments: [
        (AnswerValue.amount(Amount(minorUnits: 100, currency: "SEK")), "an amount"),
        (.date(CalendarDate(iso: "2026-03-01")!), "a date"),
        (.choice("x"), "a choice"),
        (.choices(["x"]), "a multiple choice"),
        (.list([]), "a list"),
        (.record(AnswerRecord(values: [:])), "a record"),
    ])
    func aFilterThatDoesNotFitNamesTheKindOfValue(value: AnswerValue, kind: String) {
        let result = ValueFormatter(language: .en).format(value, question: nil, filters: [.yesNo])
        #expect(result == .failure(.init(filter: .yesNo, value: kind)))
    }

    /// An option whose label lacks the language of the agreement (a Danish agreement from a library in Swedish and
    /// English) is worded by its label in the first language that has one, as every other text is, not by its raw
    /// value; an option the question does not list, and a value with no question, stay as they are.
    @Test func anOptionLabelMissingInTheLanguageFallsBackToAnotherLanguage() throws {
        let question = ValueFilterTests.countries
        let formatter = ValueFormatter(language: .da)
        #expect(try formatter.format(.choice("se"), question: question, filters: [.label]).get() == "Sverige")
        #expect(formatter.plain(.choices(["se", "dk"]), question) == "Sverige og Danmark")
        #expect(formatter.plain(.choice("fi"), question) == "fi")
        #expect(formatter.plain(.choice("se"), nil) == "se")
    }

    /// A list joined by a filter names each record by its name; a record without one is an empty item (the assembler
    /// gives such a record its name's blank before the formatter sees it).
    @Test func aRecordWithoutANameIsAnEmptyItemOfAJoinedList() throws {
        let list = AnswerValue.list([AnswerRecord(values: ["name": .text("Alfa AB")]), AnswerRecord(values: [:])])
        #expect(
            try ValueFormatter(language: .en).format(list, question: nil, filters: [.joinOr]).get() == "Alfa AB or ")
    }
}
