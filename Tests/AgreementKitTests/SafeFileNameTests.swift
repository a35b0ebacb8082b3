import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// File names built from answers are safe on every common file system, whatever the answers contain.
@Suite("Safe file names")
struct SafeFileNameTests {
    static func make(_ text: String) -> String { SafeFileName.make(text, fallback: "agreement-7") }

    @Test(arguments: [
        ("opi-Smarta gator-Acme AB", "opi-Smarta gator-Acme AB"),
        ("Avfall/Nord\\Syd", "Avfall-Nord-Syd"),
        ("../../etc/passwd", "etc-passwd"),
        ("..", "agreement-7"),
        ("a..b...c", "a.b.c"),
        (".hidden", "hidden"),
        ("-rf", "rf"),
        ("  spaced   out  ", "spaced out"),
        ("line\nbreak\ttab\r\u{0}nul", "line break tab nul"),
        ("bell\u{07}esc\u{1B}[31m", "bell esc [31m"),
        ("right\u{202E}txt.exe", "righttxt.exe"),
        ("zero\u{200B}width\u{FEFF}\u{00AD}", "zerowidth"),
        (
            "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}",
            "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}"
        ),
        ("a:b*c?d\"e<f>g|h", "a-b-c-d-e-f-g-h"),
        ("trailing dots...", "trailing dots"),
        ("CON", "CON_"),
        ("nul.txt", "nul_.txt"),
        ("com1", "com1_"),
        ("console", "console"),
        ("", "agreement-7"),
        ("/// ... \n", "agreement-7"),
        ("e\u{301}", "é"),
        ("Åre kommun – Örebro AB", "Åre kommun – Örebro AB"),
    ])
    func sanitises(input: String, expected: String) {
        #expect(Self.make(input) == expected)
    }

    @Test func neverAPathOrHiddenOrEmpty() {
        let nasty = [
            "/", "\\", "..", ".", "...", "./a", "a/../b", "\u{0}", "\u{85}", "\u{2028}", " . ", "-", "~/x",
            "C:\\Windows", "\u{202E}\u{202D}", "%2e%2e%2f", String(repeating: "../", count: 200),
        ]
        for text in nasty {
            let name = Self.make(text)
            #expect(!name.isEmpty, "\(text.debugDescription)")
            #expect(!name.contains("/") && !name.contains("\\") && !name.contains(".."), "\(name.debugDescription)")
            #expect(!name.hasPrefix(".") && !name.hasPrefix("-") && !name.hasPrefix(" "), "\(name.debugDescription)")
            #expect(
                !name.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(name.debugDescription)")
            #expect(name != "." && name != "..")
        }
    }

    /// A fallback that leaves nothing usable either gives "agreement"; a usable one is made safe too.
    @Test func aFallbackWithNothingUsableGivesAgreement() {
        #expect(SafeFileName.make("", fallback: "") == "agreement")
        #expect(SafeFileName.make("..", fallback: "/// ..") == "agreement")
        #expect(SafeFileName.make("/", fallback: "../a/b") == "a-b")
    }

    @Test func longNamesAreCutAtACharacterBoundary() throws {
        // 'ä' is two bytes, the flag four scalars (eight bytes) in one character: cutting inside either would
        // leave invalid or broken text.
        for unit in ["a", "ä", "🇸🇪", "e\u{301}", "👩‍👩‍👧‍👦"] {
            let name = Self.make(String(repeating: unit, count: 300))
            #expect(name.utf8.count <= SafeFileName.maximumBytes)
            #expect(name.utf8.count > SafeFileName.maximumBytes - 30)
            let bytes = Array(name.utf8)
            let decoded = try #require(String(validating: bytes, as: UTF8.self))
            #expect(decoded == name)
            let expectedUnit = unit.precomposedStringWithCanonicalMapping
            #expect(
                name.allSatisfy { String($0) == expectedUnit }, "a character was cut: \(name.unicodeScalars.suffix(4))")
        }
        let cut = Self.make(String(repeating: "x", count: 199) + " tail")
        #expect(cut == String(repeating: "x", count: 199), "no trailing space after the cut")
    }

    @Test func collisionKeysIgnoreCaseAndNormalisation() {
        #expect(SafeFileName.collisionKey("Acme AB") == SafeFileName.collisionKey("ACME ab"))
        #expect(SafeFileName.collisionKey("O\u{308}rebro") == SafeFileName.collisionKey("Örebro"))
        #expect(SafeFileName.collisionKey("Acme") != SafeFileName.collisionKey("Acme2"))
    }
}
