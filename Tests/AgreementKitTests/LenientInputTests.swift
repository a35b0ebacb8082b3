import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Amounts, percentages and dates as people type them, in the interview.
@Suite("Lenient input")
struct LenientInputTests {
    static func question(_ type: QuestionType, label: String = "Belopp", currency: String? = "SEK") -> Question {
        var q = Question(
            id: "q", type: type, label: Localized([.sv: label, .en: label]),
            location: SourceLocation(file: "q", line: 1, column: 1))
        if type == .amount { q.currency = currency }
        return q
    }

    static func parse(_ text: String, _ question: Question) -> AnswerValue? {
        try? InterviewInput(language: .sv).parse(text, for: question).get()
    }

    static func sek(_ units: Int64, _ currency: String = "SEK") -> AnswerValue {
        .amount(Amount(minorUnits: units * 100, currency: currency))
    }

    @Test("amounts with kr, kronor, millions and grouped digits")
    func amounts() {
        let amount = Self.question(.amount)
        #expect(Self.parse("3 500 000 kr", amount) == Self.sek(3_500_000))
        #expect(Self.parse("3 500 000 SEK", amount) == Self.sek(3_500_000))
        #expect(Self.parse("3,5 miljoner SEK", amount) == Self.sek(3_500_000))
        #expect(Self.parse("3.5 million EUR", amount) == Self.sek(3_500_000, "EUR"))
        #expect(Self.parse("3,5 mkr", amount) == Self.sek(3_500_000))
        #expect(Self.parse("250 tusen kronor", amount) == Self.sek(250_000))
        #expect(Self.parse("3 500 000 kr", Self.question(.amount, currency: "DKK")) == Self.sek(3_500_000, "DKK"))
        #expect(Self.parse("1 000 kroner", amount) == Self.sek(1_000, "DKK"))
        #expect(Self.parse("3,5 miljarder", amount) == nil)
        #expect(Self.parse("3,123456789 miljoner", amount) == nil)
    }

    @Test("a rewritten amount outside the bounds is explained as the amount it stands for")
    func boundsAfterRewriting() throws {
        var amount = Self.question(.amount)
        amount.minimum = 5_000_000
        guard case .failure(let problem) = InterviewInput(language: .sv).parse("3,5 miljoner kr", for: amount) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.message.contains("3500000 SEK"), "\(problem.message)")
    }

    @Test("percentages with % on a percentage question only")
    func percentages() {
        #expect(Self.parse("50 %", Self.question(.integer, label: "Andel (procent)")) == .integer(50))
        #expect(Self.parse("50%", Self.question(.integer, label: "Share (per cent)")) == .integer(50))
        #expect(Self.parse("50 %", Self.question(.integer, label: "Dagar")) == nil)
    }

    @Test("dates without leading zeros or with the month in words")
    func dates() {
        let date = Self.question(.date)
        let first = AnswerValue.date(CalendarDate(iso: "2026-03-01")!)
        for typed in ["2026-3-1", "2026-03-1", "1 mars 2026", "1 March 2026", "1 mar 2026"] {
            #expect(Self.parse(typed, date) == first, "\(typed)")
        }
        #expect(Self.parse("31 februari 2026", date) == nil)
        #expect(Self.parse("1 mars", date) == nil)
    }

    @Test("the interview shows a rewritten answer back in its canonical form")
    func shownBack() throws {
        var script = InterviewTests.completeScript
        let budget = try #require(script.firstIndex(of: "1250000.50"))
        script[budget] = "1,25 miljoner kr"
        let start = try #require(script.firstIndex(of: "2026-04-01"))
        script[start] = "1 april 2026"
        let run = try InterviewTests.mini.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["budget"] == Self.sek(1_250_000))
        #expect(answers["start_date"] == .date(CalendarDate(iso: "2026-04-01")!))
        #expect(run.output.contains("  → 2026-04-01\n"))
        let budgetQuestion = try #require(InterviewTests.mini.questionnaire.question("budget"))
        let shown = QuestionDescription(language: .sv).display(Self.sek(1_250_000), budgetQuestion)
        #expect(shown.hasSuffix("SEK"))
        #expect(run.output.contains("  → \(shown)\n"))
    }
}
