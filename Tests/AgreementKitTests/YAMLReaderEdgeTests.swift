import Foundation
import Testing

@testable import AgreementKit

/// Text already decoded may still start with a byte-order mark (a clause file, text given directly): it is not part
/// of the first key. A control character is refused where it stands, counted in characters however many bytes the
/// text before it takes (an answers file in Swedish or Danish has å, ä, ö, æ and ø before it), and on the line
/// YAML counts after NEL, LS and PS line breaks.
@Suite("YAML reader: byte-order marks in text, control characters")
struct YAMLReaderEdgeTests {
    typealias Location = AgreementKit.SourceLocation

    @Test func aByteOrderMarkInTextIsNotPartOfTheFirstKey() throws {
        let root = try #require(try YAMLReader.read(text: "\u{FEFF}a: b\n", file: "f.yaml")?.mapping)
        #expect(root.entries.map(\.name) == ["a"])
        #expect(root.entry("a")?.key.location == Location(file: "f.yaml", line: 1, column: 1))
        #expect(YAMLReader.withoutByteOrderMark("\u{FEFF}\u{FEFF}x") == "\u{FEFF}x", "only the first is a mark")
        #expect(YAMLReader.withoutByteOrderMark("x\u{FEFF}") == "x\u{FEFF}")
    }

    @Test(arguments: [
        ("a: b\nc: \u{01}\n", 2, 4), ("å: ö\nc: é\u{07}\n", 2, 5), ("å: ö\r\nc: é\u{07}\r\n", 2, 5),
        ("x: 😀\u{07}\n", 1, 5), ("c: e\u{301}\u{07}\n", 1, 6),
        // NEL, LS and PS end lines as LF does; a CR alone too. Other characters whose UTF-8 starts with the same
        // byte as NEL (¡) or as LS and PS (…, €) are one column each.
        ("a: b\u{85}c: \u{01}\n", 2, 4), ("a: b\u{2028}c: \u{01}\n", 2, 4), ("a: b\u{2029}\u{2029}c: \u{01}\n", 3, 4),
        ("a: b\rc: \u{01}\n", 2, 4), ("x: ¡…€\u{07}\n", 1, 7),
    ])
    func aControlCharacterIsRefusedWhereItStands(yaml: String, line: Int, column: Int) {
        do {
            _ = try YAMLReader.read(text: yaml, file: "f.yaml")
            Issue.record("read")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.location == Location(file: "f.yaml", line: line, column: column))
            #expect(error.diagnostics.first?.message.contains("control character") == true, "\(error)")
        }
    }
}
