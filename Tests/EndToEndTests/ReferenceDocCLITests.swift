import Foundation
import TestSupport
import Testing

/// `reference-doc` and `--reference-doc`, run as users run them.
@Suite("Command line: reference documents")
struct ReferenceDocCLITests {
    @Test func referenceDocWritesTheDefaultReference() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-reference-doc")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("firm.odt")
        let result = try OPIBinary.run(["reference-doc", "--to", "odt", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let package = try PackageContents(try Data(contentsOf: file))
        #expect(package.names.first == "mimetype")
        #expect(package.text("content.xml")?.contains(">Clause Heading 1<") == true)
        // Without -o the package goes to stdout, byte for byte what -o writes.
        let binary = try #require(OPIBinary.path)
        let written = dir.appendingPathComponent("written.docx")
        let printed = dir.appendingPathComponent("printed.docx")
        #expect(try OPIBinary.run(["reference-doc", "--to", "docx", "-o", written.path]).status == 0)
        let shell = try ProcessRunner.run(
            "sh", ["-c", "\"$0\" reference-doc --to docx > \"$1\"", binary, printed.path])
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(try Data(contentsOf: printed) == (try Data(contentsOf: written)))
    }

    @Test func aBadReferenceIsAnErrorAndNothingIsWritten() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-reference-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("firm.docx")
        try Data("not a package".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out")
        let answers = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml").path
        let result = try OPIBinary.run(
            ["build", answers, "-o", out.path, "--lang", "en", "--reference-doc", bad.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(bad.path): error: not a DOCX document"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func oneKindOfReferenceSaysTheOtherKeepsTheDefaultLook() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-reference-one")
        defer { try? FileManager.default.removeItem(at: dir) }
        let reference = dir.appendingPathComponent("firm.docx")
        try FirmReference.docx().write(to: reference)
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run(
            ["render", Samples.modelURL.path, "-o", out.path, "--reference-doc", reference.path],
            environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: no ODT reference document was given"), "\(result.stderr)")
        let styles = try PackageContents(try Data(contentsOf: out.appendingPathComponent("sample-agreement.docx")))
            .text("word/styles.xml")
        #expect(styles?.contains(FirmReference.font) == true)
    }
}
