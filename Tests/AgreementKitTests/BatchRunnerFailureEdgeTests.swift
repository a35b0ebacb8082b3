import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Batches whose agreements fail in the less common ways: an agreement without a file name (its pattern needs a
/// required answer it lacks: that is the problem reported) among agreements that are written, and several
/// agreements that fail only while assembling.
@Suite("Batch runner: agreements without a name, several failing while assembling")
struct BatchRunnerFailureEdgeTests {
    /// An agreement whose name cannot be made has no files to look for; with `keepGoing` the others are written
    /// and it is listed with its problem.
    @Test func anAgreementWithoutANameIsListedAndTheOthersWritten() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-no-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = BatchRunnerTests.config(["Alfa AB"]) + "  - answers: { budget: 5000 }\n"
        let plan = try BatchRunnerTests.plan(config)
        #expect(plan.agreements.map(\.name) == ["mini-Alfa AB", nil])
        let report = try await BatchRunnerTests.run(plan, into: dir, keepGoing: true)
        #expect(try BatchRunnerTests.contents(dir) == ["mini-Alfa AB.docx", "mini-Alfa AB.odt"])
        #expect(report.failed.map(\.label) == ["agreement 2"])
        #expect(
            report.diagnostics.map(\.message) == [
                "agreement 2: missing answer to the required question Suppliers (suppliers)"
            ])
    }

    /// Without `keepGoing`, every agreement that fails while assembling is reported, in config order, and nothing
    /// is written.
    @Test func severalAgreementsFailingWhileAssemblingAreReportedInOrder() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-assembly-several")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        var plan = try BatchRunnerTests.plan(BatchRunnerTests.config(["Alfa AB", "Beta AB", "Gamma AB", "Delta AB"]))
        plan.agreements[3].options.outline = "other"
        plan.agreements[1].options.outline = "nonexistent"
        do {
            _ = try await BatchRunnerTests.run(plan, into: out, jobs: 4)
            Issue.record("no error")
        } catch let error as DiagnosticError {
            #expect(
                error.diagnostics.map(\.message) == [
                    "agreement 2 (mini-Beta AB): no agreement type 'nonexistent'; the library has mini",
                    "agreement 4 (mini-Delta AB): no agreement type 'other'; the library has mini",
                    "nothing written; 2 of 4 agreements are valid; fix the errors or use --keep-going",
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
