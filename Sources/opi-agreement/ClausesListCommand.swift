import AgreementKit
import ArgumentParser

/// `opi-agreement clauses list`: one line per clause: id, version, category, slot and title.
struct ClausesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the clauses.")

    @Option(name: .customLong("category"), help: "Only clauses of this category.")
    var category: String?

    @Option(name: .customLong("lang"), help: "The language of the titles: \(Language.choices).")
    var language: Language = .standard

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let library = try self.library.load()
        if let category, ClauseCategory(rawValue: category) == nil {
            throw ValidationError(
                "unknown category '\(category)'; categories: " + ClauseCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let clauses = library.clauses.filter { category == nil || $0.category.rawValue == category }
        let idWidth = clauses.map(\.id.count).max() ?? 0
        for clause in clauses {
            let slot = clause.slot.map { " slot:\($0)" } ?? ""
            print(clause.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                + "  \(clause.version)  \(clause.category.rawValue)\(slot)  \(clause.title[language] ?? "")")
        }
    }
}
