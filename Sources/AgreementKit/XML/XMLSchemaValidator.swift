internal import CLibXML2
import Foundation

/// Validates XML documents in-process with libxml2 against a W3C XML Schema (the ECMA-376 set) or a RELAX NG
/// schema (the ODF set). A compiled schema is reused for many documents.
final class XMLSchemaValidator: @unchecked Sendable {
    /// The schema language.
    enum Kind: Sendable { case xsd, relaxNG }

    private let kind: Kind
    private var xsd: xmlSchemaPtr?
    private var rng: xmlRelaxNGPtr?
    private let lock = NSLock()

    /// Compiles the schema at `path`; imports and includes are resolved relative to it, never over the network.
    init(kind: Kind, path: String) throws {
        self.kind = kind
        LibXML2.ready
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        switch kind {
        case .xsd:
            guard let parser = xmlSchemaNewParserCtxt(path) else {
                throw SchemaError(messages: ["cannot read \(path)"])
            }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, { ctx, error in ErrorCollector.collect(ctx, error) }, context)
            xsd = xmlSchemaParse(parser)
            if xsd == nil { throw SchemaError(messages: ["cannot compile \(path)"] + collector.messages) }
        case .relaxNG:
            guard let parser = xmlRelaxNGNewParserCtxt(path) else {
                throw SchemaError(messages: ["cannot read \(path)"])
            }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, { ctx, error in ErrorCollector.collect(ctx, error) }, context)
            rng = xmlRelaxNGParse(parser)
            if rng == nil { throw SchemaError(messages: ["cannot compile \(path)"] + collector.messages) }
        }
    }

    deinit {
        if let xsd { xmlSchemaFree(xsd) }
        if let rng { xmlRelaxNGFree(rng) }
    }

    /// The problems found in `data`; empty when it is well-formed and valid.
    func problems(in data: Data, name: String = "document") -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let collector = ErrorCollector()
        let context = Unmanaged.passUnretained(collector).toOpaque()
        let options = Int32(XML_PARSE_NONET.rawValue)
        let doc = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, nil, options)
        }
        guard let doc else {
            let last = xmlGetLastError().map {
                String(cString: $0.pointee.message).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return ["\(name): not well-formed XML" + (last.map { ": \($0)" } ?? "")]
        }
        defer { xmlFreeDoc(doc) }
        switch kind {
        case .xsd:
            guard let valid = xmlSchemaNewValidCtxt(xsd) else { return ["\(name): cannot create a validation context"] }
            defer { xmlSchemaFreeValidCtxt(valid) }
            xmlSchemaSetValidStructuredErrors(valid, { ctx, error in ErrorCollector.collect(ctx, error) }, context)
            let result = xmlSchemaValidateDoc(valid, doc)
            if result != 0 && collector.messages.isEmpty { return ["\(name): invalid (libxml2 code \(result))"] }
        case .relaxNG:
            guard let valid = xmlRelaxNGNewValidCtxt(rng) else {
                return ["\(name): cannot create a validation context"]
            }
            defer { xmlRelaxNGFreeValidCtxt(valid) }
            xmlRelaxNGSetValidStructuredErrors(valid, { ctx, error in ErrorCollector.collect(ctx, error) }, context)
            let result = xmlRelaxNGValidateDoc(valid, doc)
            if result != 0 && collector.messages.isEmpty { return ["\(name): invalid (libxml2 code \(result))"] }
        }
        return collector.messages.map { "\(name): \($0)" }
    }

    /// The errors of a compile or validation run.
    private final class ErrorCollector {
        var messages: [String] = []

        static func collect(_ context: UnsafeMutableRawPointer?, _ error: UnsafePointer<xmlError>?) {
            guard let context, let error else { return }
            let collector = Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            let line = error.pointee.line
            collector.messages.append(
                (line > 0 ? "line \(line): " : "") + message.trimmingCharacters(in: .whitespacesAndNewlines))
        }

        static func collect(_ context: UnsafeMutableRawPointer?, _ error: UnsafeMutablePointer<xmlError>?) {
            collect(context, error.map { UnsafePointer($0) })
        }
    }
}

/// A schema that could not be compiled.
struct SchemaError: Error, Sendable, CustomStringConvertible {
    /// libxml2's messages.
    var messages: [String]
    var description: String { messages.joined(separator: "\n") }
}
