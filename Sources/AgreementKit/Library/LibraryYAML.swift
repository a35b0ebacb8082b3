import Foundation
import Yams

/// Reads the YAML of a clause library file (a clause header, `terms.yaml`, an outline, `library.yaml`) into Yams
/// nodes and checks them, collecting every problem with its `file:line:col`. Values are always taken from a
/// scalar's text, never from Yams' implicit typing (`no`, `1.0` and `2026-03-01` stay text).
struct LibraryYAML {
    /// The file, for locations.
    let file: String
    /// Added to Yams' line numbers: the YAML of a clause header starts on the file's second line.
    let lineOffset: Int
    private let text: String
    private let lines: [[Unicode.Scalar]]
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    init(text: String, file: String, lineOffset: Int = 0) {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
        self.lines = MarkupText.lines(of: text)
    }

    /// Reads file bytes as UTF-8 text (without a byte order mark).
    static func text(_ data: Data, file: String) throws(DiagnosticError) -> String {
        guard var text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError("the file is not UTF-8 text", file: file)
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return text
    }

    // MARK: - Problems

    mutating func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    mutating func error(_ message: String, at node: Node) {
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

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    /// Where a node starts.
    func location(_ node: Node) -> SourceLocation {
        location(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Where the text of a scalar starts: its first character; after the quote of a quoted scalar; the first
    /// character of the next non-blank line for a block scalar (`|`, `>`).
    func textLocation(_ node: Node) -> SourceLocation {
        guard let scalar = node.scalar, let mark = scalar.mark else { return location(node) }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            return location(line: mark.line, column: mark.column + 1)
        case .literal, .folded:
            var i = mark.line  // the 0-based index of the next line
            while i < lines.count, lines[i].allSatisfy(MarkupText.isSpace) { i += 1 }
            guard i < lines.count else { return location(node) }
            let indent = lines[i].prefix { MarkupText.isSpace($0) }.count
            return location(line: i + 1, column: indent + 1)
        default:
            return location(node)
        }
    }

    /// The start of the YAML text, for problems that belong to no node.
    var start: SourceLocation { location(line: 1, column: 1) }

    // MARK: - Reading

    /// The root node; nil for an empty document or a syntax error (reported).
    mutating func compose() -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let keys, let context) = error {
                let key = keys.first ?? ""
                let at = duplicateLocation(of: key, first: context.mark)
                self.error(
                    "the key '\(key)' is given more than once in this mapping (first at line \(context.mark.line + lineOffset))",
                    at: at)
            } else {
                var diagnostic = NodeLocator.diagnostic(for: error, file: file)
                diagnostic.location?.line += lineOffset
                diagnostics.append(diagnostic)
            }
        } catch {
            self.error("\(error)", at: start)
        }
        return nil
    }

    /// Where a repeated key is written again: the next line holding `key:` at the first key's column, else the first.
    private func duplicateLocation(of key: String, first: Mark) -> SourceLocation {
        let wanted = Array(key.unicodeScalars)
        let column = first.column - 1
        var i = first.line  // the line after the first key
        while i < lines.count {
            let s = lines[i]
            let indent = s.prefix { MarkupText.isSpace($0) }.count
            if indent < column, !s.allSatisfy(MarkupText.isSpace) { break }
            if indent == column, s.count >= column + wanted.count, Array(s[column..<column + wanted.count]) == wanted {
                let after = s[(column + wanted.count)...].drop { MarkupText.isSpace($0) }
                if after.first == ":" { return location(line: i + 1, column: column + 1) }
            }
            i += 1
        }
        return location(line: first.line, column: first.column)
    }

    /// A short description of a node, for "expected ..., found ..." messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "nothing" : "'\(s.string.count > 40 ? String(s.string.prefix(40)) + "..." : s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The entries of a mapping with their key text, in order; nil (reported) when the node is not a mapping.
    mutating func mapping(_ node: Node, what: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error("expected a key, found \(Self.describe(key))", at: key)
                continue
            }
            entries.append((name, key, value))
        }
        return entries
    }

    /// The entries of a mapping of known keys; reports unknown keys and missing required ones.
    mutating func fields(
        _ node: Node, what: String, allowed: [String], required: [String]
    ) -> [String: (key: Node, value: Node)]? {
        guard let entries = mapping(node, what: what) else { return nil }
        var fields: [String: (key: Node, value: Node)] = [:]
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
    mutating func string(_ node: Node, what: String) -> String? {
        guard let scalar = node.scalar else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        let isNull = scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(scalar.string)
        if scalar.string.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) || isNull {
            error("expected \(what), found nothing", at: node)
            return nil
        }
        return scalar.string
    }

    /// An id: ASCII letters, digits, `-` (and `_` when allowed).
    mutating func identifier(_ node: Node, what: String, underscore: Bool = true) -> String? {
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
    mutating func version(_ node: Node) -> SemanticVersion? {
        guard let text = string(node, what: "a version") else { return nil }
        guard let version = SemanticVersion(text) else {
            error("'\(text)' is not a semantic version (MAJOR.MINOR.PATCH, such as 1.0.0)", at: textLocation(node))
            return nil
        }
        return version
    }

    /// A language code.
    mutating func language(_ node: Node) -> Language? {
        guard let text = string(node, what: "a language") else { return nil }
        guard let language = Language(rawValue: text) else {
            let all = Language.allCases.map(\.rawValue)
            error("unknown language '\(text)'; the languages are \(all.joined(separator: ", "))", at: node)
            return nil
        }
        return language
    }

    /// A text per language: `{ sv: ..., en: ... }`.
    mutating func localized(_ node: Node, what: String) -> Localized<String>? {
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
    mutating func condition(_ node: Node) -> Condition? {
        guard let text = string(node, what: "a condition") else { return nil }
        do {
            return try ConditionReader.parse(text, at: textLocation(node))
        } catch {
            report(error)
            return nil
        }
    }

    /// The elements of a list; nil (reported) when the node is not a list.
    mutating func sequence(_ node: Node, what: String) -> [Node]? {
        guard let sequence = node.sequence else {
            error("expected \(what), found \(Self.describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }
}
