import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement build ANSWERS.yaml`: assembles an agreement from answers and writes it.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Assemble an agreement from an answers file and write it as DOCX, ODT, FODT, Flat OPC or model JSON.",
        discussion: """
            Missing answers become highlighted blanks in a draft; with --final every missing answer is an error. \
            Files are named after the answers file. --to model writes the document model (docs/model-json.md).
            """
    )

    @Argument(help: "The answers file (YAML, see docs/answers-format.md).")
    var answers: String

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    @OptionGroup var document: DocumentOptions

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (formats, model) = try document.targets()
        let library = try self.library.load()
        let answers = try AnswersInput.load(self.answers, library: library, final: document.final)
        let paths = try AgreementBuild.write(
            answers, library: library, formats: formats, model: model, language: choice.language,
            final: document.final, outline: choice.outline, base: AgreementBuild.baseName(forAnswers: self.answers), into: output)
        for path in paths { print(path) }
    }
}

extension Language: ExpressibleByArgument {
    /// The language codes for help texts: "sv or en".
    static var choices: String {
        let codes = allCases.map(\.rawValue)
        return codes.count < 2 ? codes.joined() : codes.dropLast().joined(separator: ", ") + " or " + codes[codes.count - 1]
    }
}
