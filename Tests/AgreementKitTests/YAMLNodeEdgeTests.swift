import Foundation
import Testing

@testable import AgreementKit

/// The rarer paths of the YAML layer: where a mapping's text stands, long texts in messages, an empty mapping, a
/// checker reading bytes that are not YAML, a key that is not text, an empty id, and scalars written so that they
/// read back the same.
@Suite("YAML layer: nodes, checker and scalars")
struct YAMLNodeEdgeTests {
    @Test func aMappingsTextStandsWhereTheMappingDoesAndItsEmptinessIsKnown() throws {
        let root = try #require(try YAMLReader.read(text: "a:\n  b: 1\nc: {}\n", file: "f.yaml"))
        let inner = try #require(root.mapping?["a"])
        #expect(inner.textLocation == inner.location)
        #expect(inner.textLocation == AgreementKit.SourceLocation(file: "f.yaml", line: 2, column: 3))
        #expect(inner.mapping?.isEmpty == false)
        #expect(root.mapping?["c"]?.mapping?.isEmpty == true)
    }

    /// A text is cut after 40 characters where a message shows what was found.
    @Test func aLongTextIsCutInMessages() throws {
        let long = String(repeating: "abcde", count: 10)
        let node = try #require(try YAMLReader.read(text: "a: \(long)\n", file: "f.yaml")?.mapping?["a"])
        #expect(node.description == "'" + String(long.prefix(40)) + "...'")
        #expect(node.found == Message(.yamlFoundText, ["text": .text(String(long.prefix(40)) + "...")]))
    }

    /// A checker reading bytes that are not YAML reports the error and gives nil; a key that is a list is reported
    /// and left out; an empty text is no id.
    @Test func theCheckerReportsWhatItCannotRead() throws {
        var checker = YAMLChecker()
        #expect(checker.read(Data("a: [b\n".utf8), file: "f.yaml") == nil)
        #expect(
            YAMLCheckerTests.short(checker) == [
                "2:1: a list in [ ] is not closed with ']' or its elements are not separated by ','"
            ])
        var keys = YAMLChecker()
        let entries = keys.mapping(try YAMLCheckerTests.node("[a]: 1\nb: 2\n"), what: "a mapping")
        #expect(entries?.map(\.key) == ["b"])
        #expect(YAMLCheckerTests.short(keys) == ["1:1: expected a key, found a list"])
        #expect(!IdentifierRules.question.allows(""))
        #expect(!IdentifierRules.clause.allows(""))
    }

    /// Texts that could be read as something else are quoted, with escapes, and read back the same; a text that
    /// cannot be a literal block is not written as one.
    @Test func scalarsReadBackTheSame() throws {
        #expect(YAMLScalarText.scalar("ends in a space ") == "\"ends in a space \"")
        #expect(YAMLScalarText.scalar("nul\0here") == "\"nul\\0here\"")
        for text in ["ends in a space ", "nul\0here", "tab\there", "yes"] {
            let read = try YAMLReader.read(text: "a: " + YAMLScalarText.scalar(text) + "\n", file: "f.yaml")
            #expect(read?.mapping?["a"]?.text == text)
        }
        #expect(!YAMLScalarText.isBlockSafe("one line"))
        #expect(!YAMLScalarText.isBlockSafe(" indented\nsecond"))
        #expect(!YAMLScalarText.isBlockSafe("two\nlines\n"))
        #expect(YAMLScalarText.isBlockSafe("two\nlines"))
    }
}
