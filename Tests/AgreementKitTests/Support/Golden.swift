import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Golden files for XML parts, stored indented under `Tests/AgreementKitTests/Golden/`.
/// Re-record with `OPI_RECORD_GOLDENS=1 swift test`.
enum Golden {
    static let directory = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Golden")
    static let recording = ProcessInfo.processInfo.environment["OPI_RECORD_GOLDENS"] == "1"

    /// Compares a text dump with its golden file, or records it.
    static func checkText(_ text: String, as name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no golden file \(name); record it with OPI_RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation
            )
            return
        }
        let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        if a != b {
            let line = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "(end)"
            let got = line < b.count ? String(b[line]) : "(end)"
            Issue.record(
                "\(name) differs from its golden file at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\nre-record with OPI_RECORD_GOLDENS=1 if the change is intended",
                sourceLocation: sourceLocation)
        }
    }

    /// Compares an XML part (indented for reading) with its golden file, or records it.
    static func check(_ data: Data, as name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let formatted = try #require(
            XMLFormatter.indented(data), "\(name) is not well-formed", sourceLocation: sourceLocation)
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try formatted.write(to: url)
            return
        }
        guard let expected = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no golden file \(name); record it with OPI_RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation
            )
            return
        }
        if expected != formatted {
            let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let b = String(decoding: formatted, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(a, b)).firstIndex { $0 != $1 } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "(end)"
            let got = line < b.count ? String(b[line]) : "(end)"
            Issue.record(
                "\(name) differs from its golden file at line \(line + 1):\n  golden: \(want)\n  actual: \(got)\nre-record with OPI_RECORD_GOLDENS=1 if the change is intended",
                sourceLocation: sourceLocation)
        }
    }
}
