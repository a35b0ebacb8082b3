internal import CLibXML2
import Foundation
import Testing

@testable import AgreementKit

/// `XMLWriter` writes the bytes libxml2's `xmlTextWriter` wrote for the same calls: the writers used libxml2 until
/// the Swift writer replaced it for speed, and every document must stay byte for byte the same. Calls are generated
/// from a fixed seed, with text and attribute values drawn from the characters escaping treats differently.
@Suite("The XML writer matches libxml2's")
struct XMLWriterParityTests {
    /// A small deterministic generator (SplitMix64), so a failure repeats.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Pieces of text: every character either escaping handles (`< > & " '`, LF, CR, tab), plain ASCII, Latin
    /// letters with and without combining marks, the dashes and spaces of legal text, symbols and emoji (two, three
    /// and four UTF-8 bytes), and sequences that look like markup or references.
    static let pieces = [
        "<", ">", "&", "\"", "'", "\n", "\r", "\r\n", "\t", " ", "  ", "a", "Avtal", "§ 3", "å", "Ä", "ö", "e\u{301}",
        "ø", "æ", "\u{A0}", "\u{202F}", "–", "—", "…", "•", "€", "✓", "😀", "👩‍⚖️", "🇸🇪", "\u{2028}", "\u{FFFD}",
        "&amp;", "&#10;", "]]>", "<!--", "?>", "{{x}}", "*y*", "1.5", "",
    ]

    static func text(_ generator: inout Generator) -> String {
        (0..<generator.below(6)).map { _ in pieces[generator.below(pieces.count)] }.joined()
    }

    static let names = ["w:p", "w:r", "w:t", "text:p", "text:span", "a", "office:document-content"]
    static let attributeNames = ["w:val", "xml:space", "text:style-name", "v"]

    /// Runs the same generated calls on both writers and returns both results.
    static func both(seed: UInt64) throws -> (swift: Data, libxml2: Data) {
        var generator = Generator(state: seed)
        let swift = try XMLWriter()
        let reference = try LibXML2TextWriter()
        func each(_ call: (XMLWriter) throws -> Void, _ old: (LibXML2TextWriter) throws -> Void) throws {
            try call(swift)
            try old(reference)
        }
        if generator.below(4) != 0 { try each({ try $0.declaration() }, { try $0.declaration() }) }
        if generator.below(3) == 0 {
            try each(
                { try $0.processingInstruction("mso-application", "progid=\"Word.Document\"") },
                { try $0.processingInstruction("mso-application", "progid=\"Word.Document\"") })
        }
        var depth = 0
        var mayTakeAttributes = false
        for _ in 0..<(20 + generator.below(60)) {
            let roll = generator.below(10)
            switch roll {
            case 0...2:
                let name = names[generator.below(names.count)]
                try each({ try $0.start(name) }, { try $0.start(name) })
                depth += 1
                mayTakeAttributes = true
            case 3...4 where mayTakeAttributes:
                let name = attributeNames[generator.below(attributeNames.count)]
                let value = text(&generator)
                try each({ try $0.attribute(name, value) }, { try $0.attribute(name, value) })
            case 5...6 where depth > 0:
                let value = text(&generator)
                try each({ try $0.text(value) }, { try $0.text(value) })
                mayTakeAttributes = false
            case 7 where depth > 0:
                let part = Data("<?xml version=\"1.0\"?>\n<x y=\"1\">z</x>\n".utf8)
                try each({ try $0.embed(part: part) }, { try $0.embed(part: part) })
                mayTakeAttributes = false
            default:
                if depth > 0 {
                    try each({ try $0.end() }, { try $0.end() })
                    depth -= 1
                    mayTakeAttributes = false
                }
            }
        }
        for _ in 0..<depth { try each({ try $0.end() }, { try $0.end() }) }
        return (try swift.finish(), try reference.finish())
    }

    @Test func generatedCallsGiveTheSameBytes() throws {
        var differing: [UInt64] = []
        var nonASCIIAttributes = 0
        for seed in UInt64(1)...2000 {
            let (swift, libxml2) = try Self.both(seed: seed)
            if swift != libxml2 { differing.append(seed) }
            if swift.range(of: Data("&#x".utf8)) != nil { nonASCIIAttributes += 1 }
        }
        #expect(differing.isEmpty, "seeds giving different bytes: \(differing.prefix(10))")
        // Both branches of attribute escaping were reached: with and without a declaration.
        #expect(nonASCIIAttributes > 50)
    }

    @Test func theFirstDifferenceIsShownForASeed() throws {
        let (swift, libxml2) = try Self.both(seed: 7)
        #expect(String(decoding: swift, as: UTF8.self) == String(decoding: libxml2, as: UTF8.self))
        #expect(!swift.isEmpty)
    }

    @Test func emptyTextAndNoContentDiffer() throws {
        let xml = try XMLWriter()
        try xml.element("a", text: "")
        try xml.element("b")
        #expect(String(decoding: try xml.finish(), as: UTF8.self) == "<a></a><b/>")
    }

