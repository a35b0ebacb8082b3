import AgreementKit
import ArgumentParser

/// Options of `render`, the command that writes documents from a model.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customLong("to")], help: "Comma-separated forms to write.")
    var formats = CommaList<OutputFormat>([.docx, .odt])

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    func validate() throws {
        try formats.check(option: "--to")
    }
}
