import Foundation
import TestSupport
import Testing

/// Arguments the commands refuse, with the value named: fewer than one job (once a crash of `check`, whose message
/// lacked the value), an agreement type the library does not have, a clause it does not have.
extension CLITests {
    @Test(arguments: [["check", "--jobs", "0"], ["batch", "--jobs", "-2", "batch.yaml", "-o", "out"]])
    func fewerThanOneJobIsAUsageError(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: --jobs must be at least 1, not \(arguments[2])\n"), "\(result.stderr)")
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
