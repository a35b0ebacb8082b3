import Foundation
import TestSupport
import Testing

/// `clauses show` on a language section that ends with an empty line (shown without it: the line end that ends
/// the section is the one `print` adds); `check` with its schemas folder from `OPI_SCHEMAS_DIR`.
extension CLITests {
    @Test func clausesShowASectionEndingWithAnEmptyLine() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-clauses-empty-line")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: TestEnvironment.miniLibrary, to: copy)
        let publication = copy.appendingPathComponent("publication/mini-publication.clause")
        let text = try String(contentsOf: publication, encoding: .utf8)
        let last = "Kontaktperson: {{blank \"namn och e-post\"}}{{note \"Kontrollera med projektets jurist.\"}}\n"
        #expect(text.contains(last + "=== en\n"))
        try text.replacingOccurrences(of: last + "=== en\n", with: last + "\n=== en\n").write(
            to: publication, atomically: true, encoding: .utf8)

        let show = try run(["clauses", "show", "mini-publication", "--lang", "sv", "--library", copy.path])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.hasSuffix("{{br}}" + last), "\(show.stdout)")
        #expect(!show.stdout.hasSuffix("\n\n"), "\(show.stdout)")
    }

    /// `OPI_SCHEMAS_DIR` names the schemas when `--schemas` does not; `--schemas` wins; empty, it is not set.
    @Test func checkTakesItsSchemasFromTheEnvironment() throws {
        let fromEnvironment = try run(["check"], environment: ["OPI_SCHEMAS_DIR": "/nonexistent-env-schemas"])
        #expect(fromEnvironment.status == 1)
        #expect(
            fromEnvironment.stderr.contains("/nonexistent-env-schemas/odf/1.3/OpenDocument-v1.3-schema.rng"),
            "\(fromEnvironment.stderr)")
        let given = try run(
            ["check", "--schemas", "/nonexistent-given"], environment: ["OPI_SCHEMAS_DIR": "/nonexistent-env-schemas"])
        #expect(given.status == 1)
        #expect(given.stderr.contains("/nonexistent-given/odf/"), "\(given.stderr)")
        #expect(!given.stderr.contains("nonexistent-env-schemas"), "\(given.stderr)")

        let dir = try TestEnvironment.temporaryDirectory("cli-check-env")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = try CheckFixture.make(in: dir)
        let empty = try run(["check", "--library", library.path, "--jobs", "2"], environment: ["OPI_SCHEMAS_DIR": ""])
        #expect(empty.status == 1, "the fixture's faults: \(empty.stderr)")
        #expect(empty.stdout.contains("note: no schemas"), "\(empty.stdout)")
    }
}
