import Foundation

/// Runs the built binary under a pseudo-terminal through `Fixtures/pty/session.py`, as a person at a terminal
/// would: "expect" waits for output, "send" types, "eof" types Ctrl-D. Tests that use it carry
/// `.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing))`: skipped without python3 off CI, failing on CI.
public enum TerminalSession {
    /// Whether terminal tests run: always on CI (where a missing python3 fails them), else when python3 is installed.
    public static let canRun = TestEnvironment.runReaderTests("python3")

    /// The reason a terminal test is skipped.
    public static let missing = "python3 missing (needed to run the binary under a pseudo-terminal)"

    static let script = TestEnvironment.repositoryRoot.appendingPathComponent(
        "Tests/AgreementKitTests/Fixtures/pty/session.py"
    ).path

    /// What the session saw.
    public struct Result: Decodable {
        /// The exit status.
        public var status: Int32
        /// Everything the terminal showed.
        public var output: String
        /// Whether a step waited in vain.
        public var timedOut: Bool
    }

    /// Runs the binary with `arguments` under a pseudo-terminal, following `steps`; the messages are English
    /// (`LC_ALL=C.UTF-8`) unless `environment` sets a locale variable (then the inherited ones are unset).
    public static func run(
        _ arguments: [String], steps: [[String]], environment: [String: String] = [:], unset: [String] = []
    ) throws -> Result {
        guard let binary = OPIBinary.path else { throw OPIBinary.NotFound() }
        let dir = try TestEnvironment.temporaryDirectory("pty-spec")
        defer { try? FileManager.default.removeItem(at: dir) }
        var environment = environment
        var unset = unset
        if OPIBinary.localeVariables.contains(where: { environment[$0] != nil }) {
            unset += OPIBinary.localeVariables.filter { environment[$0] == nil }
        } else {
            environment["LC_ALL"] = "C.UTF-8"
        }
        let spec: [String: Any] = [
            "argv": [binary] + arguments, "env": environment.merging(["TERM": "xterm"]) { a, _ in a }, "unset": unset,
            "timeout": 60, "steps": steps,
        ]
        let specURL = dir.appendingPathComponent("spec.json")
        try JSONSerialization.data(withJSONObject: spec).write(to: specURL)
        let result = try ProcessRunner.run("python3", [script, specURL.path])
        guard result.status == 0 else { throw SessionFailed(stderr: result.stderr) }
        return try JSONDecoder().decode(Result.self, from: Data(result.stdout.utf8))
    }

    /// The pseudo-terminal script itself failed.
    public struct SessionFailed: Error, CustomStringConvertible {
        /// What the script printed on stderr.
        public var stderr: String
        /// The text form, as messages show it.
        public var description: String { "the terminal session failed: \(stderr)" }
    }
}
