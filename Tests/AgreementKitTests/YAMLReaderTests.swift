import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The one YAML layer: located nodes, BOM, duplicate keys, tabs, nesting, anchors and messages for people.
@Suite("YAML reader")
struct YAMLReaderTests {
    typealias Location = AgreementKit.SourceLocation

    static func read(_ yaml: String, lineOffset: Int = 0) throws(DiagnosticError) -> YAMLNode? {
        try YAMLReader.read(text: yaml, file: "f.yaml", lineOffset: lineOffset)
    }

    /// The single problem reading `yaml` reports, as `line:col: message`.
    static func problem(
        _ yaml: String, lineOffset: Int = 0, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> String {
        do {
            _ = try read(yaml, lineOffset: lineOffset)
            Issue.record("no error for \(yaml.debugDescription)", sourceLocation: sourceLocation)
            return ""
        } catch {
            #expect(error.diagnostics.count == 1, "\(error)", sourceLocation: sourceLocation)
            let d = error.diagnostics[0]
            #expect(d.location?.file == "f.yaml", sourceLocation: sourceLocation)
            return "\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
        }
    }

    static func at(_ line: Int, _ column: Int) -> Location { Location(file: "f.yaml", line: line, column: column) }

    @Test func mappingsKeepKeyOrderAndLocateEveryNode() throws {
        let root = try #require(try Self.read("b: 1\na:\n  - x\n  - {k: v}\n"))
        let mapping = try #require(root.mapping)
        #expect(mapping.entries.map(\.name) == ["b", "a"])
        #expect(mapping["b"]?.text == "1")
        #expect(mapping["missing"] == nil)
        #expect(root.location == Self.at(1, 1))
        #expect(mapping.entry("a")?.key.location == Self.at(2, 1))
        let list = try #require(mapping["a"]?.sequence)
        #expect(list.location == Self.at(3, 3))
        #expect(list.map(\.location) == [Self.at(3, 5), Self.at(4, 5)])
        #expect(list[1].mapping?["k"]?.location == Self.at(4, 9))
        #expect(root.location(along: [.key("a"), .index(1), .key("k")]) == Self.at(4, 9))
        #expect(root.location(along: [.key("a"), .index(7)]) == Self.at(3, 3), "the closest existing node")
    }

    @Test func scalarsKeepTheirStyleTextAndWhereTheirTextStarts() throws {
        let yaml =
            "plain: no\nsingle: 'it''s'\ndouble: \"a\\tb\"\nliteral: |\n\n    two\n    lines\nfolded: >\n  one\n  line\n"
        let root = try #require(try Self.read(yaml)?.mapping)
        let plain = try #require(root["plain"]?.scalar)
        #expect(plain.text == "no" && plain.style == .plain, "values are text, never booleans")
        #expect(plain.location == Self.at(1, 8) && plain.textLocation == Self.at(1, 8))
        let single = try #require(root["single"]?.scalar)
        #expect(single.text == "it's" && single.style == .singleQuoted)
        #expect(single.location == Self.at(2, 9) && single.textLocation == Self.at(2, 10))
        let double = try #require(root["double"]?.scalar)
        #expect(double.text == "a\tb" && double.style == .doubleQuoted && double.textLocation == Self.at(3, 10))
        let literal = try #require(root["literal"]?.scalar)
        #expect(literal.text == "\ntwo\nlines\n" && literal.style == .literal)
        #expect(literal.location == Self.at(4, 10) && literal.textLocation == Self.at(6, 5))
        let folded = try #require(root["folded"]?.scalar)
        #expect(folded.text == "one line\n" && folded.style == .folded && folded.textLocation == Self.at(9, 3))
    }

    @Test func aLineOffsetMovesEveryLocation() throws {
        let root = try #require(try Self.read("a: 'x'\n", lineOffset: 4))
        #expect(root.mapping?["a"]?.location == Self.at(5, 4))
        #expect(root.mapping?["a"]?.textLocation == Self.at(5, 5))
        #expect(
            Self.problem("a: 1\na: 2\n", lineOffset: 4)
                == "6:1: the key 'a' is given more than once in this mapping (first at line 5)")
    }

