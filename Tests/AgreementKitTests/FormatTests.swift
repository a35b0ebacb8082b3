import Foundation
import TestSupport
import Testing

/// The sources follow `.swift-format`: `swift format lint --strict` finds nothing, so a change that needs formatting
/// shows here, not in the next reviewer's diff. Run `swift format format --in-place --recursive Sources Tests` to fix.
@Suite("Source format")
struct FormatTests {
    @Test(.enabled(if: TestEnvironment.tool("swift") != nil, "the swift toolchain is not on PATH"))
    func sourcesAreFormatted() throws {
        let root = TestEnvironment.repositoryRoot
        let result = try ProcessRunner.run(
            "swift",
            [
                "format", "lint", "--strict", "--recursive", "--configuration",
                root.appendingPathComponent(".swift-format").path,
            ]
                + ["Sources", "Tests", "Package.swift"].map { root.appendingPathComponent($0).path })
        #expect(result.status == 0, "\(result.stderr.prefix(4000))")
    }
}
