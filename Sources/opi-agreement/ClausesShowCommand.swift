import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement clauses show ID`: a clause's header and its source text in one language.
struct ClausesShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one clause.")

    @Argument(help: "The clause id.")
    var id: String

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language to show (default: all).", valueName: "lang"))
    var languageArgument: Checked<Language>?

    @OptionGroup var library: LibraryOptions

    /// The language to show; nil for all.
    var language: Language? { languageArgument?.value }

    func validate() throws {
        try languageArgument?.check(.cliUnknownLanguage)
    }

    func run() throws {
        // It shows a clause's text as written (`sources`), never its parsed body.
        let library = try self.library.load(parsingBodies: false)
        if let language { try library.requireLanguage(language) }
        guard let clause = library.clause(id) else {
            throw DiagnosticError(Message(.cliNoSuchClause, ["id": .text(id)]), file: library.root)
        }
        print("id:       \(clause.id)")
        print("version:  \(clause.version)")
        print("category: \(clause.category.rawValue)")
        if let slot = clause.slot { print("slot:     \(slot)") }
        if let when = clause.when { print("when:     \(when.source)") }
        print("file:     \(clause.file)")
        for lang in library.languages where language == nil || language == lang {
            print("\n=== \(lang.rawValue): \(clause.readableTitle(lang) ?? "(no title)")")
            if let note = clause.note?[lang] { print("note: \(note)") }
            print(ClauseSourceText.section(of: clause, language: lang) ?? "(no text)")
        }
    }
}
