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
        let library = try self.library.load()
        let answers = try AnswersInput.load(self.answers, library: library, final: document.final)
        let built = try AgreementOutput.build(
            answers, library: library,
            options: AssemblyOptions(outline: choice.outline, language: choice.language, final: document.final),
            targets: document.targets.values, base: AgreementPipeline.baseName(forAnswers: self.answers))
        let paths = try AgreementOutput.write(built, answers: answers, into: output)
        for path in paths { print(path) }
        let ending = AgreementOutput.ending(built, finishKey: .endingFinishBuild, finish: finalCommand)
        for line in ending { DiagnosticsEngine.shared.status(line) }
    }

    /// This build with `--final`, as a command that works from any folder.
    var finalCommand: String {
        let quote = InterviewSettings.shellQuoted
        var words = ["opi-agreement", "build", quote(AgreementOutput.absolute(answers)), "--final"]
        words += ["-o", quote(AgreementOutput.absolute(output))]
        if let forms = document.targetsGiven { words += ["--to", forms.defaultValueDescription] }
        if let language = choice.languageGiven { words += ["--lang", language.rawValue] }
        if let outline = choice.outline { words += ["--type", quote(outline)] }
        if let directory = library.directory { words += ["--library", quote(AgreementOutput.absolute(directory))] }
        return words.joined(separator: " ")
    }
}
