import Foundation
// PLACEHOLDER — replaced by the real writer.
struct ODFWriter {
    let agreement: Agreement
    let layout: DocumentLayout
    let options: RenderOptions
    func parts() throws -> [PackagePart] { throw XMLWriterError.libxml("ODF writer not yet written") }
    func flatDocument() throws -> Data { throw XMLWriterError.libxml("ODF writer not yet written") }
}
