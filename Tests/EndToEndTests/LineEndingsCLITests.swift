import Foundation
import TestSupport
import Testing

/// An answers file saved on Windows (CRLF), with old Mac line ends (CR) or with YAML's other line breaks (NEL, LS,
/// PS, which the YAML reader counts as line ends) shows the source line and caret of a diagnostic as a file with LF
/// does; a tab before the value stays a tab in the caret line, so the caret lines up.
extension CLITests {
    @Test(arguments: ["\r\n", "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"])
    func aDiagnosticShowsItsLineWhateverTheLineEnds(end: String) throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-line-ends")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("bad.yaml")
        try Data("project_title: X\(end)results_model:\tshared\(end)start_date: 2026-01-01\(end)".utf8).write(
            to: answers)
        let result = try run(["build", answers.path, "-o", dir.appendingPathComponent("out").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:2:16: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("\nresults_model:\tshared\n              \t^\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.unicodeScalars.contains { ["\u{85}", "\u{2028}", "\u{2029}"].contains($0) })
    }
}
