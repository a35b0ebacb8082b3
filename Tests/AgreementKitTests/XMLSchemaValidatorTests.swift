import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The in-process schema validator the package tests use, on small schemas of both languages: valid documents have
/// no problems, invalid ones name the line, text that is not XML says so, and a schema that cannot be compiled is
/// an error naming it.
@Suite("XML schema validator")
struct XMLSchemaValidatorTests {
    static let xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
          <xs:element name="clause"><xs:complexType><xs:sequence>
            <xs:element name="heading" type="xs:string"/>
          </xs:sequence><xs:attribute name="id" type="xs:ID" use="required"/></xs:complexType></xs:element>
        </xs:schema>
        """

    static let rng = """
        <element name="clause" xmlns="http://relaxng.org/ns/structure/1.0">
          <attribute name="id"/><element name="heading"><text/></element>
        </element>
        """

    /// A validator of `kind` compiled from `schema`, written to a temporary file.
    static func validator(_ kind: XMLSchemaValidator.Kind, _ schema: String) throws -> XMLSchemaValidator {
        let dir = try TestEnvironment.temporaryDirectory("schema-validator")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(kind == .xsd ? "schema.xsd" : "schema.rng")
        try Data(schema.utf8).write(to: file)
        return try XMLSchemaValidator(kind: kind, path: file.path)
    }

    @Test(arguments: [XMLSchemaValidator.Kind.xsd, .relaxNG])
    func validDocumentsHaveNoProblemsAndInvalidOnesNameTheLine(kind: XMLSchemaValidator.Kind) throws {
        let validator = try Self.validator(kind, kind == .xsd ? Self.xsd : Self.rng)
        #expect(validator.problems(in: Data("<clause id=\"a\"><heading>Avtal</heading></clause>".utf8)).isEmpty)
        let problems = validator.problems(
            in: Data("<clause id=\"a\">\n<title>Avtal</title></clause>".utf8), name: "word/document.xml")
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.hasPrefix("word/document.xml: line 2: ") }, "\(problems)")
    }

    @Test(arguments: [XMLSchemaValidator.Kind.xsd, .relaxNG])
    func textThatIsNotXMLIsSaidToBeSo(kind: XMLSchemaValidator.Kind) throws {
        let validator = try Self.validator(kind, kind == .xsd ? Self.xsd : Self.rng)
        let broken = validator.problems(in: Data("<clause id=\"a\">".utf8), name: "content.xml")
        #expect(broken.count == 1)
        #expect(broken.first?.hasPrefix("content.xml: not well-formed XML: ") == true, "\(broken)")
        let empty = validator.problems(in: Data(), name: "styles.xml")
        #expect(empty.count == 1)
        #expect(empty.first?.hasPrefix("styles.xml: not well-formed XML") == true, "\(empty)")
    }

    @Test(arguments: [XMLSchemaValidator.Kind.xsd, .relaxNG])
    func aSchemaThatCannotBeCompiledIsAnErrorNamingIt(kind: XMLSchemaValidator.Kind) throws {
        let dir = try TestEnvironment.temporaryDirectory("schema-validator-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.schema").path
        do {
            _ = try XMLSchemaValidator(kind: kind, path: missing)
            Issue.record("a missing schema was compiled")
        } catch let error as SchemaError {
            #expect(error.messages.first == "cannot compile \(missing)")
            #expect(error.description.hasPrefix("cannot compile \(missing)"))
        }
        let wrong = dir.appendingPathComponent("wrong.schema")
        try Data("<schema><nonsense/></schema>".utf8).write(to: wrong)
        do {
            _ = try XMLSchemaValidator(kind: kind, path: wrong.path)
            Issue.record("a wrong schema was compiled")
        } catch let error as SchemaError {
            #expect(error.messages.first == "cannot compile \(wrong.path)")
            #expect(error.messages.count > 1, "libxml2 says why")
        }
    }
}
