import Foundation

/// Turns a model into the bytes of any output format: the library's entry point for writing.
public struct DocumentRenderer: Sendable {
    /// Options that affect the bytes written.
    public var options: RenderOptions

    /// Creates a renderer.
    public init(options: RenderOptions) {
        self.options = options
    }

    /// Validates the model and writes it in one format. Throws `ModelValidationError` for an invalid model.
    public func render(_ agreement: Agreement, as format: OutputFormat) throws -> Data {
        let issues = ModelValidator().issues(in: agreement)
        if !issues.isEmpty { throw ModelValidationError(issues: issues) }
        let layout = DocumentLayout(agreement)
        switch format {
        case .docx:
            return try ZipPackage.archive(DOCXWriter(agreement: agreement, layout: layout, options: options).parts(), options: options)
        case .flatDocx:
            return try FlatOPCWriter.write(DOCXWriter(agreement: agreement, layout: layout, options: options).parts())
        case .odt:
            return try ZipPackage.archive(ODFWriter(agreement: agreement, layout: layout, options: options).parts(), options: options)
        case .fodt:
            return try ODFWriter(agreement: agreement, layout: layout, options: options).flatDocument()
        }
    }
}
