import Foundation
import TestSupport
import Testing

/// `compare --old-library` builds the old version with another library folder (refused when it is no folder), and
/// `--lang` chooses the language of two agreements of a batch config.
extension CompareCLITests {
    @Test func theOldVersionIsBuiltWithTheOldLibrary() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-old-library")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, new) = try Self.answers(in: dir)
        let clauses = TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path
        let plain = try OPIBinary.run(["compare", old, new, "-o", dir.appendingPathComponent("a").path, "--to", "docx"])
        let withOld = try OPIBinary.run([
            "compare", old, new, "-o", dir.appendingPathComponent("b").path, "--to", "docx", "--old-library", clauses,
        ])
        #expect(plain.status == 0 && withOld.status == 0, "\(plain.stderr)\n\(withOld.stderr)")
        // The same library as the bundled one: the same changes.
        let changes = { (result: ProcessResult) in result.stdout.split(separator: "\n").dropFirst() }
        #expect(changes(withOld) == changes(plain) && !changes(plain).isEmpty, "\(withOld.stdout)")
        let nowhere = dir.appendingPathComponent("nowhere").path
        let missing = try OPIBinary.run([
            "compare", old, new, "-o", dir.appendingPathComponent("c").path, "--old-library", nowhere, "--lang", "en",
        ])
        #expect(missing.status == 3, "a file error, as an unreadable answers file")
        #expect(missing.stderr.contains("\(nowhere): error: no such folder"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("c").path))
    }

    @Test func twoAgreementsOfABatchConfigInTheLanguageAskedFor() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-batch-lang")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = TestEnvironment.repositoryRoot.appendingPathComponent("examples/batch-suppliers.yaml").path
        let result = try OPIBinary.run([
            "compare", "--batch", config, "1", "2", "-o", dir.path, "--to", "odt", "--lang", "en",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Changes from 1 to 2:"), "\(result.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.count == 1 && files[0].hasSuffix(".odt"), "\(files)")
    }
}
