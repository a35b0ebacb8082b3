import AgreementKit
import ArgumentParser

/// `--to` and `--final`, shared by the commands that assemble and write agreements (build, interview, batch).
struct DocumentOptions: ParsableArguments {
    @Option(name: .customLong("to"), help: "Comma-separated forms to write (default: docx,odt).")
    var targetsGiven: CommaList<OutputTarget>?

    /// The forms given, or the default `docx,odt`.
    var targets: CommaList<OutputTarget> { targetsGiven ?? CommaList([.docx, .odt]) }

    @Flag(
        name: .customLong("final"),
        help: "Final agreements: no drafting notes or draft mark; missing answers are errors.")
    var final = false

    func validate() throws {
        try targets.check(option: "--to")
        _ = try PDFForm.asked(in: targets.values.map(\.rawValue))
    }

    /// The document forms asked for, in the order given.
    var formats: [OutputFormat] { targets.values.compactMap(\.format) }

    /// Whether the model JSON is asked for.
    var model: Bool { targets.values.contains(.model) }

    /// The PDF asked for, with the LibreOffice that makes it; nil when none is. Throws when LibreOffice is missing.
    func pdf() throws -> PDFRequest? {
        try PDFForm.request(in: targets.values.map(\.rawValue))
    }
}
