import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The main XML parts of the sample, compared with golden files (re-record with `OPI_RECORD_GOLDENS=1 swift test`).
@Suite("Golden XML parts")
struct GoldenTests {
    @Test(arguments: [
        "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/comments.xml", "word/header1.xml",
        "word/footer1.xml", "docProps/core.xml", "docProps/custom.xml", "[Content_Types].xml",
        "word/_rels/document.xml.rels",
    ])
    func docxPart(name: String) throws {
        let package = try PackageContents(try Samples.render(.docx))
        let data = try #require(package[name], "the DOCX has no \(name)")
        try Golden.check(data, as: "docx/" + name.replacingOccurrences(of: "/", with: "_"))
    }

    @Test(arguments: ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    func odtPart(name: String) throws {
        let package = try PackageContents(try Samples.render(.odt))
        let data = try #require(package[name], "the ODT has no \(name)")
        try Golden.check(data, as: "odt/" + name.replacingOccurrences(of: "/", with: "_"))
    }
}
