import Foundation

/// Typed readers over located YAML nodes, collecting every problem with its `file:line:col`: the one set of readers
/// the library loaders, the questionnaire, answers and batch configs use, so a mapping, a key, an id, a text or a
/// list is checked, and its problem worded, the same way in every file. The readers for text per language and for
/// languages are in `Questionnaire/YAMLChecker+Localized.swift`, next to `Localized`.
///
/// Each reader returns nil after reporting when the node is not what it should be. `what` names the node in
/// messages: a message of its own (`.key(.libraryWhatTitle)`), worded in the messages language like the rest.
/// The messages (`messages.yaml.*` in the words files):
///
/// - a node of the wrong kind: `expected WHAT, found 'text'` (or `nothing`, `a mapping`, `a list`);
/// - a mapping of known keys: `expected WHAT (a mapping with the keys K1, K2), found ...`,
///   `unknown key 'k' in WHAT; did you mean 'K1'?; the keys are K1, K2`, `missing required key 'k' in WHAT`;
/// - an id: `'x y' is not a valid WHAT: use letters (a–z, A–Z), digits and '-'`.
struct YAMLChecker {
    /// The problems found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates a checker with no problem.
    init() {}

    // MARK: - Problems

    /// Reports an error at a location.
    mutating func error(_ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    /// Reports an error where a node starts.
    mutating func error(_ message: Message, at node: YAMLNode) {
        error(message, at: node.location)
    }

    /// Reports `expected WHAT, found ...` at a node.
    private mutating func expected(_ what: Message.Value, _ node: YAMLNode) {
        error(Message(.yamlExpected, ["what": what, "found": node.foundValue]), at: node)
    }

    /// Adds the problems of an error thrown by another reader.
    mutating func report(_ error: DiagnosticError) {
        diagnostics += error.diagnostics
    }

    /// Throws the problems found, if any.
    func check() throws(DiagnosticError) {
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }

    /// Reads YAML text into its root node (see `YAMLReader.read(text:file:lineOffset:)`); nil for an empty
    /// document or after reporting a syntax error.
    mutating func read(text: String, file: String, lineOffset: Int = 0) -> YAMLNode? {
        do {
            return try YAMLReader.read(text: text, file: file, lineOffset: lineOffset)
        } catch {
            report(error)
            return nil
        }
    }

    /// Reads a YAML file's bytes into its root node (see `YAMLReader.read(_:file:)`); nil for an empty document or
    /// after reporting text that is not UTF-8 or a syntax error.
    mutating func read(_ data: Data, file: String) -> YAMLNode? {
        do {
            return try YAMLReader.read(data, file: file)
        } catch {
            report(error)
            return nil
        }
    }

    // MARK: - Mappings

    /// The entries of a mapping with their key text, in file order; nil (reported as `expected WHAT, found ...`)
    /// when the node is not a mapping. A key that is not text is reported as `expected KEY, found ...` and left out.
    mutating func mapping(
        _ node: YAMLNode, what: Message.Value, key: Message.Value = .message(Message(.yamlWhatKey))
    ) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard expectMapping(node, what: what), let mapping = node.mapping else { return nil }
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for entry in mapping.entries {
            guard let name = entry.name else {
                expected(key, entry.key)
                continue
            }
            entries.append((name, entry.key, entry.value))
        }
        return entries
    }

    /// Whether the node is a mapping; when it is not, reports `expected WHAT, found ...`.
    mutating func expectMapping(_ node: YAMLNode, what: Message.Value) -> Bool {
        if node.mapping != nil { return true }
        expected(what, node)
        return false
    }

    /// A mapping of known keys, such as a question or a clause header. Reports a node that is not a mapping, every
    /// key not in `keys` (with a spelling suggestion and, when `note` gives one, a note after the list of keys) and
    /// every key of `required` that is missing. `what` names the mapping in messages (`a question`, `the clause
    /// header`).
    mutating func fields(
        _ node: YAMLNode, what: Message.Value, keys: [String], required: [String] = [],
        note: (String) -> Message.Value = { _ in "" }
    ) -> YAMLFields? {
        let list = Message.Value.text(keys.joined(separator: ", "))
        let mappingWhat = Message(.yamlMappingWithKeys, ["what": what, "keys": list])
        guard let entries = mapping(node, what: .message(mappingWhat)) else { return nil }
        var fields = YAMLFields(node: node)
        for entry in entries {
            if keys.contains(entry.key) {
                fields.entries[entry.key] = (entry.keyNode, entry.value)
            } else {
                error(
                    Message(
                        .yamlUnknownKey,
                        [
                            "key": .text(entry.key), "what": what, "keys": list, "note": note(entry.key),
                            "hint": SpellingSuggestion.hintValue(for: entry.key, in: keys),
                        ]), at: entry.keyNode)
            }
        }
        for key in required { _ = self.required(key, in: fields, what: what) }
        return fields
    }

