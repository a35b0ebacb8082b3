import Foundation

/// Checks the YAML of a clause library file (a clause header, `terms.yaml`, an outline, `library.yaml`), read into
/// located nodes by `YAMLReader`, collecting every problem with its `file:line:col`. Values are always taken from a
/// scalar's text (`no`, `1.0` and `2026-03-01` stay text).
struct LibraryYAML {
    /// The file, for locations.
    let file: String
    /// Added to the YAML's line numbers: the YAML of a clause header starts on the file's second line.
    let lineOffset: Int
    private let text: String
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(text: String, file: String, lineOffset: Int = 0) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Reads file bytes as UTF-8 text (without a byte order mark).
    static func text(_ data: Data, file: String) throws(DiagnosticError) -> String {
        try YAMLReader.text(data, file: file)
    }

    // MARK: - Problems

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    mutating func error(_ message: String, at node: YAMLNode) {
        error(message, at: location(node))
    }

    mutating func report(_ error: DiagnosticError) {
        diagnostics += error.diagnostics
    }

    /// Throws the problems found, if any.
    func check() throws(DiagnosticError) {
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }

    // MARK: - Locations

    /// Where a node starts.
    func location(_ node: YAMLNode) -> SourceLocation { node.location }

    /// Where the text of a scalar starts: its first character; after the quote of a quoted scalar; the first
    /// character of the next non-blank line for a block scalar (`|`, `>`).
    func textLocation(_ node: YAMLNode) -> SourceLocation { node.textLocation }

    /// The start of the YAML text, for problems that belong to no node.
    var start: SourceLocation { SourceLocation(file: file, line: 1 + lineOffset, column: 1) }

    // MARK: - Reading

    /// The root node; nil for an empty document or a syntax error (reported).
    mutating func compose() -> YAMLNode? {
        do {
            return try YAMLReader.read(text: text, file: file, lineOffset: lineOffset)
        } catch {
            report(error)
            return nil
        }
    }

    /// A short description of a node, for "expected ..., found ..." messages.
    static func describe(_ node: YAMLNode) -> String { node.description }

    /// The entries of a mapping with their key text, in order; nil (reported) when the node is not a mapping.
    mutating func mapping(_ node: YAMLNode, what: String) -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard let mapping = node.mapping else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        var entries: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        for entry in mapping.entries {
            guard let name = entry.name else {
                error("expected a key, found \(Self.describe(entry.key))", at: entry.key)
                continue
            }
            entries.append((name, entry.key, entry.value))
        }
        return entries
    }

    /// The entries of a mapping of known keys; reports unknown keys and missing required ones.
    mutating func fields(
        _ node: YAMLNode, what: String, allowed: [String], required: [String]
    ) -> [String: (key: YAMLNode, value: YAMLNode)]? {
        guard let entries = mapping(node, what: what) else { return nil }
        var fields: [String: (key: YAMLNode, value: YAMLNode)] = [:]
        for entry in entries {
            if allowed.contains(entry.key) {
                fields[entry.key] = (entry.keyNode, entry.value)
            } else {
                let hint = SpellingSuggestion.hint(for: entry.key, in: allowed)
                error(
                    "unknown key '\(entry.key)'\(hint); the keys are \(allowed.joined(separator: ", "))", at: entry.keyNode)
            }
        }
        for key in required where fields[key] == nil {
            error("missing required key '\(key)'", at: node)
        }
        return fields
    }

    /// The text of a non-empty scalar.
    mutating func string(_ node: YAMLNode, what: String) -> String? {
        guard let scalar = node.scalar else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        if node.isEmpty {
            error("expected \(what), found nothing", at: node)
            return nil
        }
        return scalar.text
    }

    /// An id: ASCII letters, digits, `-` (and `_` when allowed).
    mutating func identifier(_ node: YAMLNode, what: String, underscore: Bool = true) -> String? {
        guard let text = string(node, what: what) else { return nil }
        let ok = text.unicodeScalars.allSatisfy { c in
            (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || (underscore && c == "_")
        }
        if !ok {
            error("'\(text)' is not a valid \(what): use letters, digits and '-'\(underscore ? " or '_'" : "")", at: textLocation(node))
            return nil
        }
        return text
    }

    /// A semantic version.
    mutating func version(_ node: YAMLNode) -> SemanticVersion? {
        guard let text = string(node, what: "a version") else { return nil }
        guard let version = SemanticVersion(text) else {
            error("'\(text)' is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0)", at: textLocation(node))
            return nil
        }
        return version
    }

    /// A language code.
    mutating func language(_ node: YAMLNode) -> Language? {
        guard let text = string(node, what: "a language") else { return nil }
        guard let language = Language(rawValue: text) else {
            let all = Language.allCases.map(\.rawValue)
            error("unknown language '\(text)'; the languages are \(all.joined(separator: ", "))", at: node)
            return nil
        }
        return language
    }

    /// A text per language: `{ sv: ..., en: ... }`.
    mutating func localized(_ node: YAMLNode, what: String) -> Localized<String>? {
        guard let entries = mapping(node, what: "\(what) per language (sv: ..., en: ...)") else { return nil }
        var values: [Language: String] = [:]
        var ok = true
        for entry in entries {
            guard let language = language(entry.keyNode), let text = string(entry.value, what: what) else {
                ok = false
                continue
            }
            values[language] = text
        }
        if entries.isEmpty {
            error("expected \(what) per language (sv: ..., en: ...), found nothing", at: node)
            return nil
        }
        return ok ? Localized(values) : nil
    }

    /// A condition, parsed where its text stands.
    mutating func condition(_ node: YAMLNode) -> Condition? {
        guard let text = string(node, what: "a condition") else { return nil }
        do {
            return try ConditionReader.parse(text, at: textLocation(node))
        } catch {
            report(error)
            return nil
        }
    }

    /// The elements of a list; nil (reported) when the node is not a list.
    mutating func sequence(_ node: YAMLNode, what: String) -> [YAMLNode]? {
        guard let sequence = node.sequence else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        return sequence.elements
    }
}
