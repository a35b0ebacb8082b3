import AgreementKit
import ArgumentParser

/// Options of `render`, the command that writes documents from a model.
struct OutputOptions: ParsableArguments {
    @Option(name: [.customLong("to")], help: "Comma-separated forms to write.")
    var formats = CommaList<RenderTarget>([.docx, .odt])

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    func validate() throws {
        try formats.check(option: "--to")
        _ = try PDFForm.asked(in: formats.values.map(\.rawValue))
    }

    /// The PDF asked for, with the LibreOffice that makes it; nil when none is. Throws when LibreOffice is missing.
    func pdf() throws -> PDFRequest? {
        try PDFForm.request(in: formats.values.map(\.rawValue))
    }
}
