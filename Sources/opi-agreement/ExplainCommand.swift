import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement explain ANSWERS.yaml`: prints every decision the assembler makes for these answers.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which clauses and alternatives the answers choose, and why."
    )

    @Argument(help: "The answers file (YAML).")
    var answers: String

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let library = try self.library.load()
        let answers = try AnswersInput.load(self.answers, library: library, final: false)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(outline: choice.outline, language: choice.language, final: false))
        print(result.trace.text, terminator: "")
        let fired = library.questionnaire.firedChecks(answers)
        if !fired.isEmpty {
            print("checks that these answers fire (level final: an error with --final):")
            for check in fired {
                print("  \(check.id) (\(check.level.rawValue)): \(check.message[choice.language] ?? check.id)")
            }
        }
        if !result.missing.isEmpty {
            print("missing answers (blanks in a draft, errors with --final):")
            for entry in result.missing {
                print(
                    "  \(entry.path) (\(entry.label))"
                        + (entry.usedAt.isEmpty
                            ? "" : " used at " + entry.usedAt.map(\.description).joined(separator: ", ")))
            }
        }
    }
}
