import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Reading a library: the manifest's problems, two outlines with one id, a folder named like a clause file, a file
/// that cannot be read, and the root "" for files in memory.
@Suite("Library files: manifest and folder")
struct LibraryLoaderEdgeTests {
    static func copy(_ edit: (URL) throws -> Void) throws -> URL {
        let root = try TestEnvironment.temporaryDirectory("library-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        try edit(copy)
        return copy
    }

    static func problems(_ folder: URL) -> [String] {
        do {
            _ = try LibraryLoader.read(directory: folder.path)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// The manifest: empty, without languages, with a language twice.
    @Test(arguments: [
        ("", "library.yaml:1:1: error: library.yaml is empty: it needs name, version and languages"),
        ("# to do\n", "library.yaml:1:1: error: library.yaml is empty: it needs name, version and languages"),
        (
            "name: x\nversion: 0.1.0\nlanguages: []\n",
            "library.yaml:3:12: error: the library needs at least one language"
        ),
        (
            "name: x\nversion: 0.1.0\nlanguages: [[sv], en]\n",
            "library.yaml:3:13: error: expected a language, found a list"
        ),
        (
            "name: x\nversion: 0.1.0\nlanguages: [sv, en, sv]\n",
            "library.yaml:3:21: error: the language 'sv' is listed twice"
        ),
    ])
    func manifestProblems(manifest: String, problem: String) throws {
        let folder = try Self.copy {
            try manifest.write(to: $0.appendingPathComponent("library.yaml"), atomically: true, encoding: .utf8)
        }
        let found = Self.problems(folder)
        #expect(found == [folder.path + "/" + problem], "\(found)")
    }

    /// A version or a condition written as a list instead of a text: said so where it stands.
    @Test func aVersionOrAConditionThatIsNotText() throws {
        let folder = try Self.copy {
            try "name: x\nversion: [1, 0]\nlanguages: [sv, en]\n".write(
                to: $0.appendingPathComponent("library.yaml"), atomically: true, encoding: .utf8)
            let outline = $0.appendingPathComponent("agreements/mini.yaml")
            let text = try String(contentsOf: outline, encoding: .utf8)
            try text.replacingOccurrences(
                of: "    when: publish\n  - page-break", with: "    when: [publish]\n  - page-break"
            )
            .write(to: outline, atomically: true, encoding: .utf8)
        }
        let found = Self.problems(folder)
        #expect(found.contains("\(folder.path)/library.yaml:2:10: error: expected a version, found a list"), "\(found)")
        #expect(
            found.contains("\(folder.path)/agreements/mini.yaml:19:11: error: expected a condition, found a list"),
            "\(found)")
    }

    /// Parties and annexes that are not mappings, and a term without any language: each said where it stands, the
    /// rest of the library still checked.
    @Test func partiesAnnexesAndTermsOfTheWrongShape() throws {
        let folder = try Self.copy {
            let outline = $0.appendingPathComponent("agreements/mini.yaml")
            let text = try String(contentsOf: outline, encoding: .utf8)
            try text.replacingOccurrences(of: "  - list: suppliers\n    role: supplier\n", with: "  - suppliers\n")
                .replacingOccurrences(
                    of: "      - id: annex-plan\n        title: { sv: Projektplan, en: Project plan }\n",
                    with: "      - annex-plan\n"
                )
                .write(to: outline, atomically: true, encoding: .utf8)
            let terms = $0.appendingPathComponent("terms.yaml")
            try (try String(contentsOf: terms, encoding: .utf8) + "empty: {}\n").write(
                to: terms, atomically: true, encoding: .utf8)
        }
        let found = Self.problems(folder)
        #expect(
            found == [
                "\(folder.path)/agreements/mini.yaml:9:5: error: expected a party list (a mapping with the keys list, role), found 'suppliers'",
                "\(folder.path)/agreements/mini.yaml:22:9: error: expected an annex (a mapping with the keys id, title, when, clause), found 'annex-plan'",
                "\(folder.path)/terms.yaml:22:1: error: the term 'empty' has no language",
            ], "\(found)")
    }

    /// Parties, an outline and terms that are texts instead of a list or a mapping: each said where it stands.
    @Test func partiesOutlineAndTermsThatAreTexts() throws {
        let folder = try Self.copy {
            let outline = $0.appendingPathComponent("agreements/mini.yaml")
            let text = try String(contentsOf: outline, encoding: .utf8)
            let start = try #require(text.range(of: "parties:\n"))
            try (String(text[..<start.lowerBound]) + "parties: nobody\noutline: none\n").write(
                to: outline, atomically: true, encoding: .utf8)
            try "just words\n".write(to: $0.appendingPathComponent("terms.yaml"), atomically: true, encoding: .utf8)
        }
        let found = Self.problems(folder)
        #expect(found.count == 3, "\(found)")
        #expect(
            found.contains {
                $0.hasPrefix("\(folder.path)/agreements/mini.yaml:6:10: error: expected ")
                    && $0.hasSuffix(", found 'nobody'")
            }, "\(found)")
        #expect(
            found.contains {
                $0.hasPrefix("\(folder.path)/agreements/mini.yaml:7:10: error: expected ")
                    && $0.hasSuffix(", found 'none'")
            }, "\(found)")
        #expect(
            found.contains {
                $0.hasPrefix("\(folder.path)/terms.yaml:1:1: error: expected ") && $0.hasSuffix(", found 'just words'")
            }, "\(found)")
    }

    /// A title whose markup does not parse (an `{{if}}` without `{{end}}`): the parser's error, at the title.
    @Test func aTitleWhoseMarkupDoesNotParse() throws {
        let folder = try Self.copy {
            let clause = $0.appendingPathComponent("purpose/mini-purpose.clause")
            let text = try String(contentsOf: clause, encoding: .utf8)
            try text.replacingOccurrences(of: "  sv: Bakgrund och syfte\n", with: "  sv: \"{{if publish}}Bakgrund\"\n")
                .write(to: clause, atomically: true, encoding: .utf8)
        }
        let found = Self.problems(folder)
        #expect(
            found == [
                "\(folder.path)/purpose/mini-purpose.clause:6:8: error: the '{{if publish}}' is not closed by '{{end}}'"
            ], "\(found)")
    }

    /// Two outlines with one agreement id: an error at the second, naming the first.
    @Test func twoOutlinesWithOneId() throws {
        let folder = try Self.copy {
            try FileManager.default.copyItem(
                at: $0.appendingPathComponent("agreements/mini.yaml"),
                to: $0.appendingPathComponent("agreements/mini-copy.yaml"))
        }
        let found = Self.problems(folder)
        let first = folder.path + "/agreements/mini-copy.yaml"
        #expect(
            found == ["\(folder.path)/agreements/mini.yaml: error: the agreement id 'mini' is also used by \(first)"],
            "\(found)")
    }

    /// A folder named like a clause file is not a clause file; an unreadable clause file is an error at it.
    @Test func aFolderNamedLikeAClauseAndAnUnreadableFile() throws {
        let folder = try Self.copy {
            try FileManager.default.createDirectory(
                at: $0.appendingPathComponent("odd.clause"), withIntermediateDirectories: true)
        }
        #expect(try LibraryLoader.read(directory: folder.path).clauses.count == 5)
        guard getuid() != 0 else { return }  // root reads every file
        let locked = folder.appendingPathComponent("purpose/mini-purpose.clause")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        #expect(Self.problems(folder) == ["\(locked.path): error: the file cannot be read"])
    }

    /// Files in memory with no root are named by their paths alone.
    @Test func filesWithoutARootAreNamedByTheirPaths() throws {
        let files = try ["library.yaml", "questionnaire.yaml", "agreements/mini.yaml"].map { path in
            LibraryFile(path: path, data: try Data(contentsOf: MiniLibrary.directory.appendingPathComponent(path)))
        }
        let library = try LibraryLoader.read(files: files, root: "")
        #expect(library.outlines["mini"]?.file == "agreements/mini.yaml")
        #expect(LibraryLoader.join("lib/", "a.clause") == "lib/a.clause")
    }
}
