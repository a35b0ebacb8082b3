import Foundation
import TestSupport
import Testing

/// The folders of `Sources/AgreementKit` use each other's types without a cycle (`scripts/folder-graph`,
/// `docs/architecture.md`).
@Suite("Folder graph")
struct FolderGraphTests {
    /// The cycles still allowed while the writers are reworked: `Writers/Package` calls the writers while they use its
    /// `PackagePart` and `RenderOptions`. Empty this list when that is fixed. The test fails both on a new cycle and on
    /// a listed one that is gone, so the list can only shrink to what is true.
    static let knownCycles: [[String]] = []

    static let script = TestEnvironment.repositoryRoot.appendingPathComponent("scripts/folder-graph").path

    /// The cycles the script prints, each as its sorted folders.
    static func cycles(_ output: String) -> [[String]] {
        output.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("cycle: ") else { return nil }
            return line.dropFirst("cycle: ".count).components(separatedBy: ", ")
        }
    }

    @Test(.enabled(if: TestEnvironment.runReaderTests("python3"), "python3 missing"))
    func theFoldersHaveNoCycleButTheKnownOnes() throws {
        let result = try ProcessRunner.run("python3", [Self.script, "--cycles-only"])
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(Self.cycles(result.stdout) == Self.knownCycles, "\(result.stdout)")
        #expect(result.status == (Self.knownCycles.isEmpty ? 0 : 1), "\(result.stdout)")
    }

    /// The script sees a cycle made by a type use and by an extension, and not one made by comments or string text.
    @Test(.enabled(if: TestEnvironment.runReaderTests("python3"), "python3 missing"))
    func theScriptFindsACycleAndIgnoresCommentsAndStrings() throws {
        let dir = try TestEnvironment.temporaryDirectory("folder-graph")
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [
            "A/Alpha.swift": "public struct Alpha {\n    var beta: Beta?\n}\n",
            "B/Beta.swift": "struct Beta {}\n\nextension Alpha {\n    static let name = \"\\(1 + 1) Gamma\"\n}\n",
            "C/Gamma.swift":
                "/// Not Alpha: /* nor Beta */\nstruct Gamma {\n    let s = \"Delta\"\n    let t = #\"\"\"\n    Beta\n    \"\"\"#\n}\n",
            "D/Delta.swift": "fileprivate struct Hidden {}\nstruct Delta { let g: Gamma }\n",
            "E/Epsilon.swift": "struct Epsilon { let h = \"\\(Delta.self)\" }\nstruct Hidden {}\n",
        ]
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let result = try ProcessRunner.run("python3", [Self.script, "--root", dir.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout == """
                A -> B: Beta
                B -> A: Alpha
                D -> C: Gamma
                E -> D: Delta
                cycle: A, B
                  A -> B: Beta
                  B -> A: Alpha

                """, "\(result.stdout)")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("B/Beta.swift"))
        try Data("struct Beta {}\n".utf8).write(to: dir.appendingPathComponent("B/Beta.swift"))
        let fixed = try ProcessRunner.run("python3", [Self.script, "--root", dir.path, "--cycles-only"])
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(fixed.stdout.isEmpty, "\(fixed.stdout)")
    }
}
