import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement check`: builds a final agreement for every combination of the answers that select text, in every
/// language and agreement type of the library, and checks each; exits 1 on any failure.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build and check a final agreement for every combination of the answers that select text.")

    @OptionGroup var library: LibraryOptions

    @Option(name: .customLong("type"), help: "Check only this agreement type (outline).")
    var outline: String?

    @Option(name: .customLong("jobs"), help: "How many agreements to build at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .customLong("schemas"),
        help: "The folder of the official schemas (default: $OPI_SCHEMAS_DIR; without either, no schema validation).")
    var schemas: String?

    func validate() throws {
        if jobs < 1 { throw ValidationError(Message(.cliJobsTooSmall, texts: ["value": "\(jobs)"]).description) }
    }

    func run() throws {
        let start = Date()
        let library = try self.library.load()
        if let outline, library.outlines[outline] == nil {
            throw DiagnosticError(
                Message(
                    .batchNoType,
                    [
                        "text": .text(outline), "hint": .text(""),
                        "types": .text(library.outlines.keys.sorted().joined(separator: ", ")),
                    ]))
        }
        let environment = ProcessInfo.processInfo.environment["OPI_SCHEMAS_DIR"].flatMap { $0.isEmpty ? nil : $0 }
        let check = CombinationCheck(library: library, outline: outline, jobs: jobs, schemas: schemas ?? environment)
        let report: CombinationCheck.Report
        do {
            report = try check.run()
        } catch let error as CheckSchemaError {
            throw DiagnosticError([error.diagnostic])
        }
        let lines = report.lines(languages: library.languages, seconds: Date().timeIntervalSince(start))
        print(lines.joined(separator: "\n"))
        if !report.failures.isEmpty { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}