    @Test func nullIsDecidedOnce() throws {
        let root = try #require(
            try Self.read("a:\nb: ~\nc: null\nd: NULL\ne: ''\nf: '  '\ng: 'null'\nh: \"~\"\ni: x\nj: []\nk: {}\n")?
                .mapping)
        func node(_ key: String) throws -> YAMLNode { try #require(root[key]) }
        #expect(try ["a", "b", "c", "d"].allSatisfy { try node($0).scalar?.isNull == true })
        #expect(
            try ["e", "f", "g", "h", "i"].allSatisfy { try node($0).scalar?.isNull == false },
            "quoted text is never null")
        #expect(try ["a", "b", "c", "d", "e", "f"].allSatisfy { try node($0).isEmpty })
        #expect(try ["g", "h", "i", "j", "k"].allSatisfy { try !node($0).isEmpty })
        #expect(try node("a").description == "nothing" && node("g").description == "'null'")
        #expect(try node("j").description == "a list" && node("k").description == "a mapping")
        #expect(try Self.read("") == nil)
        #expect(try Self.read("# only a comment\n") == nil)
    }

    @Test func aByteOrderMarkIsAcceptedAndNotCounted() throws {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("a: b\nc: 'd'\n".utf8))
        let root = try #require(try YAMLReader.read(data, file: "f.yaml")?.mapping)
        #expect(root.entries.map(\.name) == ["a", "c"], "the mark is not part of the first key")
        #expect(root.entry("a")?.key.location == Self.at(1, 1))
        #expect(root["a"]?.location == Self.at(1, 4))
        #expect(try YAMLReader.text(data, file: "f.yaml") == "a: b\nc: 'd'\n")
        #expect(throws: DiagnosticError(worded: "the file is not UTF-8 text", file: "f.yaml")) {
            try YAMLReader.read(Data([0x61, 0x3A, 0x20, 0xFF, 0xFE]), file: "f.yaml")
        }
    }

    @Test func aDuplicateKeyIsReportedAtTheDuplicate() {
        #expect(
            Self.problem("a: 1\nb: 2\na: 3\n")
                == "3:1: the key 'a' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("x:\n  a: 1\n  b:\n    a: 1\n  a: 2\n")
                == "5:3: the key 'a' is given more than once in this mapping (first at line 2)", "not the nested 'a'")
        #expect(
            Self.problem("{a: 1, b: 2, a: 3}\n")
                == "1:14: the key 'a' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("\"a\": 1\n'a': 2\n")
                == "2:1: the key 'a' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("a: 1\na: 2\na: 3\n")
                == "2:1: the key 'a' is given more than once in this mapping (first at line 1)")
        #expect(
            Self.problem("- k: 1\n- k: 1\n  k: 2\n")
                == "3:3: the key 'k' is given more than once in this mapping (first at line 2)")
    }

    @Test func tabsUsedForIndentationAreReportedAtTheTab() {
        let message = "tab characters are not allowed for indentation"
        #expect(Self.problem("a:\n\tb: c\n") == "2:1: \(message)")
        #expect(Self.problem("\ta: b\n") == "1:1: \(message)")
        #expect(Self.problem("a:\n  b: c\n\td: e\n") == "3:1: \(message)")
        #expect(Self.problem("- a\n\t- b\n") == "2:1: \(message)")
        #expect(Self.problem("a: |\n  x\n\ty\n") == "3:1: \(message)")
        #expect(Self.problem("a:\n  - b\n  \t- c\n") == "3:3: \(message)")
        // A tab that does not indent is fine: after a colon, inside quotes or a block's text.
        #expect(throws: Never.self) { try Self.read("a:\t b\nc: \"x\ty\"\nd: |\n  e\tf\n") }
    }

    @Test func nestingIsLimited() throws {
        let deepest =
            String(repeating: "[", count: YAMLReader.maximumDepth)
            + String(repeating: "]", count: YAMLReader.maximumDepth)
        #expect(throws: Never.self) { try Self.read(deepest) }
        let tooDeep =
            "a: " + String(repeating: "[", count: YAMLReader.maximumDepth)
            + String(repeating: "]", count: YAMLReader.maximumDepth)
        #expect(Self.problem(tooDeep) == "1:\(4 + YAMLReader.maximumDepth - 1): \(YAMLReader.depthMessage)")
        #expect(
            YAMLReader.depthMessage.description
                == "the values are nested more than 64 levels deep; this file needs only a few levels")
        // Deeper than the parser itself goes: the same message, not the parser's.
        let far = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        #expect(Self.problem(far).hasSuffix(": \(YAMLReader.depthMessage)"))
    }

    @Test func anchorsAndAliasesAreRefusedInWords() {
        let message =
            "anchors and aliases ('&name', '*name') are not supported; write the value out in full where it is used"
        #expect(Self.problem("a: &x 1\nb: *x\n") == "1:4: \(message)")
        #expect(Self.problem("a: *nowhere\n") == "1:4: \(message)")
        // A billion laughs stops at the first anchor instead of expanding.
        let laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
        #expect(Self.problem(laughs) == "1:4: \(message)")
    }

    /// Fuzzing found an alias used as a mapping key, nested a few levels, taking time exponential in its depth (440
    /// bytes took 132 s in `build`): Yams' duplicate-key check hashed the fully expanded alias tree. Anchors and
    /// aliases are refused from the parser's events, before Yams composes a node or compares a key.
    @Test func aliasesAsKeysAreRefusedBeforeYamsComparesKeys() {
        let message =
            "anchors and aliases ('&name', '*name') are not supported; write the value out in full where it is used"
        // Yams composed this and its duplicate-key check compared the two expanded keys ("duplicate key").
        #expect(Self.problem("a: &x [1]\n? *x : 1\n? *x : 2\n") == "1:4: \(message)")
        var nested = "a0: &a0 [x, x, x, x, x, x, x, x]\n"
        for level in 1...4 {
            nested += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 8).joined(separator: ", ")
            nested += "]\n"
        }
        nested += "? *a4 : 1\n"
        #expect(Self.problem(nested) == "1:5: \(message)")
        #expect(Self.problem("a: 1\n? *k : 1\n") == "2:3: \(message)")
        #expect(Self.problem("- [1, 2]\n- { k: &v 1 }\n") == "2:8: \(message)")
        // '&' and '*' inside text are no anchors.
        #expect(throws: Never.self) { try Self.read("a: '&x *y'\nb: \"*\"\nc: x*y & z\nd: |\n  *not\n") }
    }

    @Test func syntaxErrorsAreLocatedAndWordedForPeople() {
        let cases: [(String, String)] = [
            ("a: [b\n", "2:1: a list in [ ] is not closed with ']' or its elements are not separated by ','"),
            ("a: {b: c\n", "2:1: a mapping in { } is not closed with '}' or its entries are not separated by ','"),
            (
                "a: b: c\n",
                "1:5: a ':' here is not allowed; put a value that holds ': ' in quotes, or check the indentation"
            ),
            ("a: \"open\n", "2:1: the file ends inside a quoted text; a closing quote is missing"),
            ("a: \"\\q\"\n", "1:5: unknown escape in double-quoted text; write '\\\\' for a backslash"),
            ("a: 1\n---\nb: 2\n", "2:1: the file holds more than one YAML document; remove the second '---' line"),
            ("a:\n  b: 1\n c: 2\n", "3:2: expected a key here; check the indentation"),
            ("a: `x`\n", "1:4: this character cannot start a value here; put the value in quotes"),
        ]
        for (yaml, expected) in cases {
            let found = Self.problem(yaml)
            #expect(found == expected, "\(yaml.debugDescription)")
            for jargon in ["scanner", "parser", "composer", "yaml_", "libyaml", "Yams", "token", "stream", "while "] {
                #expect(!found.contains(jargon), "\(found)")
            }
        }
    }
}
