import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Batch configs at their edges: not a mapping, several agreement types and none chosen, a name that is not a
/// pattern, languages and types that are not text or not the library's, for the batch and for one agreement.
@Suite("Batch config: edge cases")
struct BatchConfigEdgeTests {
    static let agreement = "agreements:\n  - answers:\n      project_title: X\n"

    static func expectThrown(
        _ yaml: String, _ expected: String, library: ClauseLibrary? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let library = try library ?? MiniLibrary.load()
        do {
            _ = try BatchConfigLoader.load(Data(yaml.utf8), file: "batch.yaml", library: library, final: false)
            Issue.record("no error thrown", sourceLocation: sourceLocation)
        } catch {
            let found = error.diagnostics.map(BatchConfigTests.short)
            #expect(found.contains(expected), "\(found)", sourceLocation: sourceLocation)
        }
    }

    /// A pattern naming a whole list whose questionnaire gives it no fields: the example names a record's `name`.
    @Test func aListWithoutFieldsInAPatternIsExemplifiedByAName() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "questionnaire.yaml", "      - id: project_title\n",
                "      - id: observers\n        type: list\n        label: { sv: Observatörer, en: Observers }\n"
                    + "        required: false\n        fields: []\n      - id: project_title\n", in: $0)
        }
        try Self.expectThrown(
            "output:\n  name: \"{observers}\"\n" + Self.agreement,
            "2:10: the file name pattern: {observers}: 'observers' is a list; name a field of one record, for example "
                + "{observers.0.name}", library: library)
    }

    @Test func aConfigThatIsNotAMapping() throws {
        try Self.expectThrown(
            "- agreements\n",
            "1:1: expected the batch config (a mapping with the keys output, language, type, reference_doc, defaults, "
                + "agreements), found a list")
    }

    /// `output:` is a mapping with a name pattern, not a text.
    @Test func anOutputThatIsNotAMapping() throws {
        try Self.expectThrown(
            "output: x\n" + Self.agreement, "1:9: expected 'output' (a mapping with the keys name), found 'x'")
    }

    @Test func severalTypesAndNoneChosen() throws {
        var library = try MiniLibrary.load()
        var other = try #require(library.outlines["mini"])
        other.id = "other"
        library.outlines["other"] = other
        try Self.expectThrown(
            Self.agreement, "1:1: the library has several agreement types (mini, other); choose one with 'type:'",
            library: library)
    }

    @Test func aNameThatIsNotAPattern() throws {
        try Self.expectThrown(
            "output:\n  name: [a]\n" + Self.agreement,
            "2:9: 'name' is the file-name pattern, such as \"opi-{project_title}-{suppliers.0.name}\", found a list")
    }

    /// A language or type written as a list is refused as not being one (it used to read "'a list' is not a
    /// language of the library").
    @Test func aLanguageOrTypeThatIsNotText() throws {
        try Self.expectThrown(
            "language: [sv]\n" + Self.agreement, "1:11: expected a language, found a list")
        try Self.expectThrown(
            "type: [mini]\n" + Self.agreement, "1:7: expected agreement id, found a list")
    }

    /// An agreement's own language or type the library lacks: refused at the agreement's line.
    @Test func anAgreementsOwnLanguageAndType() throws {
        let yaml = """
            agreements:
              - language: de
                type: maxi
                answers:
                  project_title: X

            """
        let plan = try BatchConfigLoader.load(
            Data(yaml.utf8), file: "batch.yaml", library: try MiniLibrary.load(), final: false)
        let messages = plan.agreements.flatMap(\.diagnostics).map(BatchConfigTests.short)
        #expect(messages.contains { $0.hasPrefix("2:15: ") && $0.contains("'de' is not a language") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("3:11: ") && $0.contains("no agreement type 'maxi'") }, "\(messages)")
        // The batch's own language stands for it.
        #expect(plan.agreements.first?.options.language == .sv)
    }
}
