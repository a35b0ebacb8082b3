/// How a batch is written: which forms, how many at once, and what to do about problems and existing files.
public struct BatchOptions: Sendable, Equatable {
    /// The document forms written for every agreement.
    public var formats: [OutputFormat]
    /// Whether the document model (JSON, `<name>.json`) is written too, as `build --to model` does.
    public var model: Bool
    /// How many agreements are assembled and rendered at once (at least 1).
    public var jobs: Int
    /// Write the valid agreements even when others have problems (those are reported and not written).
    public var keepGoing: Bool
    /// Replace files that already exist; without it an existing file is an error and nothing is written.
    public var overwrite: Bool
    /// The environment the timestamps come from (`SOURCE_DATE_EPOCH`), as for `build`.
    public var environment: [String: String]
    /// The PDF written for every agreement (`<name>.pdf`), made from all agreements' ODTs by one LibreOffice after
    /// they are rendered; nil for none.
    public var pdf: PDFRequest?
    /// A firm's reference documents, which give every agreement the firm's look.
    public var references = ReferenceDocuments()

    /// Creates options.
    public init(
        formats: [OutputFormat] = [.docx, .odt], model: Bool = false, jobs: Int = 1, keepGoing: Bool = false,
        overwrite: Bool = false, environment: [String: String] = [:], pdf: PDFRequest? = nil
    ) {
        self.formats = formats
        self.model = model
        self.jobs = jobs
        self.keepGoing = keepGoing
        self.overwrite = overwrite
        self.environment = environment
        self.pdf = pdf
    }

    /// The file name extensions written for each agreement, in the order `build` writes them: the model first, the
    /// PDF last.
    public var fileExtensions: [String] {
        (model ? ["json"] : []) + formats.map(\.fileExtension) + (pdf == nil ? [] : [PDFForm.fileExtension])
    }
}
