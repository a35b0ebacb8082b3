internal import CLibXML2
import Foundation

/// Re-indents an XML document for people to read and diff (golden files). Output of the writers is never indented.
enum XMLFormatter {
    /// The document re-serialised with one element per line where that does not change mixed content.
    static func indented(_ data: Data) -> Data? {
        LibXML2.ready
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let doc = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), "part", nil, options)
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        var bytes: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &bytes, &size, "UTF-8", 1)
        guard let bytes else { return nil }
        defer { opi_xmlFree(bytes) }
        return Data(bytes: bytes, count: Int(size))
    }
}
