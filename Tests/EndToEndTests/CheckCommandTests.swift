import Foundation
import TestSupport
import Testing

/// `opi-agreement check` as CI runs it: every combination of the bundled library's answers that selects text builds
/// a sound final agreement, with its parts validated against the schemas; on a library with faults it exits 1 and
/// prints answers that reproduce each.
extension CLITests {
    /// The optimised binary, which `.ci/run` builds before the tests: every combination of the bundled library is
    /// about two thousand agreements, which the debug build writes many times slower. Locally the test runs when
    /// that binary is at least as new as the debug one; on CI it must be there.
    static let releaseBinary = TestEnvironment.repositoryRoot.appendingPathComponent(".build/release/opi-agreement")

    static var releaseBinaryIsCurrent: Bool {
        func modified(_ path: String) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
        guard let release = modified(releaseBinary.path) else { return false }
        // On CI the clone is fresh: the release binary is built from the same sources just before the tests.
        if TestEnvironment.isCI { return true }
        guard let debug = OPIBinary.path.flatMap(modified) else { return true }
        return release >= debug
    }

    @Test(
        .enabled(
            if: TestEnvironment.runSchemaTests && (TestEnvironment.isCI || releaseBinaryIsCurrent),
            "schemas missing, or no current release binary (swift build -c release --product opi-agreement)"))
    func checkPassesOnTheBundledLibrary() throws {
        try #require(Self.releaseBinaryIsCurrent, "build the release binary before the tests, as .ci/run does")
        let dir = try TestEnvironment.temporaryDirectory("cli-check-bundled")
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = Self.releaseBinary
        process.arguments = ["check", "--jobs", "2", "--schemas", TestEnvironment.schemasDirectory.path]
        process.environment = OPIBinary.environment([:])
        let out = dir.appendingPathComponent("out")
        let err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        let stdout = try String(contentsOf: out, encoding: .utf8)
        let stderr = try String(contentsOf: err, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(stdout.suffix(6000))\n\(stderr)")
        let summary = try #require(stdout.split(separator: "\n").last.map(String.init))
        #expect(summary.contains(" combinations, ") && summary.contains("agreements (sv, en, da)"), "\(summary)")
        #expect(!summary.contains(" 0 distinct XML parts validated"), "\(summary)")
        #expect(stdout.contains("enumerated together: "))
        #expect(stdout.contains("checked independently (no condition combines it with another answer): "))
    }

    @Test func checkFindsFaultsAndPrintsAnswersThatReproduceThem() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-check")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = try CheckFixture.make(in: dir)
        let result = try run(["check", "--library", library.path, "--jobs", "2"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("note: no schemas"))
        #expect(result.stdout.contains("2 failure(s)"))
        #expect(result.stdout.contains("enumerated together: count(suppliers), publish"))
        // Each printed answers file, between the `---` lines, makes `build --final` fail the same way.
        let blocks = result.stdout.components(separatedBy: "\n---\n")
        #expect(blocks.count >= 4)
        let reproducer = try #require(blocks.dropFirst().first)
        #expect(reproducer.contains("publish: no"))
        let answers = dir.appendingPathComponent("repro.yaml")
        try Data((reproducer + "\n").utf8).write(to: answers)
        let build = try run([
            "build", answers.path, "--final", "--library", library.path, "--to", "docx", "-o",
            dir.appendingPathComponent("out").path,
        ])
        #expect(build.status == 1)
        #expect(build.stderr.contains("annex-publication"), "\(build.stderr)")
    }

    @Test func checkRefusesAnUnknownTypeAndUnreadableSchemas() throws {
        let unknown = try run(["check", "--type", "nope"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("nope"))
        let schemas = try run(["check", "--schemas", "/nonexistent-schemas"])
        #expect(schemas.status == 1)
        #expect(schemas.stderr.contains("/nonexistent-schemas/odf/1.3/OpenDocument-v1.3-schema.rng"))
    }
}
