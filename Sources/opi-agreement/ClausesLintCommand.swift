import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement clauses lint`: checks the whole library and prints compiler-style diagnostics.
struct ClausesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the library: references, terms, conditions, translations, questions.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let check = try self.library.check()
        guard let library = check.library else { throw DiagnosticError(check.diagnostics) }
        DiagnosticsEngine.shared.emit(check.diagnostics)
        let errors = check.errors.count
        let warnings = check.diagnostics.count - errors
        DiagnosticsEngine.shared.status(
            StatusLine.lint(clauses: library.clauses.count, errors: errors, warnings: warnings).description)
        if errors > 0 { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}
