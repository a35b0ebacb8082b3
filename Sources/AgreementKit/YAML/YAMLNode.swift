import Foundation

/// A node of a YAML document as the user wrote it, with where it stands: a mapping (keys in file order), a list or
/// a scalar. Values are always the scalars' text, never guessed from how they look (`no`, `1.0` and `2026-03-01`
/// stay text); which scalars mean "no value" is decided once, by `YAMLScalar.isNull` and `YAMLNode.isEmpty`.
enum YAMLNode: Sendable, Equatable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts: its first character (the opening quote of a quoted scalar, the `|` of a block
    /// scalar, the `-` of a block list, the first key of a block mapping).
    var location: SourceLocation {
        switch self {
        case .scalar(let s): return s.location
        case .mapping(let m): return m.location
        case .sequence(let s): return s.location
        }
    }

    /// The scalar, when the node is one.
    var scalar: YAMLScalar? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    /// The mapping, when the node is one.
    var mapping: YAMLMapping? {
        if case .mapping(let m) = self { return m }
        return nil
    }

    /// The list, when the node is one.
    var sequence: YAMLSequence? {
        if case .sequence(let s) = self { return s }
        return nil
    }

    /// The text of a scalar; nil for a mapping or a list.
    var text: String? { scalar?.text }

    /// Where the text of a scalar starts (see `YAMLScalar.textLocation`); the node's location for other nodes.
    var textLocation: SourceLocation { scalar?.textLocation ?? location }

    /// Whether the node stands for "no value": a null (`key:`, `~`, `null`) or a scalar of white space only
    /// (`""`, `"  "`). A mapping or a list is never empty in this sense, even without elements.
    var isEmpty: Bool {
        guard let scalar else { return false }
        return scalar.isNull || scalar.text.isBlank()
    }

    /// What the node is, for "expected ..., found ..." messages: its text (cut after 40 characters), nothing, a
    /// mapping or a list.
    var found: Message {
        switch self {
        case .scalar(let s):
            if isEmpty { return Message(.yamlFoundNothing) }
            return Message(
                .yamlFoundText, ["text": .text(s.text.count > 40 ? String(s.text.prefix(40)) + "..." : s.text)])
        case .mapping: return Message(.yamlFoundMapping)
        case .sequence: return Message(.yamlFoundList)
        }
    }

    /// `found` as a placeholder's value.
    var foundValue: Message.Value { .message(found) }

    /// A short description for "expected ..., found ..." messages: `'text'` (cut after 40 characters), `nothing`,
    /// `a mapping`, `a list`.
    var description: String {
        switch self {
        case .scalar(let s):
            if isEmpty { return "nothing" }
            return "'" + (s.text.count > 40 ? String(s.text.prefix(40)) + "..." : s.text) + "'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A scalar: its text and how it was written.
struct YAMLScalar: Sendable, Equatable {
    /// How a scalar is written.
    enum Style: Sendable, Equatable {
        /// Without quotes.
        case plain
        /// In `'single quotes'`.
        case singleQuoted
        /// In `"double quotes"`, where escapes such as `\n` and `\x01` are read.
        case doubleQuoted
        /// A block kept line for line (`|`).
        case literal
        /// A block folded into one line (`>`).
        case folded
    }

    /// The text, after YAML's quoting, escapes and folding.
    var text: String
    /// How it was written.
    var style: Style
    /// Where the scalar starts (at the opening quote or block indicator).
    var location: SourceLocation
    /// Where its text starts: one column after the opening quote of a quoted scalar; the first character of the
    /// first non-blank line of a block scalar; the scalar's start otherwise.
    var textLocation: SourceLocation

    /// Whether the scalar is YAML's null: nothing at all, or a plain `~`, `null`, `Null` or `NULL`. Quoted text is
    /// never null.
    var isNull: Bool {
        style == .plain && Self.nullWords.contains(text)
    }

    /// The plain scalars that mean null.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
}

/// One entry of a mapping.
struct YAMLEntry: Sendable, Equatable {
    /// The key node (nearly always a scalar).
    var key: YAMLNode
    /// The value.
    var value: YAMLNode

    /// The key's text; nil when the key is a mapping or a list.
    var name: String? { key.text }
}

/// A mapping, with its entries in file order. Keys are unique (the reader rejects a key given twice).
struct YAMLMapping: Sendable, Equatable {
    /// The entries in file order.
    var entries: [YAMLEntry]
    /// Where the mapping starts.
    var location: SourceLocation

    /// The value of the entry whose key is `key`.
    subscript(key: String) -> YAMLNode? {
        entry(key)?.value
    }

    /// The entry whose key is `key`.
    func entry(_ key: String) -> YAMLEntry? {
        entries.first { $0.name == key }
    }

    /// Whether the mapping has no entry.
    var isEmpty: Bool { entries.isEmpty }
}

extension YAMLMapping: Sequence {
    /// The entries as `(key, value)` pairs, in file order.
    func makeIterator() -> IndexingIterator<[(key: YAMLNode, value: YAMLNode)]> {
        entries.map { (key: $0.key, value: $0.value) }.makeIterator()
    }
}

/// A list.
struct YAMLSequence: Sendable, Equatable {
    /// The elements in file order.
    var elements: [YAMLNode]
    /// Where the list starts.
    var location: SourceLocation
}

extension YAMLSequence: RandomAccessCollection {
    var startIndex: Int { elements.startIndex }
    var endIndex: Int { elements.endIndex }
    subscript(position: Int) -> YAMLNode { elements[position] }
}

extension YAMLNode {
    /// One step of a path into a node tree.
    enum PathComponent: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    /// The location of the deepest node along `path`: the closest existing ancestor when the path leads to a node
    /// that is not there.
    func location(along path: [PathComponent]) -> SourceLocation {
        var node = self
        for component in path {
            let next: YAMLNode?
            switch component {
            case .key(let key): next = node.mapping?[key]
            case .index(let i): next = node.sequence.flatMap { $0.elements.indices.contains(i) ? $0.elements[i] : nil }
            }
            guard let next else { break }
            node = next
        }
        return node.location
    }
}
