import Foundation
import Testing

@testable import AgreementKit

/// Where the YAML reader says a problem or a text is: with old Mac line ends (CR alone) and the other line breaks of
/// YAML (NEL, LS, PS), for a key given three times or without visible text, for a key that is a
/// list or a mapping, for an empty block scalar.
@Suite("YAML reader: locations")
struct YAMLReaderLocationTests {
    typealias Location = AgreementKit.SourceLocation

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try YAMLReader.read(text: yaml, file: "f.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A key given twice stands where it is given again, counting lines ended by a CR alone.
    @Test func aDuplicateKeyWithCarriageReturnLineEnds() {
        let found = Self.diagnostics("a: 1\rb: 2\rb: 3\r")
        #expect(found.count == 1)
        #expect(found.first?.location == Location(file: "f.yaml", line: 3, column: 1), "\(found)")
        #expect(found.first?.message.contains("'b'") == true, "\(found)")
    }

    /// A key given three times: the second time is reported.
    @Test func aKeyGivenThreeTimes() {
        let found = Self.diagnostics("b: 1\nb: 2\nb: 3\n")
        #expect(found.count == 1)
        #expect(found.first?.location == Location(file: "f.yaml", line: 2, column: 1), "\(found)")
    }

    /// An empty block scalar's text stands where the scalar does.
    @Test func anEmptyBlockScalarsTextStandsAtTheScalar() throws {
        let root = try #require(try YAMLReader.read(text: "a: |\n", file: "f.yaml")?.mapping)
        let value = try #require(root.entry("a")?.value.scalar)
        #expect(value.text == "")
        #expect(value.textLocation == value.location)
    }

    static func problem(_ yaml: String) -> String {
        let found = diagnostics(yaml)
        #expect(found.count == 1, "\(found)")
        let location = found.first?.location
        return "\(location?.line ?? 0):\(location?.column ?? 0): \(found.first?.message ?? "")"
    }

    /// NEL, LS and PS end a line in YAML as LF does: a tab after one is found where the parser says it is, and the
    /// text of a block scalar below one starts on its line.
    @Test func yamlsOtherLineBreaksEndLines() throws {
        let tab = "tab characters are not allowed for indentation"
        #expect(Self.problem("a: |\n  x\u{2028}\ty\n") == "3:1: \(tab)")
        #expect(Self.problem("a: b\u{85}c:\n\td: e\n") == "3:1: \(tab)")
        let root = try #require(try YAMLReader.read(text: "k: v\u{2029}a: |\n  text\n", file: "f.yaml")?.mapping)
        #expect(root.entries.map(\.name) == ["k", "a"])
        #expect(root.entry("a")?.value.scalar?.textLocation == Location(file: "f.yaml", line: 3, column: 3))
    }

    /// A key given twice inside a mapping that follows a list is found where it is given again, past the list.
    @Test func aDuplicateKeyAfterAList() {
        #expect(
            Self.problem("list: [x, y]\nm:\n  a: 1\n  a: 2\n")
                == "4:3: the key 'a' is given more than once in this mapping (first at line 3)")
    }

    /// A duplicate key is found where it is given again even when no text marks it (an empty key, a key with
    /// only `?`, a quoted key whose text starts on the next line): the reader knows where each key stands.
    @Test func aDuplicateKeyWithoutVisibleTextStandsWhereItIsGivenAgain() {
        #expect(
            Self.problem("\"\": 1\n\"\": 2\n")
                == "2:1: the key '' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("?\n: 1\n?\n: 2\n")
                == "3:2: the key '' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("? \"\n  a\"\n: 1\n? \"\n  a\"\n: 2\n")
                == "4:3: the key ' a' is given more than once in this mapping (first at line 1)")
    }

    /// A key that is a list or a mapping is not a key these files have: given twice (which the parser finds
    /// first), it is told as once, where it first stands, not as a duplicate of a key with no name.
    @Test func aListOrMappingGivenTwiceAsAKey() {
        #expect(Self.problem("[a]: 1\n[a]: 2\n") == "1:1: expected a key, found a list")
        #expect(Self.problem("x: 1\n? - a\n: 1\n? - a\n: 2\n") == "2:3: expected a key, found a list")
        #expect(Self.problem("{a: 1}: x\n{a: 1}: y\n") == "1:1: expected a key, found a mapping")
        #expect(Self.problem("? a: 1\n: x\n? a: 1\n: y\n") == "1:3: expected a key, found a mapping")
        // A list and a mapping are never the same key, whatever they hold: the mapping given again is the one told.
        #expect(Self.problem("[a]: 1\n{a: 1}: 2\n{a: 1}: 3\n") == "2:1: expected a key, found a mapping")
    }

    /// Text with '&' that stops being YAML before any anchor is told as that error, not as an anchor.
    @Test func aSyntaxErrorBeforeAnAmpersandIsThatError() {
        #expect(
            Self.problem("a: b: c &x\n")
                == "1:5: a ':' here is not allowed; put a value that holds ': ' in quotes, or check the indentation")
    }
}
