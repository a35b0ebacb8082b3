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
        subcommands: [
            BuildCommand.self, InterviewCommand.self, QuestionsCommand.self, BatchCommand.self, ExplainCommand.self,
            ClausesCommand.self, RenderCommand.self,
        ]
    )

    /// Runs the command and maps failures to the documented exit statuses.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let error as DiagnosticError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            Foundation.exit(ExitStatus.invalidInput.rawValue)
        } catch let error as IOFailure {
            FileHandle.standardError.write(Data(("error: \(error.description)\n").utf8))
            Foundation.exit(ExitStatus.ioError.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == .failure {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
