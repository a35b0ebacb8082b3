import Foundation

extension ReferenceDocuments {
    /// The notes to show when only one kind of reference was given and `formats` include the other kind, whose
    /// documents keep the default look.
    public func notes(for formats: [OutputFormat]) -> [Message] {
        guard !isEmpty else { return [] }
        var notes: [Message] = []
        if docx == nil, formats.contains(where: { $0 == .docx || $0 == .flatDocx }) {
            notes.append(Message(.referenceDefaultLook, ["kind": "DOCX"]))
        }
        if odf == nil, formats.contains(where: { $0 == .odt || $0 == .fodt }) {
            notes.append(Message(.referenceDefaultLook, ["kind": "ODT"]))
        }
        return notes
    }

    /// The look for documents of `format`: the DOCX reference's for DOCX and Flat OPC, the ODT reference's for
    /// ODT and FODT.
    func look(for format: OutputFormat) -> FirmLook? {
        switch format {
        case .docx, .flatDocx: return docx
        case .odt, .fodt: return odf
        }
    }
}

extension DocumentRenderer {
    /// The default reference document (`opi-agreement reference-doc`), as pandoc prints its `reference.docx`: a
    /// short document whose every paragraph and word uses one of the agreement's named styles and says which, on
    /// the default page, with an empty header and footer a firm can fill (a logo, an address). Restyled in Word or
    /// LibreOffice and given back with `--reference-doc`, it gives the agreements the firm's look.
    /// `format` is `.docx` or `.odt` (the flat forms are written too); `language` is the document's language.
    public static func defaultReference(_ format: OutputFormat, language: Language) throws -> Data {
        let vocabulary = Vocabulary(language)
        let metadata = AgreementMetadata(title: "opi-agreement reference", language: language, status: .final)
        let document = ReferenceDocuments.defaultReferenceDocument(vocabulary)
        let options = RenderOptions(timestamp: 315_532_800)
        switch format {
        case .docx:
            return try ZipPackage.archive(
                try DOCXWriter(document: document, metadata: metadata, options: options).parts(), options: options)
        case .flatDocx:
            return try FlatOPCWriter.write(
                try DOCXWriter(document: document, metadata: metadata, options: options).parts())
        case .odt:
            return try ZipPackage.archive(
                try ODFWriter(document: document, metadata: metadata, options: options).parts(), options: options)
        case .fodt:
            return try ODFWriter(document: document, metadata: metadata, options: options).flatDocument()
        }
    }
}
