import Foundation
import Testing

@testable import AgreementKit

/// The value filters of the clause language (`{{x | label | join}}`) as the assembler applies them, in Swedish and
/// English: each filter on each kind of value it fits, filters in a chain, and the plain wording of a value without
/// filters. A filter that does not fit its value is a mismatch naming the filter (lint refuses such a library first).
@Suite("Value filters")
struct ValueFilterTests {
    static let countries = Question(
        id: "countries", type: .multipleChoice, label: Localized([.sv: "Länder", .en: "Countries"]),
        options: [
            ChoiceOption(value: "se", label: Localized([.sv: "Sverige", .en: "Sweden"])),
            ChoiceOption(value: "dk", label: Localized([.sv: "Danmark", .en: "Denmark"])),
            ChoiceOption(value: "no", label: Localized([.sv: "Norge", .en: "Norway"])),
        ],
        location: AgreementKit.SourceLocation(file: "q.yaml", line: 1, column: 1))

    static let suppliers = AnswerValue.list([
        AnswerRecord(values: ["name": .text("Alfa AB")]), AnswerRecord(values: ["name": .text("Beta AB")]),
        AnswerRecord(values: [:]),
    ])

    static func format(
        _ value: AnswerValue, _ filters: [ValueFilter], _ language: Language, question: Question? = countries
    ) -> String? {
        try? ValueFormatter(language: language).format(value, question: question, filters: filters).get()
    }

    @Test(arguments: [
        // A multiple choice: its labels joined, counted, or joined with "or".
        (
            AnswerValue.choices(["se", "dk", "no"]), [ValueFilter](), "Sverige, Danmark och Norge",
            "Sweden, Denmark and Norway"
        ),
        (.choices(["se", "dk"]), [.count], "2", "2"),
        (.choices(["se", "dk", "no"]), [.label, .count], "3", "3"),
        (.choices(["se", "dk"]), [.label], "Sverige och Danmark", "Sweden and Denmark"),
        (.choices(["dk", "se"]), [.joinOr], "Danmark eller Sverige", "Denmark or Sweden"),
        (.choices(["dk", "xx"]), [.label, .upper], "DANMARK OCH XX", "DENMARK AND XX"),
        // A list of records: by name (a record without one is an empty name).
        (suppliers, [.names, .join], "Alfa AB, Beta AB och ", "Alfa AB, Beta AB and "),
        (suppliers, [.count], "3", "3"), (suppliers, [], "Alfa AB, Beta AB och ", "Alfa AB, Beta AB and "),
        (.list([]), [.join], "", ""),
        (.record(AnswerRecord(values: ["name": .text("Alfa AB")])), [.lower], "alfa ab", "alfa ab"),
        (.record(AnswerRecord(values: [:])), [], "", ""),
        // Texts, one per language: the agreement's, else the first written.
        (
            .texts(LanguageTexts([LanguageTexts.Entry(.sv, "Vård"), LanguageTexts.Entry(.en, "Care")])), [], "Vård",
            "Care"
        ),
        (.texts(LanguageTexts([LanguageTexts.Entry(.sv, "Vård")])), [.upper], "VÅRD", "VÅRD"),
        (.text("rad ett\n\n  rad två \n"), [.lines], "rad ett, rad två", "rad ett, rad två"),
        (.boolean(true), [.yesNo], "ja", "yes"), (.boolean(false), [], "nej", "no"),
        (.integer(12), [], "12", "12"),
    ])
    func aFilterGivesTheWordsOfTheAgreement(value: AnswerValue, filters: [ValueFilter], sv: String, en: String) {
        #expect(Self.format(value, filters, .sv) == sv)
        #expect(Self.format(value, filters, .en) == en)
    }

    @Test(arguments: [
        (AnswerValue.text("x"), [ValueFilter.date], ValueFilter.date),
        (.boolean(true), [.amount], .amount), (.integer(3), [.count], .count), (.text("x"), [.join], .join),
        (.choices(["se"]), [.label, .names], .names),
        (.date(CalendarDate(year: 2026, month: 3, day: 1)!), [.date, .yesNo], .yesNo),
    ])
    func aFilterThatDoesNotFitIsAMismatchNamingIt(value: AnswerValue, filters: [ValueFilter], failing: ValueFilter) {
        switch ValueFormatter(language: .sv).format(value, question: nil, filters: filters) {
        case .success(let text): Issue.record("\(filters) gave \(text)")
        case .failure(let mismatch): #expect(mismatch.filter == failing)
        }
    }
}
