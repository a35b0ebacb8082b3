import Foundation
import Testing

@testable import AgreementKit

/// Where the YAML reader says a problem or a text is: with old Mac line ends (CR alone), for a key given three
/// times, for an empty block scalar.
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
}
