import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement render MODEL.json`: writes a document model (the JSON form of an agreement) in the chosen forms.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a document model (JSON, see docs/model-json.md) as DOCX, ODT, FODT, Flat OPC or PDF.",
        discussion: """
            Files are named after the model (MODEL.docx, MODEL.odt, MODEL.fodt, MODEL.xml, MODEL.pdf). Timestamps \
            come from SOURCE_DATE_EPOCH (seconds since 1970, a time from 1980 to 2107, else an error), else the \
            agreement date, so the same model gives the same bytes; a PDF (--to pdf or pdf/a, made by LibreOffice) \
            is the exception.
            """
    )

    @Argument(help: "The model file (JSON).")
    var model: String

    @OptionGroup var output: OutputOptions

    @OptionGroup var reference: ReferenceOptions

    @Option(
        name: .customLong("name"),
        help: "The file name without extension, a plain name without folders (default: the model's).")
    var baseName: String?

    func validate() throws {
        if let baseName, let problem = Self.problem(withName: baseName) {
            throw ValidationError(problem.description)
        }
    }

    /// Why `name` is not a plain file name inside the output folder, or nil when it is one.
    static func problem(withName name: String) -> Message? {
        if name.isEmpty { return Message(.cliNameEmpty) }
        if name.contains("/") || name.contains("\\") { return Message(.cliNameFolder, ["value": .text(name)]) }
        if name.hasPrefix(".") { return Message(.cliNameHidden, ["value": .text(name)]) }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return Message(.cliNameControl)
        }
        return nil
    }

    func run() throws {
        try AgreementOutput.checkTimestamp()
        let pdf = try output.pdf()
        let agreement = try ModelJSON.decode(try FileAccess.read(model), file: model)
        let base = baseName ?? ((model as NSString).lastPathComponent as NSString).deletingPathExtension
        let formats = output.formats.values.compactMap(\.format)
        let references = try reference.load(for: pdf?.rendering(formats) ?? formats)
        var files = try AgreementPipeline.files(
            for: agreement, formats: pdf?.rendering(formats) ?? formats, model: false, base: base, file: model,
            environment: ProcessInfo.processInfo.environment, references: references)
        if let pdf { files = try pdf.adding(to: files, base: base, formats: formats) }
        for path in try FileAccess.write(files, into: output.output) {
            print(path)
        }
    }
}
