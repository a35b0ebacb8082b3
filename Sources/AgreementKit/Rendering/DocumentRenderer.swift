import Foundation

/// Turns a model into the bytes of any output format: the library's entry point for writing.
public struct DocumentRenderer: Sendable {
    /// Options that affect the bytes written.
    public var options: RenderOptions
    /// A firm's reference documents: the look of the DOCX and of the ODF documents.
    public var references: ReferenceDocuments

    /// Creates a renderer.
    public init(options: RenderOptions, references: ReferenceDocuments = ReferenceDocuments()) {
        self.options = options
        self.references = references
    }

    /// Validates the model and writes it in one format. Throws `ModelValidationError` for an invalid model.
    public func render(_ agreement: Agreement, as format: OutputFormat) throws -> Data {
        try render(agreement, as: [format])[0].data
    }

    /// Validates the model once and writes it in each format, in the order given. The model is checked and laid
    /// out once, and the DOCX parts are written once when both `docx` and `flat-docx` are asked for.
    /// Throws `ModelValidationError` for an invalid model, `XMLWriterError` when a part cannot be written and
    /// `PackageError` when a ZIP package cannot be made.
    public func render(_ agreement: Agreement, as formats: [OutputFormat]) throws -> [(
        format: OutputFormat, data: Data
    )] {
        let issues = ModelValidator().issues(in: agreement)
        if !issues.isEmpty { throw ModelValidationError(issues: issues) }
        return try write(metadata: agreement.metadata, as: formats) { LayoutBuilder.layOut(agreement, firm: $0) }
    }

    /// Validates both models of a parallel document and writes it in each format, in the order given: the main
    /// language in the left column, the second in the right (see `ParallelAgreement`). The document's properties
    /// are the main language's. Throws as `render(_:as:)` does.
    public func render(_ pair: ParallelAgreement, as formats: [OutputFormat]) throws -> [(
        format: OutputFormat, data: Data
    )] {
        // Each issue names its model's language: the two models' paths read alike.
        let issues = [pair.main, pair.second].flatMap { model in
            ModelValidator().issues(in: model).map {
                ModelIssue(path: $0.path, problem: $0.problem, language: model.metadata.language)
            }
        }
        if !issues.isEmpty { throw ModelValidationError(issues: issues) }
        return try write(metadata: pair.main.metadata, as: formats) { ParallelLayoutBuilder.layOut(pair, firm: $0) }
    }

    /// Writes the document in each format, laid out by `layOut` with the look of that format's reference (once
    /// per look: without references, once for all formats).
    func write(
        metadata: AgreementMetadata, as formats: [OutputFormat], layOut: (FirmLook?) -> LaidOutDocument
    ) throws -> [(format: OutputFormat, data: Data)] {
        var layouts: [(look: FirmLook?, document: LaidOutDocument)] = []
        func document(for format: OutputFormat) -> LaidOutDocument {
            let look = references.look(for: format)
            if let done = layouts.first(where: { $0.look == look }) { return done.document }
            let document = layOut(look)
            layouts.append((look, document))
            return document
        }
        var docxParts: [PackagePart]?
        func wordParts() throws -> [PackagePart] {
            if let docxParts { return docxParts }
            let parts = try DOCXWriter(document: document(for: .docx), metadata: metadata, options: options).parts()
            docxParts = parts
            return parts
        }
        var out: [(format: OutputFormat, data: Data)] = []
        for format in formats {
            switch format {
            case .docx:
                out.append((format, try ZipPackage.archive(try wordParts(), options: options)))
            case .flatDocx:
                out.append((format, try FlatOPCWriter.write(try wordParts())))
            case .odt:
                let writer = ODFWriter(document: document(for: format), metadata: metadata, options: options)
                out.append((format, try ZipPackage.archive(try writer.parts(), options: options)))
            case .fodt:
                let writer = ODFWriter(document: document(for: format), metadata: metadata, options: options)
                out.append((format, try writer.flatDocument()))
            }
        }
        return out
    }
}

extension DocumentRenderer {
    /// Validates two models and writes the redline of `old` to `new` in each format: the new agreement with tracked
    /// changes by `author` against the old one, dated with the render timestamp (see `Redline`). Also returns the
    /// changed clauses. Throws as `render(_:as:)` does.
    public func renderRedline(
        from old: Agreement, to new: Agreement, author: String, as formats: [OutputFormat]
    ) throws -> (files: [(format: OutputFormat, data: Data)], changes: [RedlineChange]) {
        let issues = ModelValidator().issues(in: old) + ModelValidator().issues(in: new)
        if !issues.isEmpty { throw ModelValidationError(issues: issues) }
        var changes: [RedlineChange] = []
        let files = try write(metadata: new.metadata, as: formats) { look in
            let redline = Redline(
                old: LayoutBuilder.layOut(old, firm: look), new: LayoutBuilder.layOut(new, firm: look), author: author)
            changes = redline.changes
            return redline.document
        }
        return (files, changes)
    }
}
