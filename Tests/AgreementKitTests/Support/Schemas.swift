import Foundation
import TestSupport

@testable import AgreementKit

/// The official schemas compiled once per test run (ODF 1.3 RELAX NG, ECMA-376 transitional XSD, OPC).
enum Schemas {
    static func url(_ relative: String) -> String {
        TestEnvironment.schemasDirectory.appendingPathComponent(relative).path
    }

    static let odf = Result {
        try XMLSchemaValidator(kind: .relaxNG, path: url("odf/1.3/OpenDocument-v1.3-schema.rng"))
    }
    static let odfManifest = Result {
        try XMLSchemaValidator(kind: .relaxNG, path: url("odf/1.3/OpenDocument-v1.3-manifest-schema.rng"))
    }
    static let wml = Result { try XMLSchemaValidator(kind: .xsd, path: url("ooxml/wml-libxml2.xsd")) }
    static let contentTypes = Result { try XMLSchemaValidator(kind: .xsd, path: url("ooxml/opc/opc-contentTypes.xsd")) }
    static let relationships = Result {
        try XMLSchemaValidator(kind: .xsd, path: url("ooxml/opc/opc-relationships.xsd"))
    }
    static let core = Result { try XMLSchemaValidator(kind: .xsd, path: url("ooxml/opc-core-libxml2.xsd")) }
    static let extended = Result { try XMLSchemaValidator(kind: .xsd, path: url("ooxml/extended-libxml2.xsd")) }
    static let custom = Result { try XMLSchemaValidator(kind: .xsd, path: url("ooxml/custom-libxml2.xsd")) }
    /// ECMA-376 transitional VML (`v:`, `o:`, `w10:`), which `wml.xsd` accepts without checking (a lax wildcard in
    /// `w:pict`): a driver schema written to a temporary file imports the three unmodified VML schemas.
    static let vml = Result {
        let imports = [
            ("http://www.w3.org/XML/1998/namespace", "ooxml/w3c/xml.xsd"),
            ("urn:schemas-microsoft-com:vml", "ooxml/transitional/vml-main.xsd"),
            ("urn:schemas-microsoft-com:office:office", "ooxml/transitional/vml-officeDrawing.xsd"),
            ("urn:schemas-microsoft-com:office:word", "ooxml/transitional/vml-wordprocessingDrawing.xsd"),
        ]
        let driver =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"urn:x-local:vml-driver\">\n"
            + imports.map { "  <xsd:import namespace=\"\($0.0)\" schemaLocation=\"\(url($0.1))\"/>\n" }.joined()
            + "</xsd:schema>\n"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "opi-vml-driver-\(ProcessInfo.processInfo.processIdentifier).xsd")
        try Data(driver.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try XMLSchemaValidator(kind: .xsd, path: file.path)
    }

    /// The schema for a DOCX part name, as `validate-package` chooses it; nil for parts without one.
    static func forDOCXPart(_ name: String) throws -> XMLSchemaValidator? {
        if name == "[Content_Types].xml" { return try contentTypes.get() }
        if name.hasSuffix(".rels") { return try relationships.get() }
        if name == "docProps/core.xml" { return try core.get() }
        if name == "docProps/app.xml" { return try extended.get() }
        if name == "docProps/custom.xml" { return try custom.get() }
        if name.hasPrefix("word/") && name.hasSuffix(".xml") { return try wml.get() }
        return nil
    }

    /// Every schema problem in a DOCX package's parts.
    static func problems(docxParts parts: [(name: String, data: Data)]) throws -> [String] {
        var problems: [String] = []
        for part in parts {
            guard let schema = try forDOCXPart(part.name) else { continue }
            problems += schema.problems(in: part.data, name: part.name)
        }
        return problems
    }
}
