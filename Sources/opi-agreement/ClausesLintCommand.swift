import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement clauses lint`: checks the whole library and prints compiler-style diagnostics.
struct ClausesLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint", abstract: "Check the library: references, terms, conditions, translations, questions.")

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let library = try self.library.load()
        let diagnostics = LibraryLinter(library: library).lint()
        DiagnosticsEngine.shared.emit(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        DiagnosticsEngine.shared.status("\(library.clauses.count) clauses, \(errors) error(s), \(warnings) warning(s)")
        if errors > 0 { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}
