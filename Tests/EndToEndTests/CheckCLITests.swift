import Foundation
import TestSupport
import Testing

/// The questionnaire's checks on the command line: `build` prints a fired check as a located warning, and a check of
/// level `final` makes `--final` exit 1 and write nothing.
extension CLITests {
    @Test func checksWarnInADraftAndRefuseAFinal() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-checks")
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        let text = try String(contentsOf: example, encoding: .utf8)
        #expect(text.contains("cofinancing_risk_acknowledged: true\n"))
        let answers = dir.appendingPathComponent("hc.yaml")
        let changed = text.replacingOccurrences(of: "cofinancing_risk_acknowledged: true\n", with: "")
        try changed.write(to: answers, atomically: true, encoding: .utf8)
        // Located at the later of the answers the checks concern that the file holds: results_model.
        let line = changed.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("results_model:") }.map { $0 + 1 }
        let at = "hc.yaml:\(try #require(line)):16:"

        let out = dir.appendingPathComponent("final")
        let final = try run(["build", answers.path, "--final", "--to", "docx", "-o", out.path])
        #expect(final.status == 1)
        #expect(final.stderr.contains("\(at) error: "), "\(final.stderr)")
        #expect(final.stderr.contains("[cofinancing-not-open-unacknowledged]"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("hc.docx").path))

        let draft = try run([
            "build", answers.path, "--to", "docx", "--lang", "en", "-o", dir.appendingPathComponent("draft").path,
        ])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("\(at) warning: Public co-financing"), "\(draft.stderr)")
        #expect(draft.stderr.contains("[cofinancing-not-open]"))
        expectOwnWording(draft)
    }
}
