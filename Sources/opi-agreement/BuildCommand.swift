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

    @Option(name: .customLong("to"), help: "Comma-separated: docx, odt, fodt, flat-docx, model.")
    var formatList: String = "docx,odt"

    @Option(name: .customLong("lang"), help: "The agreement's language: sv or en.")
    var language: Language = .sv

    @Flag(name: .customLong("final"), help: "A final agreement: no drafting notes or draft mark; missing answers are errors.")
    var final = false

    @Option(name: .customLong("type"), help: "The agreement type (outline id) when the library has several.")
    var outline: String?

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let (formats, model) = try BuildTargets.parse(formatList)
        let library = try self.library.load()
        let answers = try AnswersInput.load(self.answers, library: library, final: final)
        let paths = try AgreementBuild.write(
            answers, library: library, formats: formats, model: model, language: language, final: final,
            outline: outline, base: AgreementBuild.baseName(forAnswers: self.answers), into: output)
        for path in paths { print(path) }
    }
}

extension Language: ExpressibleByArgument {}
