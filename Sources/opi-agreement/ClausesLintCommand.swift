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
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        FileHandle.standardError.write(Data("\(library.clauses.count) clauses, \(errors) error(s), \(warnings) warning(s)\n".utf8))
        if errors > 0 { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}
