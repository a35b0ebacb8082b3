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

    /// A library where every combination builds a sound final agreement (the mini fixture, with a warning-level
    /// check that reads one answer alone): exit 0; the groups, the answer checked independently and the note that
    /// nothing was validated on stdout, the summary last, no failure line and nothing on stderr.
    @Test func checkWithoutFailuresExitsZero() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-check-clean")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(
            at: TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib"),
            to: library)
        let questionnaire = library.appendingPathComponent("questionnaire.yaml")
        try
            (try String(contentsOf: questionnaire, encoding: .utf8)
            + "checks:\n  - id: pilot\n    when: project_title == \"Pilot\"\n    level: warning\n"
            + "    sv: Ett pilotprojekt.\n    en: A pilot project.\n").write(
                to: questionnaire, atomically: true, encoding: .utf8)
        let result = try run(["check", "--library", library.path, "--jobs", "2"], environment: ["OPI_SCHEMAS_DIR": ""])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.dropLast() == [
                "enumerated together: count(suppliers), publish, results_model: 8 combinations",
                "checked independently (no condition combines it with another answer): project_title: 2 values",
                "note: no schemas (--schemas or OPI_SCHEMAS_DIR): the DOCX and ODT parts were not validated",
            ], "\(lines)")
        let summary = try #require(lines.last)
        #expect(
            summary.hasPrefix(
                "11 combinations, 9 distinct answer sets, 18 agreements (sv, en); 0 refused by the questionnaire's "
                    + "checks for a final agreement and 0 by its rules for answers, left out; 0 distinct XML parts "
                    + "validated; ") && summary.hasSuffix(" s"), "\(summary)")
    }

    /// A schema file that exists but is no schema: `check` stops before building anything, with one error at the
    /// file saying it cannot be compiled, and libxml2's reason (exit 1).
    @Test func checkRefusesASchemaThatDoesNotCompile() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-check-schema")
        defer { try? FileManager.default.removeItem(at: dir) }
        let odf = dir.appendingPathComponent("odf/1.3")
        try FileManager.default.createDirectory(at: odf, withIntermediateDirectories: true)
        let schema = odf.appendingPathComponent("OpenDocument-v1.3-schema.rng").path
        try Data("<grammar/>\n".utf8).write(to: URL(fileURLWithPath: schema))
        let library = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")
        let result = try run(["check", "--library", library.path, "--jobs", "1", "--schemas", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(
            result.stderr.hasPrefix("\(schema): error: cannot read the schema \(schema): cannot compile \(schema)\n"),
            "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "error:").count == 2, "one error: \(result.stderr)")
    }
}
