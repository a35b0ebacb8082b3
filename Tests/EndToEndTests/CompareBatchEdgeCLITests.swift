import Foundation
import TestSupport
import Testing

/// `compare --batch` with agreements that have problems: an agreement with a problem is not compared (its problem
/// is the error), and an agreement asked for that the config lacks is told with the names of those it has, an
/// agreement without a name by its number.
extension CLITests {
    static let problemBatch = """
        output: { name: "mini-{suppliers.0.name}" }
        defaults:
          project_title: Smart avfall
          start_date: 2026-04-01
          budget: 1250000
          results_model: open
          publication_deadline: 2027-01-31
          public_parties:
            - name: Exempelstads kommun
              organisation_number: 212000-0142
        agreements:
          - answers:
              suppliers:
                - name: Alfa AB
                  organisation_number: 556036-0793
                  contribution: 1000
          - answers:
              suppliers:
                - name: Beta AB
                  organisation_number: 556036-0794
                  contribution: 1000
          - answers: { budget: 5000 }

        """

    @Test func compareRefusesABatchAgreementWithProblems() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-batch-problems")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("batch.yaml")
        try Data(Self.problemBatch.utf8).write(to: config)
        let out = dir.appendingPathComponent("out")
        let library = TestEnvironment.miniLibrary.path
        func compare(_ old: String, _ new: String) throws -> ProcessResult {
            try run(["compare", "--batch", config.path, old, new, "--library", library, "-o", out.path, "--lang", "en"])
        }

        let invalid = try compare("1", "mini-Beta AB")
        #expect(invalid.status == 1)
        #expect(
            invalid.stderr.hasPrefix(
                "\(config.path):20:32: error: agreement 2 (mini-Beta AB): Supplier 1 (Beta AB), organisation number"),
            "\(invalid.stderr)")
        #expect(!invalid.stderr.contains("agreement 1"), "\(invalid.stderr)")

        let unnamed = try compare("3", "1")
        #expect(unnamed.status == 1)
        #expect(
            unnamed.stderr.hasPrefix(
                "\(config.path):22:5: error: agreement 3: the file name pattern needs an answer to 'suppliers.0.name'"),
            "\(unnamed.stderr)")

        let missing = try compare("1", "nine")
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "\(config.path): error: the batch config has no agreement 'nine'; its agreements are mini-Alfa AB, mini-Beta AB, 3\n"
        )
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }
}

/// `compare --batch` with agreements that use an invalid default: refused with the problem of the defaults, as
/// `batch` refuses them, not compared without the answer.
extension CLITests {
    @Test func compareRefusesBatchAgreementsThatUseAnInvalidDefault() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-batch-defaults")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("batch.yaml")
        try Data(
            Self.problemBatch.replacingOccurrences(of: "start_date: 2026-04-01", with: "start_date: 2026-02-30")
                .replacingOccurrences(of: "\"mini-{suppliers.0.name}\"", with: "\"mini-{start_date}\"").utf8
        ).write(to: config)
        let out = dir.appendingPathComponent("out")
        let result = try run([
            "compare", "--batch", config.path, "1", "3", "--library", TestEnvironment.miniLibrary.path, "-o", out.path,
            "--lang", "en",
        ])
        #expect(result.status == 1, "\(result.stderr)\n\(result.stdout)")
        #expect(
            result.stderr.hasPrefix(
                "\(config.path):4:15: error: Start date (start_date): '2026-02-30' is not a date that exists (in the "
                    + "defaults, used by every agreement)\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing is written")
    }
}

/// A batch that stops with errors at a terminal clears its progress line before the errors (in Swedish, the
/// messages' language here).
extension CLITests {
    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func aFailingBatchAtATerminalClearsTheProgressLineBeforeItsErrors() throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-pty-fails")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("batch.yaml")
        try Data(Self.problemBatch.utf8).write(to: config)
        let out = dir.appendingPathComponent("out")
        let session = try TerminalSession.run(
            ["batch", config.path, "--library", TestEnvironment.miniLibrary.path, "-o", out.path],
            steps: [["expect", "inget skrivet"]])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 1, "\(session.output)")
        #expect(
            session.output.hasPrefix("\r\u{1B}[K\(config.path):20:32: error: avtal 2 (mini-Beta AB): "),
            "\(session.output.debugDescription)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
