import AgreementKit
import ArgumentParser

/// `opi-agreement questions`: prints a commented answers template with every question of the library.
struct QuestionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract:
            "Print an answers template: every question as an empty YAML key with its label, form, options, default and help as comments.",
        discussion: """
            The template loads as an answers file with nothing answered: fill in what you know and build it with \
            'opi-agreement build', or use it as the start of a batch configuration.
            """
    )

    @Option(name: .customLong("lang"), help: ArgumentHelp("The language of labels and help.", valueName: "lang"))
    var languageArgument = Checked<Language>(.standard)

    @OptionGroup var library: LibraryOptions

    /// The language of labels and help.
    var language: Language { languageArgument.value ?? .standard }

    func validate() throws {
        try languageArgument.check(.cliUnknownLanguage)
    }

    func run() throws {
        let library = try self.library.load(parsingBodies: false)
        try library.requireLanguage(language)
        print(AnswersTemplate(questionnaire: library.questionnaire, language: language).text, terminator: "")
    }
}
