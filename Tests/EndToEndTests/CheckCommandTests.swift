import Foundation
import TestSupport
import Testing

/// `opi-agreement check` as CI runs it: every combination of the bundled library's answers that selects text builds
/// a sound final agreement, with its parts validated against the schemas; on a library with faults it exits 1 and
/// prints answers that reproduce each.
extension CLITests {
    @Test(.enabled(if: TestEnvironment.runSchemaTests, "schemas missing (../shared/schemas or OPI_SCHEMAS_DIR)"))
    func checkPassesOnTheBundledLibrary() throws {
        let result = try run(["check", "--jobs", "2", "--schemas", TestEnvironment.schemasDirectory.path])
        #expect(result.status == 0, "\(result.stdout.suffix(4000))\n\(result.stderr)")
        let summary = try #require(result.stdout.split(separator: "\n").last.map(String.init))
        #expect(summary.contains(" combinations, ") && summary.contains("agreements (sv, en, da)"), "\(summary)")
        #expect(!summary.contains(" 0 distinct XML parts validated"), "\(summary)")
        #expect(result.stdout.contains("enumerated together: "))
        #expect(result.stdout.contains("checked independently (no condition combines it with another answer): "))
        print(summary)
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
