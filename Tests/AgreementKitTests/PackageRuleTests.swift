import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("Package rules, determinism, Flat OPC")
struct PackageRuleTests {
    @Test func odtMimetypeFirstAndStored() throws {
        let package = try PackageContents(try Samples.render(.odt))
        let first = try #require(package.entries.first)
        #expect(first.name == "mimetype")
        #expect(first.stored)
        #expect(String(decoding: first.data, as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func odtManifestListsEveryPart() throws {
        let package = try PackageContents(try Samples.render(.odt))
        let manifest = try #require(package.text("META-INF/manifest.xml"))
        var listed: Set<String> = []
        var rest = manifest[...]
        while let r = rest.range(of: "manifest:full-path=\"") {
            let end = rest.range(of: "\"", range: r.upperBound..<rest.endIndex)!
            listed.insert(String(rest[r.upperBound..<end.lowerBound]))
            rest = rest[end.upperBound...]
        }
        let entries = Set(package.names).subtracting(["mimetype", "META-INF/manifest.xml"])
        #expect(listed.subtracting(["/"]) == entries)
        #expect(listed.contains("/"))
    }

    @Test func docxContentTypesAndRelationshipsAreComplete() throws {
        let package = try PackageContents(try Samples.render(.docx))
        let types = try #require(package.text("[Content_Types].xml"))
        for name in package.names where name != "[Content_Types].xml" {
            let ext = name.split(separator: "/").last.flatMap { $0.split(separator: ".").last.map(String.init) } ?? ""
            #expect(
                types.contains("PartName=\"/\(name)\"") || types.contains("Extension=\"\(ext)\""),
                "no content type for \(name)")
        }
        for rels in package.names where rels.hasSuffix(".rels") {
            let text = try #require(package.text(rels))
            let source = ((rels as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            var rest = text[...]
            while let r = rest.range(of: "Target=\"") {
                let end = rest.range(of: "\"", range: r.upperBound..<rest.endIndex)!
                let target = String(rest[r.upperBound..<end.lowerBound])
                let full =
                    target.hasPrefix("/")
                    ? String(target.dropFirst()) : (source.isEmpty ? target : "\(source)/\(target)")
                #expect(package.names.contains(full), "\(rels) targets missing part \(full)")
                rest = rest[end.upperBound...]
            }
        }
        #expect(package.names.first == "[Content_Types].xml")
        #expect(package.names.contains("word/comments.xml"))
        #expect(package.names.contains("docProps/custom.xml"))
    }

    @Test(arguments: OutputFormat.allCases)
    func sameModelSameBytes(format: OutputFormat) throws {
        let a = try Samples.render(format)
        let b = try Samples.render(format)
        #expect(a == b)
        let later = try DocumentRenderer(options: RenderOptions(timestamp: Samples.options.timestamp + 86400)).render(
            try Samples.agreement(), as: format)
        #expect(later != a, "the timestamp should reach the \(format) output")
    }

    @Test func flatOPCHoldsExactlyTheDOCXParts() throws {
        let package = try PackageContents(try Samples.render(.docx))
        let flat = Samples.flatOPCParts(try Samples.render(.flatDocx))
        let declaration = Data("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8)
        #expect(Set(flat.map(\.name)) == Set(package.names).subtracting(["[Content_Types].xml"]))
        for part in flat {
            let original = try #require(package[part.name])
            var body = original.starts(with: declaration) ? original.dropFirst(declaration.count) : original[...]
            while body.last == 0x0A { body = body.dropLast() }
            #expect(Data(body) == part.data, "\(part.name) differs between the DOCX and the Flat OPC")
        }
    }
}

@Suite("Rendering several forms at once")
struct MultiFormatRenderTests {
    @Test func renderingAllFormsAtOnceGivesTheSameBytesAsOneByOne() throws {
        let agreement = try Samples.agreement()
        let renderer = DocumentRenderer(options: Samples.options)
        let together = try renderer.render(agreement, as: [.flatDocx, .odt, .docx, .fodt])
        #expect(together.map(\.format) == [.flatDocx, .odt, .docx, .fodt])
        for item in together {
            #expect(item.data == (try renderer.render(agreement, as: item.format)), "\(item.format) differs")
        }
    }
}
