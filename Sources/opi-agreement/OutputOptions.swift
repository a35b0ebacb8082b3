import AgreementKit
import ArgumentParser

/// Options shared by every command that writes documents.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customLong("to")], help: "Comma-separated output forms: docx, odt, fodt, flat-docx.")
    var formatList: String = "docx,odt"

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    /// The requested formats.
    func formats() throws -> [OutputFormat] {
        guard let formats = OutputFormat.list(formatList) else {
            throw ValidationError(
                "--to takes a comma-separated list of: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return formats
    }
}
