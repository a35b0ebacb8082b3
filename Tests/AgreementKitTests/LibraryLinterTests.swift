import Foundation
import Testing

@testable import AgreementKit

/// `LibraryLinter` lists every problem sorted by file, line and column; a problem of the library as a whole (no
/// place in a file) stands at the library's folder and sorts with it.
@Suite("Library lint: order of the problems")
struct LibraryLinterTests {
    @Test func problemsWithoutALineStandAtTheLibraryAndSortWithIt() throws {
        var library = try MiniLibrary.load()
        #expect(LibraryLinter(library: library).lint().filter { $0.severity == .error }.isEmpty)
        // An outline built in code (no place in a file) whose agreement date and signing question name questions
        // the questionnaire lacks.
        library.outlines["mini"]?.dateQuestion = "no_date"
        library.outlines["mini"]?.signingQuestion = "no_signing"
        // And a reference to nowhere, which has a place.
        let at = AgreementKit.SourceLocation(file: library.clauses[0].file, line: 99, column: 1)
        for language in library.languages {
            library.clauses[0].bodies[language, default: []].append(
                .paragraph([.reference(target: "nowhere", form: .number, location: at)], location: at))
        }
        let lint = LibraryLinter(library: library).lint()
        let unplaced = lint.filter { $0.location == nil }
        #expect(
            unplaced == [
                Diagnostic(
                    .error, worded: "the agreement date 'no_date' is not a date question", file: library.root),
                Diagnostic(
                    .error,
                    worded: "the signing question 'no_signing' is not a choice with the options "
                        + AssemblyRun.signingMethods.sorted().joined(separator: ", "),
                    file: library.root),
            ])
        #expect(lint.contains { $0.location == at && $0.message.contains("'nowhere'") }, "\(lint)")
        // Sorted by file (the library's folder for the unplaced), line (0 for them) and column.
        let keys = lint.map { ($0.location?.file ?? $0.file ?? "", $0.location?.line ?? 0, $0.location?.column ?? 0) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "\(lint)")
    }
}
