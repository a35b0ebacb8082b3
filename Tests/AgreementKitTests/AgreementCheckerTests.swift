import Foundation
import Testing

@testable import AgreementKit

/// One combination of `check`: answers that do not load, or that the rules of the answers refuse (a final agreement
/// missing an answer the combination leaves out), are refused in every language, not failures of the library;
/// complete answers build a sound final agreement. Failures are told apart by message and place in the library,
/// not by the place in the answers file.
@Suite("Combination check: one agreement")
struct AgreementCheckerTests {
    static func outcomes(_ yaml: String) throws -> [AgreementChecker.Outcome] {
        let library = try MiniLibrary.load()
        return AgreementChecker(library: library, validator: nil).check(
            yaml: yaml, languages: library.languages, outline: "mini")
    }

    @Test func answersThatDoNotLoadAreRefusedInEveryLanguage() throws {
        let outcomes = try Self.outcomes("project_title: [\n")
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            guard case .refused(let diagnostics) = outcome else {
                Issue.record("\(outcome)")
                continue
            }
            #expect(!diagnostics.isEmpty && diagnostics.allSatisfy { $0.severity == .error })
        }
    }

    @Test func aMissingAnswerIsARefusalAndCompleteAnswersPass() throws {
        let missing = MiniLibrary.complete.replacingOccurrences(of: "project_title: Smart avfall\n", with: "")
        for outcome in try Self.outcomes(missing) {
            guard case .refused(let diagnostics) = outcome else {
                Issue.record("\(outcome)")
                continue
            }
            #expect(diagnostics.allSatisfy(AgreementChecker.isAnswerRule), "\(diagnostics)")
        }
        for outcome in try Self.outcomes(MiniLibrary.complete) {
            guard case .ok = outcome else {
                Issue.record("\(outcome)")
                continue
            }
        }
    }

    @Test func failuresAreToldApartByMessageAndLibraryPlaceOnly() {
        let inAnswers = Diagnostic(
            .error, worded: "x", at: AgreementKit.SourceLocation(file: AgreementChecker.file, line: 3, column: 1))
        let movedInAnswers = Diagnostic(
            .error, worded: "x", at: AgreementKit.SourceLocation(file: AgreementChecker.file, line: 9, column: 5))
        let inLibrary = Diagnostic(
            .error, worded: "x", at: AgreementKit.SourceLocation(file: "purpose.clause", line: 3, column: 1))
        #expect(AgreementChecker.key([inAnswers]) == AgreementChecker.key([movedInAnswers]))
        #expect(AgreementChecker.key([inAnswers]) != AgreementChecker.key([inLibrary]))
        #expect(AgreementChecker.key([Diagnostic(.error, worded: "x")]) == AgreementChecker.key([inAnswers]))
        #expect(!AgreementChecker.isAnswerRule(Diagnostic(.error, worded: "x")))
    }
}
