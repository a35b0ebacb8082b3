import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Reading XML parts of a reference into a tree and writing them back: empty attributes, text split by CDATA and
/// comments, processing instructions left out, `xml:` attributes kept, and a namespace the part does not declare
/// refused.
@Suite("XML tree: reading and writing back")
struct XMLTreeEdgeTests {
    @Test func emptyAttributesCDATAAndCommentsAreReadAsTheTextTheyShow() throws {
        let root = try XMLTree.parse(
            Data(
                "<a b=\"\" xml:space=\"preserve\">x<!-- note --><![CDATA[<y>]]>z<?pi data?><c/>&lt;</a>".utf8))
        #expect(root.attribute("", "b") == "")
        #expect(root.attribute(XMLTree.xmlNamespace, "space") == "preserve")
        #expect(root.children.count == 3)
        guard case .text(let first) = root.children.first else {
            Issue.record("\(root.children)")
            return
        }
        #expect(first == "x<y>z", "adjacent text, CDATA and text are one text; the comment and PI are left out")
        #expect(root.elements.map(\.name) == ["c"])
        #expect(root.text == "x<y>z<")
    }

    @Test func aTreeIsWrittenBackWithTheGivenPrefixes() throws {
        let root = try XMLTree.parse(
            Data("<w:p xmlns:w=\"urn:w\" xml:lang=\"sv\" plain=\"1\"><w:r><w:t>a &amp; b</w:t></w:r></w:p>".utf8))
        let xml = try XMLWriter()
        try xml.write(root, prefixes: ["urn:w": "v"])
        #expect(
            String(decoding: try xml.finish(), as: UTF8.self)
                == "<v:p xml:lang=\"sv\" plain=\"1\"><v:r><v:t>a &amp; b</v:t></v:r></v:p>")
    }

    @Test func aNamespaceWithoutPrefixIsRefused() throws {
        let root = try XMLTree.parse(Data("<w:p xmlns:w=\"urn:w\"><x:y xmlns:x=\"urn:x\"/></w:p>".utf8))
        let xml = try XMLWriter()
        #expect {
            try xml.write(root, prefixes: ["urn:w": "w"])
        } throws: { error in
            (error as? XMLWriterError)?.description.contains("urn:x") == true
        }
    }
}
