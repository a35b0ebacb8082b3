import Foundation
import TestSupport
import Testing

/// `explain --format json` (docs/explain-json.md) lists, besides the decisions, the questionnaire's checks the
/// answers fire with their level, the risky choices made (path and option) and the missing answers with their
/// label and where the text uses them.
extension CLITests {
    @Test func explainJSONListsTheChecksRiskyChoicesAndMissingAnswers() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-explain-json")
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml")
        let text = try String(contentsOf: example, encoding: .utf8)
        try #require(text.contains("\nproject_title: Trygg hemmonitorering\n"))
        let answers = dir.appendingPathComponent("answers.yaml")
        try Data(text.replacingOccurrences(of: "\nproject_title: Trygg hemmonitorering\n", with: "\n").utf8)
            .write(to: answers)
        let result = try run(["explain", answers.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checks = try #require(object["checks"] as? [[String: String]])
        // Co-financing with results that are not open: the warning (the check for a final agreement is
        // acknowledged in the example).
        #expect(checks == [["id": "cofinancing-not-open", "level": "warning"]], "\(checks)")
        let risky = try #require(object["riskyChoices"] as? [[String: String]])
        #expect(risky.contains(["path": "funding_model", "option": "co_financing"]), "\(risky)")
        let missing = try #require(object["missing"] as? [[String: Any]])
        let title = try #require(missing.first { $0["path"] as? String == "project_title" }, "\(missing)")
        #expect(title["label"] as? String == "Projektets namn")
        let usedAt = try #require(title["usedAt"] as? [String])
        #expect(!usedAt.isEmpty && usedAt.allSatisfy { $0.hasPrefix("bundled:clauses/") && $0.contains(".clause:") })
    }
}