    /// Every character XML 1.0 forbids is refused, in text and in attributes, wherever it stands in the value, and
    /// nothing of the refused value is left in the part; its neighbours (U+FFFD, U+FFEF, tab, LF, CR) are written.
    @Test func forbiddenCharactersAreRefusedLeavingNothingBehind() throws {
        let forbidden =
            (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { Unicode.Scalar(UInt8($0)) }
            + ["\u{FFFE}", "\u{FFFF}"]
        for scalar in forbidden {
            for value in ["\(scalar)", "a<b & \(scalar)", "åäö\(scalar)x", "\u{FFFD}\(scalar)"] {
                let xml = try XMLWriter()
                try xml.declaration()
                try xml.start("a")
                #expect(throws: XMLWriterError.self) { try xml.attribute("v", value) }
                try xml.attribute("w", "1")
                #expect(throws: XMLWriterError.self) { try xml.text(value) }
                try xml.end()
                let text = String(decoding: try xml.finish(), as: UTF8.self)
                #expect(text.hasSuffix("?>\n<a w=\"1\"/>"), "\(XMLCharacters.describe(scalar)): \(text)")
            }
        }
        let xml = try XMLWriter()
        try xml.element("a", ["v": "\u{FFFD}\u{FFEF}\u{EFFF}"], text: "\u{FFFD}\u{FFEF}\t\n\r")
        #expect(
            String(decoding: try xml.finish(), as: UTF8.self)
                == "<a v=\"&#xFFFD;&#xFFEF;&#xEFFF;\">\u{FFFD}\u{FFEF}\t\n&#13;</a>")
    }

    @Test func misuseIsRefused() throws {
        let xml = try XMLWriter()
        #expect(throws: XMLWriterError.self) { try xml.end() }
        #expect(throws: XMLWriterError.self) { try xml.start("") }
        try xml.start("a")
        try xml.text("t")
        #expect(throws: XMLWriterError.self) { try xml.attribute("v", "1") }
        #expect(throws: XMLWriterError.self) { try xml.processingInstruction("XML", "x") }
        #expect(throws: XMLWriterError.self) { try xml.declaration() }
        #expect(throws: XMLWriterError.self) { _ = try xml.finish() }
    }
}

/// The XML writer as it was, through libxml2's `xmlTextWriter`: the reference `XMLWriter` must match byte for byte.
/// Only what the parity test calls is kept.
private final class LibXML2TextWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private var depth = 0

    /// Creates a writer into memory.
    init() throws {
        LibXML2.ready
        buffer = xmlBufferCreate()
        guard let buffer, let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw XMLWriterError.misuse("xmlNewTextWriterMemory")
        }
        self.writer = writer
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a line feed.
    func declaration() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", "yes"), "xmlTextWriterStartDocument")
    }

    /// Opens an element.
    func start(_ name: String) throws {
        try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement")
        depth += 1
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
    }

    /// Writes escaped text.
    func text(_ value: String) throws {
        try check(xmlTextWriterWriteString(writer, value), "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element; an element without content is written `<a/>`.
    func end() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
        depth -= 1
    }

    /// Writes a processing instruction such as `<?mso-application progid="Word.Document"?>`.
    func processingInstruction(_ target: String, _ content: String) throws {
        try check(xmlTextWriterWritePI(writer, target, content), "xmlTextWriterWritePI")
    }

    /// Copies an XML part this program wrote into the current element, without its XML declaration.
    /// Only for embedding parts that went through an `XMLWriter` already (Flat OPC); never for user text.
    func embed(part data: Data) throws {
        var body = data[...]
        if body.starts(with: Data("<?xml".utf8)), let end = body.firstIndex(of: UInt8(ascii: ">")) {
            body = body[(end + 1)...]
        }
        while let first = body.first, first == 0x0A || first == 0x0D { body = body.dropFirst() }
        while let last = body.last, last == 0x0A || last == 0x0D { body = body.dropLast() }
        let text = String(decoding: body, as: UTF8.self)
        try check(xmlTextWriterWriteRaw(writer, text), "xmlTextWriterWriteRaw")
    }

    /// Closes every open element, flushes, and returns the bytes written. The writer cannot be used afterwards.
    func finish() throws -> Data {
        guard depth == 0 else { throw XMLWriterError.unbalanced(depth) }
        if let writer {
            xmlTextWriterFlush(writer)
            xmlFreeTextWriter(writer)
        }
        writer = nil
        guard let buffer else { throw XMLWriterError.misuse("xmlBuffer") }
        let length = Int(xmlBufferLength(buffer))
        let data = length == 0 ? Data() : Data(bytes: xmlBufferContent(buffer), count: length)
        xmlBufferFree(buffer)
        self.buffer = nil
        return data
    }

    private func check(_ result: Int32, _ call: String) throws {
        if result < 0 { throw XMLWriterError.misuse(call) }
    }
}
