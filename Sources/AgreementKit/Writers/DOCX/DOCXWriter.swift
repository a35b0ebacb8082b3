import Foundation
// PLACEHOLDER — replaced by the real writer.
struct DOCXWriter {
    let agreement: Agreement
    let layout: DocumentLayout
    let options: RenderOptions
    func parts() throws -> [PackagePart] { throw XMLWriterError.libxml("DOCX writer not yet written") }
}
