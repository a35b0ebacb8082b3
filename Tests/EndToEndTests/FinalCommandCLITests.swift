import Foundation
import TestSupport
import Testing

/// A draft `build` ends with the command that makes the final agreement, with every choice of the draft (forms,
/// language, agreement type, reference documents) and absolute paths, so it works from any folder.
extension CLITests {
    @Test func theFinalCommandKeepsEveryChoiceAndWorksFromAnotherFolder() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-final-command")
        defer { try? FileManager.default.removeItem(at: dir) }
        let firm = dir.appendingPathComponent("firm.docx")
        try FirmReference.docx().write(to: firm)
        let answers = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml").path
        let draft = try run([
            "build", answers, "-o", dir.appendingPathComponent("draft").path, "--to", "docx", "--lang", "en",
            "--type", "opi", "--reference-doc", firm.path,
        ])
        #expect(draft.status == 0, "\(draft.stderr)")
        let lines = draft.stderr.split(separator: "\n").map(String.init)
        let last = try #require(lines.last)
        let expected =
            "  opi-agreement build \(answers) --final -o \(dir.appendingPathComponent("draft").path) --to docx "
            + "--lang en --type opi --reference-doc \(firm.path)"
        #expect(last == expected, "\(draft.stderr)")
        // Run from another folder, it writes the final agreement where the draft went.
        let elsewhere = dir.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let final = try OPIBinary.run(
            Array(last.split(separator: " ").dropFirst().map(String.init)), directory: elsewhere)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(final.stdout.contains(dir.appendingPathComponent("draft/health-care.docx").path), "\(final.stdout)")
    }
}
