import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A batch whose agreements fire a warning check on an answer in the defaults: the warning is one note of the
/// report at that answer, naming the agreements; and a staging folder that cannot be made leaves no output folder behind.
@Suite("Batch runner: warnings and staging")
struct BatchRunnerEdgeTests {
    @Test func aWarningTheAgreementsShareIsOneNoteNamingThem() async throws {
        let root = try TestEnvironment.temporaryDirectory("batch-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let questionnaire = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: questionnaire, encoding: .utf8)
        try
            (text
                + """
                checks:
                  - id: shared-results
                    when: results_model == "shared"
                    level: warning
                    sv: Delat ägande kräver ett avtal om nyttjande.
                    en: Shared ownership needs an agreement on use.

                """).write(to: questionnaire, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.load(directory: copy.path)
        let config =
            BatchRunnerTests.config(["Alfa AB", "Beta AB"])
            .replacingOccurrences(of: "  results_model: open\n", with: "  results_model: shared\n")
            .replacingOccurrences(
                of: "output: { name: \"mini-{suppliers.0.name}\" }\n",
                with: "output: { name: \"mini-{suppliers.0.name}\" }\nlanguage: en\n")
        let plan = try BatchConfigLoader.load(Data(config.utf8), file: "batch.yaml", library: library, final: true)
        let output = root.appendingPathComponent("out")
        let report = try await BatchRunner(library: library, options: BatchOptions(formats: [.fodt], jobs: 1)).run(
            plan, into: output.path)
        #expect(report.agreementsWritten == 2)
        #expect(
            report.notes.map(\.description) == [
                "batch.yaml:7:18: warning: agreements 1, 2: Shared ownership needs an agreement on use. [shared-results]"
            ], "\(report.notes.map(\.description))")
    }

    /// An output path so long that the staging folder inside it cannot be named: an error at the output folder,
    /// which is removed again since the batch made it.
    @Test func aStagingFolderThatCannotBeMadeLeavesNothing() throws {
        var deep = try TestEnvironment.temporaryDirectory("batch-staging")
        let parent = deep
        while deep.path.utf8.count < 4_040 { deep.appendPathComponent(String(repeating: "d", count: 200)) }
        do {
            _ = try BatchStaging.create(in: deep.path)
            Issue.record("made a staging folder in \(deep.path.utf8.count) bytes of path")
        } catch {
            #expect(error.path == deep.path)
        }
        #expect(!FileManager.default.fileExists(atPath: deep.path))
        #expect(FileManager.default.fileExists(atPath: parent.path))
    }
}
