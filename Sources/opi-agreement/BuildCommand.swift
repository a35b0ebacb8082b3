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
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(outline: outline, language: language, final: final))
        let base = ((self.answers as NSString).lastPathComponent as NSString).deletingPathExtension
        let renderer = DocumentRenderer(
            options: .reproducible(for: result.agreement, environment: ProcessInfo.processInfo.environment))
        var files: [(name: String, data: Data)] = []
        if model { files.append((name: "\(base).json", data: try ModelJSON.encode(result.agreement))) }
        for format in formats {
            files.append((name: "\(base).\(format.fileExtension)", data: try renderer.render(result.agreement, as: format)))
        }
        for path in try OutputFiles.write(files, into: output) { print(path) }
        if !result.missing.isEmpty {
            FileHandle.standardError.write(Data("note: \(result.missing.count) answer(s) missing, shown as blanks: \(result.missing.map(\.path).joined(separator: ", "))\n".utf8))
        }
    }
}

extension Language: ExpressibleByArgument {}
