/// The PDF forms `--to` can ask for. Both are made by LibreOffice from the ODT (see `OfficeConverter`) and are
/// named `NAME.pdf`, so one agreement gets one of them: a PDF/A is a PDF, only stricter.
public enum PDFForm: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A plain PDF (PDF 1.6, LibreOffice's default), to sign and send.
    case pdf
    /// PDF/A-2b (ISO 19005-2, level B), to archive: fonts embedded, no encryption, XMP identification.
    case pdfA = "pdf/a"

    /// The file name extension, the same for both forms.
    public static let fileExtension = "pdf"

    /// The form the PDF is converted from: the ODT, LibreOffice's own format, so LibreOffice lays out what our ODF
    /// writer decided without an import filter in between (a DOCX would go through LibreOffice's Word import).
    public static let source: OutputFormat = .odt

    /// The `--convert-to` argument of `soffice`: the Writer PDF export filter, with `SelectPdfVersion` 2 (PDF/A-2b)
    /// in the JSON filter options LibreOffice reads since 7.4.
    var convertTo: String {
        switch self {
        case .pdf: return "pdf:writer_pdf_Export"
        case .pdfA: return #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#
        }
    }
}
