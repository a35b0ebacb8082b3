import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement render MODEL.json`: writes a document model (the JSON form of an agreement) in the chosen forms.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a document model (JSON, see docs/model-json.md) as DOCX, ODT, FODT or Flat OPC.",
        discussion: """
            Files are named after the model (MODEL.docx, MODEL.odt, MODEL.fodt, MODEL.xml). Timestamps come from \
            SOURCE_DATE_EPOCH, else the agreement date, so the same model gives the same bytes.
            """
    )

    @Argument(help: "The model file (JSON).")
    var model: String

    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("name"), help: "The file name without extension (default: the model's).")
    var baseName: String?

    func run() throws {
        let formats = try output.formats()
        let agreement = try ModelJSON.decode(try OutputFiles.read(model), file: model)
        let renderer = DocumentRenderer(
            options: .reproducible(for: agreement, environment: ProcessInfo.processInfo.environment))
        let base = baseName ?? ((model as NSString).lastPathComponent as NSString).deletingPathExtension
        var files: [(name: String, data: Data)] = []
        do {
            for rendered in try renderer.render(agreement, as: formats) {
                files.append((name: "\(base).\(rendered.format.fileExtension)", data: rendered.data))
            }
        } catch let error as XMLWriterError {
            throw DiagnosticError("cannot write the documents: \(error)", file: model)
        }
        for path in try OutputFiles.write(files, into: output.output) {
            print(path)
        }
    }
}
