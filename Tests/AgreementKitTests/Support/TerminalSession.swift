import Foundation
import Testing

/// Runs the built binary under a pseudo-terminal through `Fixtures/pty/session.py`, as a person at a terminal
/// would: "expect" waits for output, "send" types, "eof" types Ctrl-D. Tests that use it carry
/// `.enabled(if: TerminalSession.canRun, TerminalSession.missing)`: skipped without python3 off CI, failing on CI.
enum TerminalSession {
    /// Whether terminal tests run: always on CI (where a missing python3 fails them), else when python3 is installed.
    static let canRun = TestEnvironment.runReaderTests("python3")

    /// The reason a terminal test is skipped.
    static let missing: Comment = "python3 missing (needed to run the binary under a pseudo-terminal)"

    static let script = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/pty/session.py").path

    struct Result: Decodable {
        var status: Int32
        var output: String
        var timedOut: Bool
    }

    static func run(_ arguments: [String], steps: [[String]], environment: [String: String] = [:], unset: [String] = []) throws -> Result {
        let binary = try #require(CLITests.binary)
        let dir = try TestEnvironment.temporaryDirectory("pty-spec")
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec: [String: Any] = [
            "argv": [binary] + arguments, "env": environment.merging(["TERM": "xterm"]) { a, _ in a }, "unset": unset,
            "timeout": 60, "steps": steps,
        ]
        let specURL = dir.appendingPathComponent("spec.json")
        try JSONSerialization.data(withJSONObject: spec).write(to: specURL)
        let result = try ProcessRunner.run("python3", [script, specURL.path])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Result.self, from: Data(result.stdout.utf8))
    }
}
