import AgreementKit  // not @testable: the example may use only the public API
import Foundation
import TestSupport
import Testing

/// The four-call example in `Sources/AgreementKit/AgreementKit.docc/AgreementKit.md` compiles against the public
/// API and builds an agreement. The calls below are the example's; the test checks the catalog still shows them.
@Suite("Documentation example")
struct DocumentationExampleTests {
    static let catalog = TestEnvironment.repositoryRoot.appendingPathComponent(
        "Sources/AgreementKit/AgreementKit.docc/AgreementKit.md")

    /// The example's calls, as written in the catalog and run below.
    static let calls = [
        "let library = try LibraryLoader.load(directory: \"clauses\")",
        "let answers = try AnswersLoader.load(",
        "try Data(contentsOf: URL(fileURLWithPath: answersPath)), file: answersPath,",
        "questionnaire: library.questionnaire, requireComplete: true)",
        "let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv, final: true))",
        "let docx = try DocumentRenderer(options: .reproducible(for: result.agreement, environment: [:]))",
        ".render(result.agreement, as: .docx)",
    ]

    @Test func theCatalogShowsTheCallsThisTestRuns() throws {
        let text = try String(contentsOf: Self.catalog, encoding: .utf8)
        let start = try #require(text.range(of: "```swift\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let lines = Set(
            text[start.upperBound..<end.lowerBound].split(separator: "\n").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        for call in Self.calls {
            #expect(lines.contains(call), "the catalog's example no longer has: \(call)")
        }
    }

    @Test func theFourCallsBuildTheWasteCollectionAgreement() throws {
        let root = TestEnvironment.repositoryRoot.path
        let library = try LibraryLoader.load(directory: root + "/clauses")
        let answersPath = root + "/examples/waste-collection.yaml"
        let answers = try AnswersLoader.load(
            try Data(contentsOf: URL(fileURLWithPath: answersPath)), file: answersPath,
            questionnaire: library.questionnaire, requireComplete: true)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: .sv, final: true))
        let docx = try DocumentRenderer(options: .reproducible(for: result.agreement, environment: [:]))
            .render(result.agreement, as: .docx)
        #expect(result.missing.isEmpty)
        #expect(Array(docx.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a ZIP package")
        let document = try #require(try PackageContents(docx)["word/document.xml"])
        #expect(String(decoding: document, as: UTF8.self).contains("Smart avfallshämtning"))
    }
}
