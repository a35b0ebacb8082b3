import Foundation
import Testing

/// The built `opi-agreement` binary, run as users run it.
@Suite("Command line")
struct CLITests {
    /// The binary beside the test bundle (`swift test` builds both into the same folder).
    static let binary: String? = {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [dir, dir.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("opi-agreement").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        let binary = try #require(Self.binary, "opi-agreement binary not found beside the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let dir = try TestEnvironment.temporaryDirectory("cli-io")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    @Test func rendersEveryForm() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["render", Samples.modelURL.path, "--to", "docx,odt,fodt,flat-docx", "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["sample-agreement.docx", "sample-agreement.fodt", "sample-agreement.odt", "sample-agreement.xml"])
        #expect(result.stdout.split(separator: "\n").count == 4)
    }

    @Test func badModelIsLocatedAndWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("bad.json")
        try Data("""
            {"metadata": {"title": "x", "language": "sv"},
             "blocks": [{"type": "paragraph", "content": [{"type": "reference", "target": "gone"}]}]}
            """.utf8).write(to: model)
        let out = dir.appendingPathComponent("out")
        let result = try run(["render", model.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json:2:"))
        #expect(result.stderr.contains("error: the cross-reference names 'gone'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try run(["render", Samples.modelURL.path, "--to", "pdf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--to"))
    }

    @Test func missingFileExitsThree() throws {
        let result = try run(["render", "/nonexistent/model.json"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/nonexistent/model.json"))
    }
}
