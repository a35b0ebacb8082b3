import Foundation
import Testing

@testable import AgreementKit

/// Reading an agreement outline: an empty file, and each malformed entry reported at its line.
@Suite("Outline files: malformed entries")
struct OutlineLoaderEdgeTests {
    static let head = "id: a\nversion: 1.0.0\ntitle: { sv: A }\n"

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try OutlineLoader.load(Data(yaml.utf8), file: "a.yaml")
            Issue.record("read: \(yaml)")
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A file with nothing in it (or only a comment) is an empty outline, at its first line.
    @Test(arguments: ["", "# nothing yet\n"])
    func anEmptyOutline(yaml: String) {
        let found = Self.diagnostics(yaml)
        #expect(found.map(\.message) == ["the outline is empty: it needs id, version, title and outline"])
        #expect(found.first?.location == AgreementKit.SourceLocation(file: "a.yaml", line: 1, column: 1))
    }

    /// Each malformed entry is reported at its line, with what was expected.
    @Test(arguments: [
        ("parties:\n  - list: suppliers\noutline: [title]\n", 5, "role"),
        ("outline:\n  - [title]\n", 5, "an outline entry"),
        ("outline:\n  - foo: bar\n", 5, "an outline entry needs one of clause, slot, definitions, annexes"),
        ("outline:\n  - clause: a\n    slot: b\n", 5, "an outline entry has only one of clause, slot"),
        ("outline:\n  - clause: a\n    wen: publish\n", 6, "wen"),
        ("outline:\n  - clause: [a]\n", 5, "clause id"),
        ("outline:\n  - definitions: { id: d }\n", 5, "title"),
        ("outline:\n  - annexes:\n      - id: a1\n", 6, "title"),
        ("outline:\n  - annexes: all\n", 5, "a list of annexes"),
        ("outline:\n  - clause: a\n    when: publish ==\n", 6, "expected a value"),
    ])
    func aMalformedEntryIsReportedAtItsLine(entries: String, line: Int, fragment: String) {
        let found = Self.diagnostics(Self.head + entries)
        #expect(
            found.contains { $0.location?.line == line && $0.message.contains(fragment) },
            "\(found.map(\.description))")
    }
}
