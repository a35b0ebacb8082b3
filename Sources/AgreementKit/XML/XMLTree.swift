internal import CLibXML2
import Foundation

/// An XML element read from a document: an immutable tree of values, namespaces resolved to URIs. Read with
/// `XMLTree.parse`; written back with `XMLWriter.write(_:prefixes:)`.
struct XMLTreeElement: Sendable, Equatable {
    /// The namespace URI, empty for none.
    var namespace: String
    /// The local name.
    var name: String
    /// The attributes in document order (namespace declarations are not attributes).
    var attributes: [XMLTreeAttribute]
    /// The element and text children in document order.
    var children: [XMLTreeNode]

    /// Creates an element.
    init(
        namespace: String, name: String, attributes: [XMLTreeAttribute] = [], children: [XMLTreeNode] = []
    ) {
        self.namespace = namespace
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// Whether the element is `name` in `namespace`.
    func `is`(_ namespace: String, _ name: String) -> Bool { self.namespace == namespace && self.name == name }

    /// The element children.
    var elements: [XMLTreeElement] {
        children.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The first child element `name` in `namespace`.
    func child(_ namespace: String, _ name: String) -> XMLTreeElement? {
        elements.first { $0.is(namespace, name) }
    }

    /// Every child element `name` in `namespace`.
    func children(_ namespace: String, _ name: String) -> [XMLTreeElement] {
        elements.filter { $0.is(namespace, name) }
    }

    /// The value of attribute `name` in `namespace` ("" for an attribute without a namespace).
    func attribute(_ namespace: String, _ name: String) -> String? {
        attributes.first { $0.namespace == namespace && $0.name == name }?.value
    }

    /// The text of every descendant text node, in order.
    var text: String {
        children.map {
            switch $0 {
            case .text(let text): return text
            case .element(let element): return element.text
            }
        }.joined()
    }

    /// Every element of the tree, this one first, in document order.
    var descendants: [XMLTreeElement] { [self] + elements.flatMap(\.descendants) }

    /// The element with attribute `name` in `namespace` set to `value` (added at the end when missing), or removed
    /// when `value` is nil.
    func setting(_ namespace: String, _ name: String, _ value: String?) -> XMLTreeElement {
        var copy = self
        if let index = copy.attributes.firstIndex(where: { $0.namespace == namespace && $0.name == name }) {
            if let value { copy.attributes[index].value = value } else { copy.attributes.remove(at: index) }
        } else if let value {
            copy.attributes.append(XMLTreeAttribute(namespace: namespace, name: name, value: value))
        }
        return copy
    }
}

/// An attribute of an `XMLTreeElement`.
struct XMLTreeAttribute: Sendable, Equatable {
    /// The namespace URI, empty for none.
    var namespace: String
    /// The local name.
    var name: String
    var value: String
}

/// A child of an `XMLTreeElement`.
enum XMLTreeNode: Sendable, Equatable {
    case element(XMLTreeElement)
    /// Character data (CDATA sections included); comments and processing instructions are not kept.
    case text(String)
}

/// A document that is not well-formed XML: libxml2's message and where.
struct XMLTreeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line (1-based), or 0 when unknown.
    var line: Int
    /// libxml2's message.
    var message: String
    var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// Reads XML documents into `XMLTreeElement` values through libxml2: no network, no DTD loading, no entity
/// expansion beyond XML's own five, nothing printed.
enum XMLTree {
    /// The namespace of `xml:space` and `xml:lang`.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The root element of `data`. Throws `XMLTreeError` when it is not well-formed.
    static func parse(_ data: Data) throws(XMLTreeError) -> XMLTreeElement {
        LibXML2.ready
        guard let context = xmlNewParserCtxt() else { throw XMLTreeError(line: 0, message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            return xmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), Int32(raw.count), "reference", nil, options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            let error = xmlCtxtGetLastError(context)
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "no XML content"
            throw XMLTreeError(
                line: Int(error?.pointee.line ?? 0),
                message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw XMLTreeError(line: 0, message: "no root element") }
        return element(root)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func element(_ node: xmlNodePtr) -> XMLTreeElement {
        var attributes: [XMLTreeAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let value: String
            if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: text)
                opi_xmlFree(text)
            } else {
                value = ""
            }
            attributes.append(
                XMLTreeAttribute(
                    namespace: string(current.pointee.ns?.pointee.href), name: string(current.pointee.name),
                    value: value))
            attribute = current.pointee.next
        }
        var children: [XMLTreeNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = string(current.pointee.content)
                if case .text(let previous)? = children.last {
                    children[children.count - 1] = .text(previous + text)
                } else {
                    children.append(.text(text))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLTreeElement(
            namespace: string(node.pointee.ns?.pointee.href), name: string(node.pointee.name), attributes: attributes,
            children: children)
    }
}

extension XMLWriter {
    /// Writes an element read with `XMLTree`, each namespace URI written with the prefix `prefixes` gives it (the
    /// part's root declares them). Throws for a namespace without a prefix: the caller keeps only known ones.
    func write(_ element: XMLTreeElement, prefixes: [String: String]) throws {
        func qualified(_ namespace: String, _ name: String) throws -> String {
            if namespace.isEmpty { return name }
            if namespace == XMLTree.xmlNamespace { return "xml:" + name }
            guard let prefix = prefixes[namespace] else {
                throw XMLWriterError.misuse("the namespace \(namespace), which has no prefix")
            }
            return prefix + ":" + name
        }
        try start(try qualified(element.namespace, element.name))
        for attribute in element.attributes {
            try self.attribute(try qualified(attribute.namespace, attribute.name), attribute.value)
        }
        for child in element.children {
            switch child {
            case .element(let element): try write(element, prefixes: prefixes)
            case .text(let text): try self.text(text)
            }
        }
        try end()
    }
}
