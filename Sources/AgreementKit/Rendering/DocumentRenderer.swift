import Foundation

/// Turns a model into the bytes of any output format: the library's entry point for writing.
public struct DocumentRenderer: Sendable {
    /// Options that affect the bytes written.
    public var options: RenderOptions
    /// A firm's reference documents: the look of the DOCX and of the ODF documents.
    public var references: ReferenceDocuments
    /// Whether the forms are written on every core at once (true by default). Each form's bytes are the same either
    /// way; a caller that already renders several documents at once (a batch) sets it false.
    public var concurrent = true

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
    ///
    /// The layouts are made first, in format order, on the calling thread (`layOut` may record what it did). The
    /// formats are then written on every core at once: the DOCX parts once for `docx` and `flat-docx` together, each
    /// ODF form on its own. Each form's bytes do not depend on the others, so the result is the same as one after
    /// the other; when several fail, the error is that of the first failing format in the order given. Without
    /// `concurrent` they are written one after the other.
    func write(
        metadata: AgreementMetadata, as formats: [OutputFormat], layOut: (FirmLook?) -> LaidOutDocument
    ) throws -> [(format: OutputFormat, data: Data)] {
        var layouts: [(look: FirmLook?, document: LaidOutDocument)] = []
        for format in formats {
            let look = references.look(for: format)
            if !layouts.contains(where: { $0.look == look }) { layouts.append((look, layOut(look))) }
        }
        let documents = formats.map { format in
            let look = references.look(for: format)
            return layouts.first(where: { $0.look == look })!.document
        }
        // The pieces of work: the positions in `formats` each writes. Word's two forms share their parts.
        let word = formats.indices.filter { formats[$0] == .docx || formats[$0] == .flatDocx }
        let jobs = (word.isEmpty ? [] : [word]) + formats.indices.filter { !word.contains($0) }.map { [$0] }
        let options = self.options
        let write: @Sendable (Int) -> [Result<Data, any Error>] = { job in
            let positions = jobs[job]
            let first = positions[0]
            guard job == 0, !word.isEmpty else {
                let writer = ODFWriter(document: documents[first], metadata: metadata, options: options)
                return [
                    Result {
                        formats[first] == .odt
                            ? try ZipPackage.archive(try writer.parts(), options: options) : try writer.flatDocument()
                    }
                ]
            }
            let parts: [PackagePart]
            do {
                parts = try DOCXWriter(document: documents[first], metadata: metadata, options: options).parts()
            } catch {
                return positions.map { _ in .failure(error) }
            }
            return positions.map { position in
                Result {
                    formats[position] == .docx
                        ? try ZipPackage.archive(parts, options: options) : try FlatOPCWriter.write(parts)
                }
            }
        }
        let written = concurrent ? ParallelWork.now(jobs.count, write) : jobs.indices.map(write)
        var data = [Result<Data, any Error>?](repeating: nil, count: formats.count)
        for (job, positions) in jobs.enumerated() {
            for (position, result) in zip(positions, written[job]) { data[position] = result }
        }
        return try formats.indices.map { (formats[$0], try data[$0]!.get()) }
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
