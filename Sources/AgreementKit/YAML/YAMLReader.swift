internal import CYaml
import Foundation
internal import Yams

/// Reads YAML text into located nodes (`YAMLNode`). The one place that parses YAML: the clause library, the
/// questionnaire, answers files and batch configs all come through here, and Yams is imported nowhere else.
///
/// - The text must be UTF-8; a byte-order mark at its start is dropped (columns then count as the user sees them).
/// - A key given twice in one mapping is an error at the second key, naming the line of the first.
/// - Tabs used for indentation are an error at the tab: "tab characters are not allowed for indentation".
/// - Anchors and aliases (`&name`, `*name`) are not supported: each value is written out where it is used. They
///   are refused before Yams builds any node (`firstAnchor`), so no alias is ever expanded: neither a billion
///   laughs nor an alias used as a key, whose expanded tree Yams' duplicate-key check would hash in time
///   exponential in its nesting.
/// - Nesting deeper than `maximumDepth` is an error, worded for people.
/// - Every syntax error is worded for people (no parser jargon) and located at `file:line:col`.
enum YAMLReader {
    /// The deepest nesting of mappings and lists accepted: far beyond what any file of this project needs, far
    /// below what would strain the reader.
    static let maximumDepth = 64

    /// Reads file bytes as UTF-8 text, without a byte-order mark.
    static func text(_ data: Data, file: String) throws(DiagnosticError) -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Message(.yamlNotUTF8), file: file)
        }
        return withoutByteOrderMark(text)
    }

    /// `text` without a byte-order mark at its start.
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        var text = text
        text.unicodeScalars.removeFirst()
        return text
    }

    /// Reads the YAML in `data`; nil for a document with no content at all (an empty file, only comments).
    static func read(_ data: Data, file: String) throws(DiagnosticError) -> YAMLNode? {
        try read(text: text(data, file: file), file: file)
    }

    /// Reads the YAML in `text`; nil for a document with no content at all. `lineOffset` is added to every line
    /// (for YAML that starts further down a file, such as a clause header).
    static func read(text: String, file: String, lineOffset: Int = 0) throws(DiagnosticError) -> YAMLNode? {
        let text = withoutByteOrderMark(text)
        let context = Context(text: text, file: file, lineOffset: lineOffset)
        if let anchor = firstAnchor(in: text) {
            throw DiagnosticError(anchorMessage, at: context.location(line: anchor.line, column: anchor.column))
        }
        let parser: Parser
        let root: Node?
        do {
            // No implicit typing: the layer keeps every scalar as text and decides null itself, so the basic
            // resolver does (and saves compiling the default resolver's patterns on every start).
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch {
            // Yams' parser throws nothing but `YamlError`.
            throw DiagnosticError([context.diagnostic(for: error as! YamlError)])
        }
        guard let root else { return nil }
        // The parser owns the anchors the nodes refer to (weakly): keep it while the anchors are looked at.
        return try withExtendedLifetime(parser) { () throws(DiagnosticError) -> YAMLNode in
            try context.convert(root, depth: 1)
        }
    }

    /// Where the text is, for locations and messages.
    private final class Context {
        let text: String
        let file: String
        let lineOffset: Int

        init(text: String, file: String, lineOffset: Int) {
            self.text = text
            self.file = file
            self.lineOffset = lineOffset
        }

        /// The characters of each line (0-based), split the way YAML counts lines (at LF, CRLF and CR, and at NEL,
        /// LS and PS, which libyaml counts as line breaks too); made only when a block scalar or an error needs them.
        private(set) lazy var lines: [[Unicode.Scalar]] = {
            var lines: [[Unicode.Scalar]] = [[]]
            var previous: Unicode.Scalar?
            for c in text.unicodeScalars {
                switch c {
                case "\n":
                    if previous != "\r" { lines.append([]) }
                case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                    lines.append([])
                default:
                    lines[lines.count - 1].append(c)
                }
                previous = c
            }
            return lines
        }()

        func location(line: Int, column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line + lineOffset, column: column)
        }

        func location(_ mark: Mark) -> SourceLocation {
            location(line: mark.line, column: mark.column)
        }

        /// The character at a mark (1-based line and column), if any.
        func character(at mark: Mark, in lines: [[Unicode.Scalar]]) -> Unicode.Scalar? {
            guard lines.indices.contains(mark.line - 1) else { return nil }
            let line = lines[mark.line - 1]
            return line.indices.contains(mark.column - 1) ? line[mark.column - 1] : nil
        }

        // MARK: Conversion

        func convert(_ node: Node, depth: Int) throws(DiagnosticError) -> YAMLNode {
            let mark = node.mark!  // the parser marks every node it makes
            let at = location(mark)
            if node.anchor != nil {
                throw DiagnosticError(YAMLReader.anchorMessage, at: at)
            }
            if depth > YAMLReader.maximumDepth {
                throw DiagnosticError(YAMLReader.depthMessage, at: at)
            }
            switch node {
            case .scalar(let scalar):
                let style: YAMLScalar.Style
                switch scalar.style {
                case .singleQuoted: style = .singleQuoted
                case .doubleQuoted: style = .doubleQuoted
                case .literal: style = .literal
                case .folded: style = .folded
                default: style = .plain
                }
                return .scalar(
                    YAMLScalar(
                        text: scalar.string, style: style, location: at,
                        textLocation: textLocation(style, mark: mark)))
            case .mapping(let mapping):
                var entries: [YAMLEntry] = []
                for (key, value) in mapping {
                    entries.append(
                        YAMLEntry(
                            key: try convert(key, depth: depth + 1), value: try convert(value, depth: depth + 1)))
                }
                return .mapping(YAMLMapping(entries: entries, location: at))
            case .sequence(let sequence):
                var elements: [YAMLNode] = []
                for element in sequence {
                    elements.append(try convert(element, depth: depth + 1))
                }
                return .sequence(YAMLSequence(elements: elements, location: at))
            case .alias:
                throw DiagnosticError(YAMLReader.anchorMessage, at: at)
            }
        }

        /// Where the text of a scalar starts (see `YAMLScalar.textLocation`).
        private func textLocation(_ style: YAMLScalar.Style, mark: Mark) -> SourceLocation {
            switch style {
            case .singleQuoted, .doubleQuoted:
                return location(line: mark.line, column: mark.column + 1)
            case .literal, .folded:
                var i = mark.line  // the 0-based index of the next line
                while i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1 }
                guard i < lines.count else { return location(mark) }
                let indent = lines[i].prefix { $0 == " " }.count
                return location(line: i + 1, column: indent + 1)
            case .plain:
                return location(mark)
            }
        }

        // MARK: Errors

        /// The diagnostic for an error of the YAML parser, worded for people.
        func diagnostic(for error: YamlError) -> Diagnostic {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                // libyaml's problems about tabs (scanner.c: "found a tab character ...") are marked at the tab.
                if character(at: mark, in: lines) == "\t" || problem.contains("tab character") {
                    return Diagnostic(.error, Message(.yamlTab), at: location(mark))
                }
                return Diagnostic(.error, YAMLReader.message(for: problem), at: location(mark))
            case .duplicatedKeysInMapping(let keys, let context):
                let key = keys[0]  // Yams names the duplicated keys, at least one
                let first = context.mark
                if key == Self.notScalar {
                    return Diagnostic(.error, notTextKey(at: first), at: location(first))
                }
                let at = duplicateMark(of: key, first: first) ?? first
                return Diagnostic(
                    .error, Message(.yamlDuplicateKey, ["key": .text(key), "line": "\(first.line + lineOffset)"]),
                    at: location(at))
            case .reader(let problem, let offset, _, _):
                return Diagnostic(.error, YAMLReader.message(for: problem), at: location(offset: offset ?? 0))
            default:
                return Diagnostic(.error, Message(.yamlInvalid), at: location(line: 1, column: 1))
            }
        }

        /// What Yams names a duplicated key that is not a scalar (a list or a mapping).
        private static let notScalar = "<uncovertable>"

        /// What a key that is a list or a mapping (given twice, which Yams reports before anything else) is told,
        /// as `YAMLChecker` tells such a key given once: `expected a key, found a list`. Such a node starts with
        /// `[` or `-` when it is a list, with `{` or a key when it is a mapping.
        private func notTextKey(at mark: Mark) -> Message {
            let found: MessageKey =
                ["[", "-"].contains(character(at: mark, in: lines)) ? .yamlFoundList : .yamlFoundMapping
            return Message(.yamlExpected, ["what": .message(Message(.yamlWhatKey)), "found": .message(Message(found))])
        }

        /// The location of a reader error's offset into the text. Yams gives it in Characters (it converts
        /// libyaml's byte offset), not bytes; columns count Unicode scalars, as libyaml's marks do.
        private func location(offset: Int) -> SourceLocation {
            var line = 1
            var column = 1
            for (index, c) in text.enumerated() {
                if index >= offset { break }
                if c == "\n" || c == "\r\n" || c == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += c.unicodeScalars.count
                }
            }
            return location(line: line, column: column)
        }

        /// Where a key given twice is written the second time. The parser names only the first; read the text
        /// again with that first key renamed, and find the key that is left.
        private func duplicateMark(of key: String, first: Mark) -> Mark? {
            var lines = self.lines
            guard lines.indices.contains(first.line - 1) else { return nil }
            var column = first.column - 1
            let line = lines[first.line - 1]
            guard line.indices.contains(column) else { return nil }
            if line[column] == "\"" || line[column] == "'" { column += 1 }
            guard line.indices.contains(column) else { return nil }
            lines[first.line - 1][column] = "\u{E000}"  // a private-use character no key starts with
            var renamed = String.UnicodeScalarView()
            for (i, line) in lines.enumerated() {
                if i > 0 { renamed.append("\n") }
                renamed.append(contentsOf: line)
            }
            do {
                guard let root = try Yams.compose(yaml: String(renamed), .basic) else { return nil }
                return Self.otherKey(key, besides: first, in: root)
            } catch {
                // A third occurrence: the parser (which throws nothing but `YamlError`) now names the second one.
                if case .duplicatedKeysInMapping(let keys, let context)? = error as? YamlError, keys.first == key {
                    return context.mark
                }
                return nil
            }
        }

        /// In the mapping holding a key at `first`, the mark of the key `key`.
        private static func otherKey(_ key: String, besides first: Mark, in node: Node) -> Mark? {
            switch node {
            case .mapping(let mapping):
                if mapping.keys.contains(where: { $0.mark?.line == first.line && $0.mark?.column == first.column }) {
                    return mapping.keys.first { $0.string == key }?.mark
                }
                for (k, v) in mapping {
                    if let found = otherKey(key, besides: first, in: k) ?? otherKey(key, besides: first, in: v) {
                        return found
                    }
                }
                return nil
            case .sequence(let sequence):
                for element in sequence {
                    if let found = otherKey(key, besides: first, in: element) { return found }
                }
                return nil
            default:
                return nil
            }
        }
    }

    // MARK: - Anchors

    /// Where the first anchor or alias of `text` starts (1-based line and column), found from the YAML parser's
    /// events alone, in one pass and without building nodes: nil when there is none, and when the text stops
    /// being YAML before one (Yams then reports that error).
    static func firstAnchor(in text: String) -> (line: Int, column: Int)? {
        // Every anchor and alias is written with '&' or '*': most files hold neither and need no pass.
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "*") }) else { return nil }
        var bytes = Array(utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchored: Bool
                switch event.type {
                case YAML_ALIAS_EVENT: anchored = true
                case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT: anchored = event.data.sequence_start.anchor != nil
                case YAML_MAPPING_START_EVENT: anchored = event.data.mapping_start.anchor != nil
                case YAML_STREAM_END_EVENT: return nil
                default: anchored = false
                }
                if anchored { return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1) }
            }
            return nil
        }
    }

    // MARK: - Messages

    static let anchorMessage = Message(.yamlAnchor)
    static var depthMessage: Message { Message(.yamlDepth, ["maximum": "\(maximumDepth)"]) }

    /// A parser problem in words for people: the message for the parser's (English, fixed) problem text.
    static func message(for problem: String) -> Message {
        let known: [(String, MessageKey)] = [
            ("found character that cannot start any token", .yamlCannotStartValue),
            ("mapping values are not allowed", .yamlColonNotAllowed),
            ("did not find expected key", .yamlExpectedKey),
            ("could not find expected ':'", .yamlExpectedColon),
            ("did not find expected ',' or ']'", .yamlListNotClosed),
            ("did not find expected ',' or '}'", .yamlMappingNotClosed),
            ("found unexpected end of stream", .yamlQuoteNotClosed),
            ("did not find expected node content", .yamlExpectedValue),
            ("found undefined alias", .yamlAnchor),
            ("found unknown escape character", .yamlUnknownEscape),
            ("block sequence entries are not allowed", .yamlListItemNotAllowed),
            ("but found another document", .yamlSecondDocument),
            ("did not find expected <document start>", .yamlTextAfterValue),
            ("control characters are not allowed", .yamlControlCharacter),
            ("invalid leading UTF-8 octet", .yamlNotUTF8),
            ("did not find expected '-' indicator", .yamlExpectedListItem),
            ("did not find expected comment or line break", .yamlTextAfterValueQuotes),
            ("did not find URI escaped octet", .yamlTag),
            ("did not find expected tag URI", .yamlTag),
            ("did not find expected alphabetic or numeric character", .yamlAnchorCharacter),
            ("found a tab character", .yamlTab),
        ]
        if problem.contains("Maximum nesting level") { return depthMessage }
        for (pattern, key) in known where problem.contains(pattern) { return Message(key) }
        return Message(.yamlInvalidWithReason, ["problem": .text(problem)])
    }
}
