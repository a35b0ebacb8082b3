import Foundation

/// Runs an external program and captures its output.
public struct ProcessResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// What it printed on stdout.
    public var stdout: String
    /// What it printed on stderr.
    public var stderr: String
}

/// Runs a tool and collects what it printed.
public enum ProcessRunner {
    /// Runs `tool` (looked up on PATH) with arguments; throws if it is not installed.
    public static func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> ProcessResult
    {
        guard let path = TestEnvironment.tool(tool) else {
            throw ToolMissing(name: tool)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
        let dir = try TestEnvironment.temporaryDirectory("process")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A tool that is not installed.
    public struct ToolMissing: Error, CustomStringConvertible {
        /// The tool.
        public let name: String
        /// The text form, as messages show it.
        public var description: String { "\(name) is not installed (needed on CI)" }
    }
}
