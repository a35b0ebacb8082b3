import AgreementKit
import ArgumentParser

/// `--lang` and `--type`, shared by the commands that assemble one agreement (build, interview, explain).
struct AgreementChoiceOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp("The agreement's language (default: \(Language.standard)).", valueName: "lang"))
    var languageArgument: Checked<Language>?

    @Option(name: .customLong("type"), help: "The agreement type (outline id) when the library has several.")
    var outline: String?

    /// The language chosen.
    var language: Language { languageArgument?.value ?? .standard }

    /// The language when `--lang` is given.
    var languageGiven: Language? { languageArgument?.value }

    func validate() throws {
        try languageArgument?.check(.cliUnknownLanguage)
    }
}
