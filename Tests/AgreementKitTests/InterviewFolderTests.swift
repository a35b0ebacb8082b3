import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `opi-agreement interview` without `-o` or `--answers` works in the current folder: the answers file and the
/// documents are written there, and a second run there goes on with that case.
@Suite("Interview in the current folder")
struct InterviewFolderTests {
    @Test func withoutAFolderTheCurrentOneIsUsed() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-cwd")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try OPIBinary.run(
            ["interview", "--library", InterviewCLITests.minilib, "--lang", "en", "--to", "docx"],
            input: InterviewCLITests.lines(InterviewTests.completeScript.prefix(5)), directory: dir)
        #expect(first.status == 1, "stopped early: \(first.stderr)")
        let caseFile = dir.appendingPathComponent("opi-answers.yaml").path
        #expect(FileManager.default.fileExists(atPath: caseFile))

        let second = try OPIBinary.run(
            ["interview"], input: InterviewCLITests.lines(InterviewTests.completeScript.dropFirst(5)), directory: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("Going on with the interview in "), "\(second.stderr)")
        #expect(second.stderr.contains("opi-answers.yaml; --new starts a new one."), "\(second.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [
                "Smart avfall.docx", "opi-answers.yaml",
            ])
    }
}
