import Foundation
import TestSupport
import Testing

/// A diagnostic at an empty line (the end of a file whose list is not closed) shows no source line and no caret
/// under nothing: the message alone.
extension CLITests {
    @Test func aDiagnosticAtAnEmptyLineShowsNoSourceLine() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-snippet-empty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("open.yaml")
        try Data("project_title: [X\n".utf8).write(to: answers)
        let result = try run(["build", answers.path, "-o", dir.appendingPathComponent("out").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "\(answers.path):2:1: error: a list in [ ] is not closed with ']' or its elements are not separated by ','\n"
        )
    }
}
