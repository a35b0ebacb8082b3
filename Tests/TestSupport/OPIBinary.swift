import Foundation

/// The built `opi-agreement` binary, run as users run it: arguments, an environment, a stdin, and its exit status,
/// stdout and stderr read back. End-to-end tests use it; they see only what a user sees.
public enum OPIBinary {
    /// The binary beside the test bundle (`swift test` builds both into the same folder).
    public static let path: String? = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("opi-agreement").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    /// The binary is not beside the tests.
    public struct NotFound: Error, CustomStringConvertible {
        /// The text form, as messages show it.
        public var description: String { "opi-agreement binary not found beside the tests" }
    }

    /// The variables that choose the messages language, first to last in precedence.
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// The environment a test's binary runs with: the tests' own, with English messages (`LC_ALL=C.UTF-8`) unless
    /// `environment` sets one of `localeVariables` (then none of them is inherited), and `environment` on top.
    public static func environment(_ environment: [String: String]) -> [String: String] {
        var base = ProcessInfo.processInfo.environment
        if localeVariables.contains(where: { environment[$0] != nil }) {
            for name in localeVariables { base[name] = nil }
        } else {
            base["LC_ALL"] = "C.UTF-8"
        }
        return base.merging(environment) { $1 }
    }

    /// Runs the binary with `input` as stdin (nil: an empty, closed stdin), with `environment(_:)`, in `directory`
    /// (nil: the tests' own current folder).
    public static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], directory: URL? = nil
    ) throws -> ProcessResult {
        guard let path else { throw NotFound() }
        let dir = try TestEnvironment.temporaryDirectory("cli-io")
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = Self.environment(environment)
        if let directory { process.currentDirectoryURL = directory }
        let out = dir.appendingPathComponent("out")
        let err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let input {
            let inURL = dir.appendingPathComponent("in")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
