import Foundation
import TestSupport
import Testing

/// Arguments the commands refuse, with the value named: fewer than one job (once a crash of `check`, whose message
/// lacked the value) or a job count that is no number, a library folder that does not exist, an agreement type the
/// library does not have, a clause it does not have.
extension CLITests {
    @Test(arguments: [["check", "--jobs", "0"], ["batch", "--jobs", "-2", "batch.yaml", "-o", "out"]])
    func fewerThanOneJobIsAUsageError(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: --jobs must be at least 1, not \(arguments[2])\n"), "\(result.stderr)")
    }

    /// `--jobs` that is no number is a usage error naming the value, before the config is read.
    @Test func aJobsValueThatIsNoNumberIsAUsageError() throws {
        let result = try run(["batch", "--jobs", "abc", "nonexistent-batch.yaml", "-o", "out"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: --jobs must be a whole number, not 'abc'\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("nonexistent-batch.yaml"), "\(result.stderr)")
    }

    /// `--library` naming no folder: a file error at the path (exit 3), before the answers are read (`build`
    /// reports in the agreement's language, English here).
    @Test(arguments: ["build", "questions"])
    func aLibraryFolderThatDoesNotExistIsAFileError(command: String) throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-no-library")
        defer { try? FileManager.default.removeItem(at: dir) }
        let nowhere = dir.appendingPathComponent("nowhere").path
        let arguments =
            command == "build"
            ? [
                "build", "--library", nowhere, "missing.yaml", "--lang", "en", "-o",
                dir.appendingPathComponent("out").path,
            ]
            : ["questions", "--library", nowhere]
        let result = try run(arguments)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr == "\(nowhere): error: no such folder\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    @Test func checkRefusesAnAgreementTypeTheLibraryDoesNotHave() throws {
        let result = try run(["check", "--type", "nonsense", "--jobs", "1"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("error: no agreement type 'nonsense'; the library has opi"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func clausesShowRefusesAClauseTheLibraryDoesNotHave() throws {
        let result = try run(["clauses", "show", "nonsense"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("error: no clause 'nonsense' in the library"), "\(result.stderr)")
    }
}
