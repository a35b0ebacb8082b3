import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("The XML writer")
struct XMLWriterTests {
    @Test func escapesTextAndAttributes() throws {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("a", ["v": "\"<&>'\n"], text: "<b>&amp; {{x}} *y*")
        let text = String(decoding: try xml.finish(), as: UTF8.self)
        #expect(text.contains("<a v=\"&quot;&lt;&amp;&gt;'&#10;\">&lt;b&gt;&amp;amp; {{x}} *y*</a>"))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
    }

    @Test func refusesForbiddenCharactersNamingTheOrigin() throws {
        let xml = try XMLWriter()
        xml.origin = "clause 'x' heading"
        try xml.start("p")
        #expect {
            try xml.text("a\u{1}b")
        } throws: { error in
            (error as? XMLWriterError)?.description.contains("clause 'x' heading") == true
                && (error as? XMLWriterError)?.description.contains("U+0001") == true
        }
        #expect(throws: XMLWriterError.self) { try xml.attribute("v", "\u{FFFF}") }
    }

    @Test func keepsAllowedUnicode() throws {
        let xml = try XMLWriter()
        try xml.element("p", text: "åäö 😀 שלום \t")
        #expect(String(decoding: try xml.finish(), as: UTF8.self) == "<p>åäö 😀 שלום \t</p>")
    }

    @Test func forbiddenCharacterInModelIsRefusedBeforeWriting() throws {
        let agreement = Samples.small(text: "bad \u{0B} char")
        #expect(throws: ModelValidationError.self) {
            _ = try DocumentRenderer(options: Samples.options).render(agreement, as: .docx)
        }
    }

    @Test func writersThemselvesRefuseForbiddenCharactersNamingTheClause() throws {
        var agreement = Samples.small()
        agreement.blocks[1] = .clause(Clause(id: "a", heading: [.text("Bad\u{1}heading")], body: []))
        let document = LayoutBuilder.layOut(agreement)
        let metadata = agreement.metadata
        for attempt in [
            { _ = try DOCXWriter(document: document, metadata: metadata, options: Samples.options).parts() },
            { _ = try ODFWriter(document: document, metadata: metadata, options: Samples.options).parts() },
        ] as [() throws -> Void] {
            #expect {
                try attempt()
            } throws: { error in
                let text = (error as? XMLWriterError)?.description ?? ""
                return text.contains("clause 'a'") && text.contains("U+0001")
            }
        }
    }
}
