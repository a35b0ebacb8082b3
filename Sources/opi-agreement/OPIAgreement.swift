import AgreementKit
import ArgumentParser
import Foundation

/// The `opi-agreement` command: assembles OPI agreements and writes them as DOCX and ODT.
@main
struct OPIAgreement: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opi-agreement",
        abstract: "Assemble OPI agreements (public-private innovation partnerships) as DOCX and ODT.",
        discussion: """
            Exit status: 0 success, 1 invalid input (diagnostics on stderr), 2 usage error, 3 I/O error, 130 interrupted.
            """,
        version: "1.0.0",
        subcommands: [
            BuildCommand.self, InterviewCommand.self, QuestionsCommand.self, BatchCommand.self, ExplainCommand.self,
            ClausesCommand.self, RenderCommand.self, ReferenceDocCommand.self, CompareCommand.self,
            CheckCommand.self,
        ]
    )

    /// Runs the command; every failure is reported by the diagnostics engine and exits with its documented status.
    static func main() async {
        // The messages language: the environment's while the arguments are read, then the command's own.
        MessagesLanguage.choose()
        do {
            var command = try parseAsRoot()
            MessagesLanguage.choose(for: command)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .success, !(error is ExitCode) {
                exit(withError: error)  // --help, --version: printed on stdout
            }
            Foundation.exit(DiagnosticsEngine.shared.report(error, command: self))
        }
    }
}
