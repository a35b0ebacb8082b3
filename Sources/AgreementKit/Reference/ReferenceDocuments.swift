import Foundation

/// A firm's reference documents (`--reference-doc`), read once: a DOCX reference styles the DOCX and Flat OPC
/// documents, an ODT reference the ODT and FODT documents. Without one of a kind, that kind keeps the default look.
public struct ReferenceDocuments: Sendable, Equatable {
    /// The look of the DOCX documents, if a DOCX reference was given.
    var docx: FirmLook?
    /// The look of the ODF documents, if an ODT reference was given.
    var odf: FirmLook?

    /// No reference: every document has the default look.
    public init() {}

    /// Whether no reference was given.
    public var isEmpty: Bool { docx == nil && odf == nil }

    /// Reads the reference documents at `paths` (at most one `.docx` and one `.odt`). Throws `ReferenceError` for a
    /// file of another kind, two of a kind or a file that is not a usable reference, and `FileError` when a file
    /// cannot be read.
    public static func load(_ paths: [String]) throws -> ReferenceDocuments {
        var documents = ReferenceDocuments()
        var given: [String: String] = [:]
        for path in paths {
            let kind = ReferencePackage.fileExtension(path)
            guard kind == "docx" || kind == "odt" else {
                throw ReferenceError(file: path, kind: kind.uppercased(), problem: .unknownKind)
            }
            if let other = given[kind] {
                throw ReferenceError(file: path, kind: kind.uppercased(), problem: .twice(other: other))
            }
            given[kind] = path
            let data = try FileAccess.read(path)
            if kind == "docx" {
                documents.docx = try read(docx: data, file: path)
            } else {
                documents.odf = try read(odt: data, file: path)
            }
        }
        return documents
    }

    /// Reads a DOCX reference from its bytes; `file` names it in errors.
    static func read(docx data: Data, file: String) throws(ReferenceError) -> FirmLook {
        var reader = DOCXReferenceReader(package: try package(data, file: file, kind: "DOCX"))
        return try reader.read()
    }

    /// Reads an ODT reference from its bytes; `file` names it in errors.
    static func read(odt data: Data, file: String) throws(ReferenceError) -> FirmLook {
        var reader = ODFReferenceReader(package: try package(data, file: file, kind: "ODT"))
        return try reader.read()
    }

    private static func package(_ data: Data, file: String, kind: String) throws(ReferenceError) -> ReferencePackage {
        do {
            return ReferencePackage(file: file, kind: kind, entries: try ZipPackageReader.entries(data))
        } catch {
            throw ReferenceError(file: file, kind: kind, problem: .notPackage(reason: error.reason))
        }
    }
}
