import AgreementKit
import ArgumentParser

/// `--lang` and `--type`, shared by the commands that assemble one agreement (build, interview, explain).
struct AgreementChoiceOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The agreement's language, or two side by side in one parallel document, the first on the left and main "
                + "(sv+en) (default: \(Language.standard)).",
            valueName: "lang"))
    var languageArgument: LanguagesArgument?

    @Option(name: .customLong("type"), help: "The agreement type (outline id) when the library has several.")
    var outline: String?

    /// The language or languages chosen.
    var languages: AgreementLanguages { languagesGiven ?? .standard }

    /// The main language chosen: the messages and `explain` use it.
    var language: Language { languages.main }

    /// The languages when `--lang` is given (and valid).
    var languagesGiven: AgreementLanguages? { languageArgument.flatMap { try? AgreementLanguages(parsing: $0.text) } }

    func validate() throws {
        try languageArgument?.check()
    }
}

/// The text of `--lang`: a language (`sv`) or a pair (`sv+en`), checked by the command's `validate()` so that a
/// wrong value is reported in the user's language (`AgreementLanguages.ParseError`).
struct LanguagesArgument: ExpressibleByArgument {
    /// The text given.
    var text: String

    init?(argument: String) {
        text = argument
    }

    /// Throws a usage error with the parse error's message when the text is not a language or a pair.
    func check() throws {
        do {
            _ = try AgreementLanguages(parsing: text)
        } catch {
            throw ValidationError(error.message.description)
        }
    }

    static var allValueStrings: [String] { Language.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
