/// A PDF asked for (`--to pdf` or `--to pdf/a`): its form and the LibreOffice that makes it from the ODT.
public struct PDFRequest: Sendable, Equatable {
    /// The form.
    public var form: PDFForm
    /// The LibreOffice that converts.
    public var converter: OfficeConverter

    /// Creates a request.
    public init(form: PDFForm, converter: OfficeConverter) {
        self.form = form
        self.converter = converter
    }

    /// The forms to render when the PDF is made too: `formats` and, when they lack it, the form the PDF is made
    /// from (`PDFForm.source`, the ODT), which is then used for the PDF and not written.
    public func rendering(_ formats: [OutputFormat]) -> [OutputFormat] {
        formats.contains(PDFForm.source) ? formats : formats + [PDFForm.source]
    }

    /// The source of the PDF among `files` (rendered in `rendering(formats)` and named `base.<extension>`), and the
    /// files to write: the source left out when `formats` did not ask for it.
    public func split(_ files: [OutputFile], base: String, formats: [OutputFormat]) -> (
        source: OutputFile?, files: [OutputFile]
    ) {
        let name = "\(base).\(PDFForm.source.fileExtension)"
        let source = files.first { $0.name == name }
        return (source, formats.contains(PDFForm.source) ? files : files.filter { $0.name != name })
    }

    /// `files` (rendered in `rendering(formats)`, named `base.<extension>`) with the PDF last: `base.pdf`, made
    /// from the ODT, which is dropped when `formats` did not ask for it.
    public func adding(to files: [OutputFile], base: String, formats: [OutputFormat]) throws(ConversionError)
        -> [OutputFile]
    {
        let (source, written) = split(files, base: base, formats: formats)
        guard let source else { preconditionFailure("files rendered without the PDF's source: see rendering(_:)") }
        return written + (try converter.convert([source], to: form))
    }
}
