internal import CLibXML2
import Foundation

/// Writes one XML part through libxml2's `xmlTextWriter`: the single place where escaping and well-formedness live.
///
/// Element and attribute names come from the writers' code; attribute values and text may come from users and are
/// always escaped. Characters XML 1.0 forbids are refused with an error naming the model element (`origin`).
final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private var buffer: xmlBufferPtr?
    private var depth = 0
    /// The model element being written, for error messages ("clause 'results', heading").
    var origin = "document"

    /// Creates a writer into memory.
    init() throws {
        LibXML2.ready
        buffer = xmlBufferCreate()
        guard let buffer, let writer = xmlNewTextWriterMemory(buffer, 0) else {
            throw XMLWriterError.libxml("xmlNewTextWriterMemory")
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
        try allowed(value, in: "the attribute \(name)")
        try check(xmlTextWriterWriteAttribute(writer, name, value), "xmlTextWriterWriteAttribute")
    }

    /// Writes escaped text.
    func text(_ value: String) throws {
        try allowed(value, in: "text")
        try check(xmlTextWriterWriteString(writer, value), "xmlTextWriterWriteString")
    }

    /// Closes the innermost open element; an element without content is written `<a/>`.
    func end() throws {
        try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
        depth -= 1
    }

    /// Writes an element with attributes and optional text, and closes it.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try end()
    }

    /// Writes an element with attributes, runs `content` inside it, and closes it.
    func element(
        _ name: String, _ attributes: KeyValuePairs<String, String> = [:], content: () throws -> Void
    ) throws {
        try start(name)
        for (key, value) in attributes { try attribute(key, value) }
        try content()
        try end()
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
        guard let buffer else { throw XMLWriterError.libxml("xmlBuffer") }
        let length = Int(xmlBufferLength(buffer))
        let data = length == 0 ? Data() : Data(bytes: xmlBufferContent(buffer), count: length)
        xmlBufferFree(buffer)
        self.buffer = nil
        return data
    }

    /// Refuses a value with a character XML forbids; `place` is only made for the message.
    private func allowed(_ value: String, in place: @autoclosure () -> String) throws {
        if let bad = XMLCharacters.firstForbidden(in: value) {
            throw XMLWriterError.forbiddenCharacter(bad, place: place(), origin: origin)
        }
    }

    private func check(_ result: Int32, _ call: String) throws {
        if result < 0 { throw XMLWriterError.libxml(call) }
    }
}
