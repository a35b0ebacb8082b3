import Foundation
import TestSupport
import Testing

/// Paths of one character, relative to the current folder (`-o s`, an output file `a`): Foundation's
/// `deletingLastPathComponent` traps on them on Linux, so the binary once crashed with exit 132 (see `FilePath`).
extension CLITests {
    @Test func oneCharacterOutputFoldersAndFilesAreWritten() throws {
        let dir = try TestEnvironment.temporaryDirectory("one-character")
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = TestEnvironment.repositoryRoot
        let model = root.appendingPathComponent("examples/sample-agreement.json").path
        let rendered = try OPIBinary.run(["render", model, "--to", "odt", "-o", "s"], directory: dir)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("s/sample-agreement.odt").path))

        let answers = root.appendingPathComponent("examples/waste-collection.yaml").path
        let built = try OPIBinary.run(["build", answers, "--to", "docx", "-o", "b"], directory: dir)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("b/waste-collection.docx").path))

        let reference = try OPIBinary.run(["reference-doc", "--to", "odt", "-o", "r"], directory: dir)
        #expect(reference.status == 0, "\(reference.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("r").path))
    }
}
