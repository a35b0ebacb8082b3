import Testing

@testable import AgreementKit

/// The summaries `batch` and `clauses lint` print are worded in the messages language, with one in the singular
/// and the language's decimal sign.
@Suite("Status lines")
struct StatusLineTests {
    @Test func aBatchSummaryInEachLanguage() {
        let summary = StatusLine.batch(agreements: 3, files: 6, seconds: 1.25, notWritten: 0)
        #expect(Language.en.words.text(summary) == "3 agreements, 6 files, 1.3 s")
        #expect(Language.sv.words.text(summary) == "3 avtal, 6 filer, 1,3 s")
        #expect(Language.da.words.text(summary) == "3 aftaler, 6 filer, 1,3 s")
    }

    @Test func oneIsSingularAndWhatWasNotWrittenIsCounted() {
        let summary = StatusLine.batch(agreements: 1, files: 1, seconds: 0, notWritten: 2)
        #expect(Language.en.words.text(summary) == "1 agreement, 1 file, 0.0 s; 2 not written")
        #expect(Language.sv.words.text(summary) == "1 avtal, 1 fil, 0,0 s; 2 skrevs inte")
        #expect(Language.da.words.text(summary) == "1 aftale, 1 fil, 0,0 s; 2 blev ikke skrevet")
        let none = StatusLine.batch(agreements: 0, files: 0, seconds: 12.04, notWritten: 0)
        #expect(Language.en.words.text(none) == "0 agreements, 0 files, 12.0 s")
    }

    @Test func theProgressLine() {
        let progress = StatusLine.batchProgress(done: 12, total: 200)
        #expect(Language.en.words.text(progress) == "building 12/200 agreements")
        #expect(Language.sv.words.text(progress) == "bygger 12/200 avtal")
    }

    @Test func theLintSummary() {
        #expect(
            Language.en.words.text(StatusLine.lint(clauses: 120, errors: 0, warnings: 1))
                == "120 clauses, 0 errors, 1 warning")
        #expect(
            Language.sv.words.text(StatusLine.lint(clauses: 1, errors: 1, warnings: 2))
                == "1 klausul, 1 fel, 2 varningar")
        #expect(
            Language.da.words.text(StatusLine.lint(clauses: 2, errors: 3, warnings: 0))
                == "2 klausuler, 3 fejl, 0 advarsler")
    }
}
