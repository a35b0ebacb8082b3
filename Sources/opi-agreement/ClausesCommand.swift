import ArgumentParser

/// `opi-agreement clauses`: look into and check the clause library.
struct ClausesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clauses",
        abstract: "List, show and lint the clauses of the library.",
        subcommands: [ClausesListCommand.self, ClausesShowCommand.self, ClausesLintCommand.self]
    )
}