    /// The value of a key that must be given; nil (reported as `missing required key 'KEY' in WHAT`, at the
    /// mapping) when it is not.
    mutating func required(_ key: String, in fields: YAMLFields, what: Message.Value) -> YAMLNode? {
        guard let value = fields[key] else {
            error(Message(.yamlMissingKey, ["key": .text(key), "what": what]), at: fields.node)
            return nil
        }
        return value
    }

    // MARK: - Scalars

    /// The text of a scalar that is not empty (see `YAMLNode.isEmpty`).
    mutating func string(_ node: YAMLNode, what: Message.Value) -> String? {
        guard let scalar = node.scalar, !node.isEmpty else {
            expected(what, node)
            return nil
        }
        return scalar.text
    }

    /// An id (see `IdentifierRules`). Text that breaks the rules is reported where `place` says.
    mutating func identifier(
        _ node: YAMLNode, what: Message.Value, rules: IdentifierRules = .standard, at place: Place = .text
    ) -> String? {
        guard let text = string(node, what: what) else { return nil }
        let location = place == .text ? node.textLocation : node.location
        guard rules.allows(text) else {
            error(
                Message(.yamlInvalidId, ["text": .text(text), "what": what, "rules": .message(rules.message)]),
                at: location)
            return nil
        }
        if rules.reserved.contains(text) {
            error(Message(.yamlReservedId, ["text": .text(text), "what": what]), at: location)
            return nil
        }
        return text
    }

    /// Where a problem with a scalar's text is reported.
    enum Place: Sendable, Equatable {
        /// Where the node starts (at the opening quote of a quoted scalar).
        case node
        /// Where its text starts (see `YAMLScalar.textLocation`).
        case text
    }

    // MARK: - Lists

    /// The elements of a list; nil (reported as `expected WHAT, found ...`) when the node is not a list.
    mutating func sequence(_ node: YAMLNode, what: Message.Value) -> [YAMLNode]? {
        guard let sequence = node.sequence else {
            expected(what, node)
            return nil
        }
        return sequence.elements
    }

    /// A list of X: each element read by `element`, which reports its own problems and returns nil for an element
    /// left out; nil (reported) when the node is not a list.
    mutating func list<Element>(
        _ node: YAMLNode, what: Message.Value, element: (inout YAMLChecker, YAMLNode) -> Element?
    ) -> [Element]? {
        guard let elements = sequence(node, what: what) else { return nil }
        var result: [Element] = []
        for node in elements {
            if let value = element(&self, node) { result.append(value) }
        }
        return result
    }
}

/// The entries of a mapping of known keys, read by `YAMLChecker.fields`.
struct YAMLFields {
    /// The mapping node, where problems of the whole mapping are reported.
    var node: YAMLNode
    /// The known keys given, with their key and value nodes.
    var entries: [String: (key: YAMLNode, value: YAMLNode)] = [:]

    /// The value of a key, if given.
    subscript(key: String) -> YAMLNode? { entries[key]?.value }

    /// The key node of a key, if given.
    func keyNode(_ key: String) -> YAMLNode? { entries[key]?.key }
}

/// What an id may be made of. Every id is ASCII letters, digits and `-`; a rule set adds `_`, a first character
/// that must be a letter or `_`, and words it may not be.
struct IdentifierRules: Sendable, Equatable {
    /// Whether `_` is allowed.
    var underscore: Bool
    /// Whether the first character must be a letter or `_`.
    var letterFirst: Bool
    /// Words that cannot be ids.
    var reserved: Set<String> = []

    /// Letters, digits, `-` and `_`, in any order: term, slot, annex and agreement ids, and question ids named
    /// in the library.
    static let standard = IdentifierRules(underscore: true, letterFirst: false)
    /// Letters, digits and `-`: clause ids, which become bookmark and file names.
    static let clause = IdentifierRules(underscore: false, letterFirst: false)
    /// The ids of the questionnaire, which conditions and template text name: letters, digits, `_` and `-`,
    /// starting with a letter or `_`, and not a word of the condition language.
    static let question = IdentifierRules(
        underscore: true, letterFirst: true, reserved: ["and", "or", "not", "in", "true", "false"])

    /// Whether `text` is made of the allowed characters (the reserved words aside).
    func allows(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if letterFirst, !(Self.isLetter(first) || first == "_") { return false }
        return text.unicodeScalars.allSatisfy { c in
            Self.isLetter(c) || (c >= "0" && c <= "9") || c == "-" || (underscore && c == "_")
        }
    }

    /// The rules in words, after "use".
    var message: Message {
        Message(letterFirst ? .yamlIdRulesLetterFirst : underscore ? .yamlIdRulesUnderscore : .yamlIdRules)
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
    }
}
