import AgreementKit
import ArgumentParser

/// `opi-agreement clauses list`: one line per clause: id, version, category, slot and title.
struct ClausesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the clauses.")

    @Option(name: .customLong("category"), help: ArgumentHelp("Only clauses of this category.", valueName: "category"))
    var categoryArgument: Checked<ClauseCategory>?

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of the titles.", valueName: "lang"))
    var languageArgument = Checked<Language>(.standard)

    @OptionGroup var library: LibraryOptions

    /// The category asked for, if any.
    var category: ClauseCategory? { categoryArgument?.value }
    /// The language of the titles.
    var language: Language { languageArgument.value ?? .standard }

    func validate() throws {
        try categoryArgument?.check(.cliUnknownCategory)
        try languageArgument.check(.cliUnknownLanguage)
    }

    func run() throws {
        let library = try self.library.load(parsingBodies: false)
        try library.requireLanguage(language)
        let clauses = library.clauses.filter { category == nil || $0.category == category }
        let idWidth = clauses.map(\.id.count).max() ?? 0
        for clause in clauses {
            let slot = clause.slot.map { " slot:\($0)" } ?? ""
            print(
                clause.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                    + "  \(clause.version)  \(clause.category.rawValue)\(slot)  \(clause.readableTitle(language) ?? "")"
            )
        }
    }
}
