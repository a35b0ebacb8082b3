import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `opi-agreement check` on the mini library: combinations a final check refuses are counted and left out; base
/// answers a final agreement refuses are a failure of the library (every combination starts from them).
@Suite("Combination check: excluded and refused answers")
struct CombinationCheckEdgeTests {
    @Test func combinationsAFinalCheckRefusesAreCountedAndLeftOut() throws {
        let root = try TestEnvironment.temporaryDirectory("combination-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try
            (text
                + """
                checks:
                  - id: unpublished
                    when: not publish
                    level: final
                    sv: Resultaten offentliggörs inte.
                    en: The results are not published.

                """).write(to: url, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.load(directory: copy.path)
        let report = try CombinationCheck(library: library, jobs: 1).run()
        #expect(report.failures.isEmpty, "\(report.failures.map(\.diagnostics))")
        #expect(report.excluded > 0)
        #expect(report.excluded % library.languages.count == 0, "refused in every language alike")
        #expect(report.agreements == report.answerSets * library.languages.count)
    }

    @Test func baseAnswersAFinalAgreementRefusesAreAFailure() throws {
        // A required code whose pattern the check's sample text does not match: the base answers lack it.
        let library = try CheckAnswersEdgeTests.library()
        let report = try CombinationCheck(library: library, outline: "mini", jobs: 1).run()
        let failure = try #require(report.failures.first, "\(report)")
        #expect(failure.diagnostics.contains { $0.message.contains("(code)") }, "\(failure.diagnostics)")
        #expect(failure.differences.isEmpty)
        #expect(failure.outline == "mini")
        // The other combinations, refused alike, are counted as refused, not as more failures.
        #expect(report.failures.count == 1)
        #expect(report.refused == (report.answerSets - 1) * library.languages.count)
    }
}
