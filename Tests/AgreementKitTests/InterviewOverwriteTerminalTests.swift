import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// At a terminal, an interview whose documents already exist asks before replacing them: no (or Enter, or an answer
/// that is neither) leaves the lawyer's copy and exits 1 with the error piped input gets; yes writes them anew.
@Suite("Interview at a terminal: replacing documents")
struct InterviewOverwriteTerminalTests {
    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func theDocumentsAreReplacedOnlyWhenThePersonSaysYes() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-overwrite-pty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try OPIBinary.run(
            ["interview", "--library", InterviewCLITests.minilib, "-o", dir.path, "--lang", "en", "--to", "docx"],
            input: InterviewCLITests.lines(InterviewTests.completeScript))
        #expect(first.status == 0, "\(first.stderr)")
        let document = dir.appendingPathComponent("Smart avfall.docx")
        let edited = Data("the lawyer's edited copy".utf8)
        try edited.write(to: document)

        func session(answer: String) throws -> TerminalSession.Result {
            try TerminalSession.run(
                ["interview", "-o", dir.path],
                steps: [
                    ["expect", "Go on with it? [Y/n]"], ["send", "\r"],
                    ["expect", "press Enter to write the agreement."], ["expect", "> "], ["send", "\r"],
                    ["expect", "Replace them? [y/N] "], ["send", answer + "\r"],
                ],
                environment: ["NO_COLOR": "1"])
        }
        let kept = try session(answer: "n")
        #expect(!kept.timedOut, "\(kept.output)")
        #expect(kept.status == 1)
        #expect(
            kept.output.contains(
                "The documents of this interview already exist: \(document.path). Replace them? [y/N]"),
            "\(kept.output)")
        #expect(
            kept.output.contains("error: the documents already exist: \(document.path); they are not replaced"),
            "\(kept.output)")
        #expect(try Data(contentsOf: document) == edited)

        // An answer that is neither yes nor no keeps them too.
        let unclear = try session(answer: "maybe")
        #expect(!unclear.timedOut, "\(unclear.output)")
        #expect(unclear.status == 1)
        #expect(
            unclear.output.contains("error: the documents already exist: \(document.path); they are not replaced"),
            "\(unclear.output)")
        #expect(try Data(contentsOf: document) == edited)

        let replaced = try session(answer: "y")
        #expect(!replaced.timedOut, "\(replaced.output)")
        #expect(replaced.status == 0, "\(replaced.output)")
        #expect(replaced.output.contains("The agreement is written:\r\n\(document.path)\r\n"), "\(replaced.output)")
        #expect(!replaced.output.contains("error:"))
        let written = try Data(contentsOf: document)
        #expect(written != edited)
        #expect(written.starts(with: Data("PK".utf8)), "a DOCX (a zip package)")
    }
}
