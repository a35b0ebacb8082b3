import Foundation

/// Writes one XML part into memory: the single place where escaping and well-formedness live.
///
/// Element and attribute names come from the writers' code; attribute values and text may come from users and are
/// always escaped. Characters XML 1.0 forbids are refused with an error naming the model element (`origin`).
///
/// The bytes are those libxml2's `xmlTextWriter` (2.9) writes for the same calls, which the writers used before:
/// the same escapes (`&lt; &gt; &amp; &quot;` and `&#13;` in text; those and `&#10; &#9;` in attribute values), `<a/>`
/// for an element without content and `<a></a>` once text, even empty text, was written in it, and non-ASCII
/// attribute values as character references only in a part without a declaration. `XMLWriterParityTests`
/// compares the two on generated calls.
final class XMLWriter {
    private var bytes: [UInt8] = []
    /// The names of the open elements, innermost last.
    private var open: [String] = []
    /// The innermost element's start tag is not yet closed with `>`: attributes may follow.
    private var startTagOpen = false
    /// A declaration named the encoding, so attribute values keep non-ASCII characters as they are.
    private var declared = false
    /// The model element being written, for error messages ("clause 'results', heading").
    var origin = "document"

    /// Creates a writer into memory.
    init() throws {
        bytes.reserveCapacity(1 << 14)
    }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a line feed.
    func declaration() throws {
        guard bytes.isEmpty, open.isEmpty else { throw XMLWriterError.misuse("a declaration after content") }
        bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#.utf8)
        bytes.append(0x0A)
        declared = true
    }

    /// Opens an element.
    func start(_ name: String) throws {
        try named(name)
        closeStartTag()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        open.append(name)
        startTagOpen = true
    }

    /// Writes an attribute of the element just opened.
    func attribute(_ name: String, _ value: String) throws {
        try named(name)
        guard startTagOpen else { throw XMLWriterError.misuse("the attribute \(name) outside a start tag") }
        let mark = bytes.count
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        guard appendEscaped(value, attribute: true) else {
            bytes.removeSubrange(mark...)
            throw forbidden(in: value, place: "the attribute \(name)")
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes escaped text.
    func text(_ value: String) throws {
        let (mark, wasOpen) = (bytes.count, startTagOpen)
        closeStartTag()
        guard appendEscaped(value, attribute: false) else {
            bytes.removeSubrange(mark...)
            startTagOpen = wasOpen
            throw forbidden(in: value, place: "text")
        }
    }

    /// Closes the innermost open element; an element without content is written `<a/>`.
    func end() throws {
        guard let name = open.popLast() else { throw XMLWriterError.misuse("an end tag with no element open") }
        if startTagOpen {
            bytes.append(contentsOf: "/>".utf8)
            startTagOpen = false
        } else {
            bytes.append(contentsOf: "</".utf8)
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
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

    /// Writes a processing instruction such as `<?mso-application progid="Word.Document"?>`. Both parts come from
    /// the writers' code and are written as they are.
    func processingInstruction(_ target: String, _ content: String) throws {
        try named(target)
        guard target.lowercased() != "xml", !content.contains("?>") else {
            throw XMLWriterError.misuse("the processing instruction \(target)")
        }
        closeStartTag()
        bytes.append(contentsOf: "<?".utf8)
        bytes.append(contentsOf: target.utf8)
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: content.utf8)
        bytes.append(contentsOf: "?>".utf8)
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
        closeStartTag()
        bytes.append(contentsOf: body)
    }

    /// Returns the bytes written. Every element must be closed.
    func finish() throws -> Data {
        guard open.isEmpty else { throw XMLWriterError.unbalanced(open.count) }
        let data = Data(bytes)
        bytes = []
        return data
    }

    /// Ends a start tag that may still take attributes, before content follows.
    private func closeStartTag() {
        if startTagOpen {
            bytes.append(UInt8(ascii: ">"))
            startTagOpen = false
        }
    }

    /// Refuses an empty name, which would not be XML.
    private func named(_ name: String) throws {
        if name.isEmpty { throw XMLWriterError.misuse("an empty name") }
    }

    /// Appends `value` with the escapes of text or of an attribute value; runs without an escape are copied whole.
    /// Returns false, having appended part of it, when it holds a character XML forbids: a C0 control other than
    /// tab, line feed and carriage return, or U+FFFE or U+FFFF (`XMLCharacters.isAllowed`), found in the same pass.
    private func appendEscaped(_ value: String, attribute: Bool) -> Bool {
        var value = value
        return value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: StaticString?
                var scalarLength = 1
                switch byte {
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "\""): escape = "&quot;"
                case 0x0D: escape = "&#13;"
                case 0x0A where attribute: escape = "&#10;"
                case 0x09 where attribute: escape = "&#9;"
                case 0x09, 0x0A:
                    index += 1
                    continue
                case 0x00..<0x20: return false
                case 0xEF where index + 2 < utf8.count && utf8[index + 1] == 0xBF && utf8[index + 2] >= 0xBE:
                    return false
                case 0x80... where attribute && !declared:
                    escape = nil
                    scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                default:
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if let escape {
                    escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
                } else {
                    appendCharacterReference(utf8, at: index, length: scalarLength)
                }
                index += scalarLength
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            return true
        }
    }

    /// Appends `&#xHH;` (upper-case hex) for the UTF-8 sequence of `length` bytes at `index`.
    private func appendCharacterReference(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) {
        var scalar = UInt32(utf8[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(utf8[index + offset] & 0x3F) }
        bytes.append(contentsOf: "&#x".utf8)
        bytes.append(contentsOf: String(scalar, radix: 16, uppercase: true).utf8)
        bytes.append(UInt8(ascii: ";"))
    }

    /// The error for a value holding a character XML forbids (`appendEscaped` found one), naming the first one.
    private func forbidden(in value: String, place: String) -> XMLWriterError {
        let bad = XMLCharacters.firstForbidden(in: value)!
        return XMLWriterError.forbiddenCharacter(bad, place: place, origin: origin)
    }
}
