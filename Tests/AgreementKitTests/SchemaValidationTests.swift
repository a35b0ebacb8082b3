import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Every part of every form validates against the official schemas, in-process through libxml2.
@Suite(
    "Official schemas",
    .enabled(if: TestEnvironment.runSchemaTests, "schemas missing (../shared/schemas or OPI_SCHEMAS_DIR)"))
struct SchemaValidationTests {
    static let models: [(String, Agreement)] = {
        var english = (try? Samples.agreement()) ?? Samples.small()
        english.metadata.language = .en
        english.metadata.status = .final
        return [
            ("sample", (try? Samples.agreement()) ?? Samples.small()), ("sample-en-final", english),
            ("small", Samples.small()),
        ]
    }()

    @Test(arguments: models.map(\.0))
    func docxPartsValidate(model: String) throws {
        let agreement = try #require(Self.models.first { $0.0 == model }?.1)
        let package = try PackageContents(try Samples.render(.docx, agreement))
        let problems = try Schemas.problems(docxParts: package.entries.map { ($0.name, $0.data) })
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: models.map(\.0))
    func flatOPCPartsValidate(model: String) throws {
        let agreement = try #require(Self.models.first { $0.0 == model }?.1)
        let parts = Samples.flatOPCParts(try Samples.render(.flatDocx, agreement))
        #expect(parts.count >= 8)
        let problems = try Schemas.problems(docxParts: parts)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: models.map(\.0))
    func odtPartsValidate(model: String) throws {
        let agreement = try #require(Self.models.first { $0.0 == model }?.1)
        let package = try PackageContents(try Samples.render(.odt, agreement))
        var problems: [String] = []
        for name in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
            let data = try #require(package[name], "missing \(name)")
            problems += try Schemas.odf.get().problems(in: data, name: name)
        }
        let manifest = try #require(package["META-INF/manifest.xml"])
        problems += try Schemas.odfManifest.get().problems(in: manifest, name: "META-INF/manifest.xml")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: models.map(\.0))
    func flatODTValidates(model: String) throws {
        let agreement = try #require(Self.models.first { $0.0 == model }?.1)
        let problems = try Schemas.odf.get().problems(in: try Samples.render(.fodt, agreement), name: "sample.fodt")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    /// The draft watermark's VML in both DOCX headers validates against the VML schemas, which `wml.xsd` leaves
    /// unchecked: each `v:shapetype` and `v:shape` is cut out and validated as a document of its own.
    @Test func docxWatermarkShapesValidateAgainstVML() throws {
        let package = try PackageContents(try Samples.render(.docx, Samples.small()))
        let namespaces =
            "xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            + "xmlns:w10=\"urn:schemas-microsoft-com:office:word\""
        var problems: [String] = []
        var shapes = 0
        for name in [DOCXPartName.header, DOCXPartName.firstPageHeader] {
            let xml = try #require(package.text(name))
            for element in ["v:shapetype", "v:shape"] {
                let start = try #require(xml.range(of: "<\(element) "), "\(name): no \(element)")
                let end = try #require(xml.range(of: "</\(element)>", range: start.upperBound..<xml.endIndex))
                let fragment = "<\(element) \(namespaces) " + xml[start.upperBound..<end.upperBound]
                problems += try Schemas.vml.get().problems(in: Data(fragment.utf8), name: "\(name) \(element)")
                shapes += 1
            }
        }
        #expect(shapes == 4)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        // The check can fail: an attribute VML does not define is reported.
        let wrong = "<v:shape \(namespaces) fillcolour=\"#D9D9D9\"/>"
        #expect(!(try Schemas.vml.get().problems(in: Data(wrong.utf8), name: "wrong")).isEmpty)
    }

    @Test func validatorReportsInvalidDocuments() throws {
        let bad = Data(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:nonsense/></w:document>"
                .utf8)
        #expect(!(try Schemas.wml.get().problems(in: bad)).isEmpty)
        #expect(!(try Schemas.odf.get().problems(in: Data("<a/>".utf8))).isEmpty)
        #expect(!(try Schemas.wml.get().problems(in: Data("<a>".utf8))).isEmpty)
    }
}
