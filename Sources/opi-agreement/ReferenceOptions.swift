import AgreementKit
import ArgumentParser

/// `--reference-doc`, shared by the commands that write documents (build, interview, batch, render).
struct ReferenceOptions: ParsableArguments {
    @Option(
        name: .customLong("reference-doc"),
        help: ArgumentHelp(
            "A .docx or .odt whose styles, page, header and footer the documents take (once for each kind; see "
                + "'opi-agreement reference-doc').",
            valueName: "file"))
    var paths: [String] = []

    /// Reads the reference documents, before anything is assembled or written, and notes on stderr which forms of
    /// `formats` keep the default look. A bad reference is a diagnostic at its file.
    func load(for formats: [OutputFormat]) throws -> ReferenceDocuments {
        guard !paths.isEmpty else { return ReferenceDocuments() }
        let references: ReferenceDocuments
        do {
            references = try ReferenceDocuments.load(paths)
        } catch let error as ReferenceError {
            throw error.diagnostic
        }
        for note in references.notes(for: formats) { DiagnosticsEngine.shared.emit(Diagnostic(.note, note)) }
        return references
    }
}
