internal import CYaml
import Foundation

/// Reads YAML text into located nodes (`YAMLNode`). The one place that parses YAML: the clause library, the
/// questionnaire, answers files and batch configs all come through here, and the YAML library (libyaml, `CYaml`)
/// is imported nowhere else. The nodes are built straight from libyaml's events, in one pass, without an
/// intermediate tree: a batch config of 10,000 agreements is held once, as `YAMLNode`s.
///
/// - The text must be UTF-8; a byte-order mark at its start is dropped (columns then count as the user sees them).
/// - A key given twice in one mapping is an error at the second key, naming the line of the first. Keys are the
///   same when their text is (`a`, `'a'` and `"a"` are one key), or, for a list or mapping used as a key, when
///   their content is.
/// - Tabs used for indentation are an error at the tab: "tab characters are not allowed for indentation".
/// - Anchors and aliases (`&name`, `*name`) are not supported: each value is written out where it is used. They
///   are refused at their event, so no alias is ever expanded: neither a billion laughs nor an alias used as a
///   key, whose expanded tree a duplicate-key check would compare in time exponential in its nesting.
/// - Nesting deeper than `maximumDepth` is an error, worded for people, raised before the deeper node is built.
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
        var text = withoutByteOrderMark(text)
        let context = Context(text: text, file: file, lineOffset: lineOffset)
        let result = text.withUTF8 { bytes in context.compose(bytes) }
        return try result.get()
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

        // MARK: Composing

        /// A list or mapping whose end event has not come yet: a reference, so that adding to it never copies
        /// what it holds.
        private final class Open {
            let isMapping: Bool
            let location: SourceLocation
            var elements: [YAMLNode] = []
            var entries: [YAMLEntry] = []
            /// The key whose value comes next.
            var key: YAMLNode?
            /// Where each scalar key was first given, by its text.
            var scalarKeys: [String: SourceLocation] = [:]
            /// The keys that are lists or mappings.
            var otherKeys: [YAMLNode] = []

            init(isMapping: Bool, location: SourceLocation) {
                self.isMapping = isMapping
                self.location = location
            }

            /// The finished node.
            var node: YAMLNode {
                isMapping
                    ? .mapping(YAMLMapping(entries: entries, location: location))
                    : .sequence(YAMLSequence(elements: elements, location: location))
            }
        }

        /// The location of a libyaml mark (0-based line and column).
        func location(_ mark: yaml_mark_t) -> SourceLocation {
            location(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }

        /// Builds the document's nodes from the parser's events over `bytes` (the UTF-8 text): nil for a stream
        /// without a document; the first problem otherwise.
        func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, DiagnosticError> {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(
                    DiagnosticError([Diagnostic(.error, Message(.yamlInvalid), at: location(line: 1, column: 1))]))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var open: [Open] = []
            var root: YAMLNode?
            var documents = 0
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(DiagnosticError([diagnostic(for: parser, bytes: bytes)]))
                }
                defer { yaml_event_delete(&event) }
                let at = location(event.start_mark)
                var node: YAMLNode?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .success(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        return .failure(DiagnosticError([Diagnostic(.error, Message(.yamlSecondDocument), at: at)]))
                    }
                case YAML_ALIAS_EVENT:
                    return .failure(DiagnosticError(YAMLReader.anchorMessage, at: at))
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let anchor: UnsafeMutablePointer<yaml_char_t>? =
                        switch event.type {
                        case YAML_SCALAR_EVENT: event.data.scalar.anchor
                        case YAML_SEQUENCE_START_EVENT: event.data.sequence_start.anchor
                        default: event.data.mapping_start.anchor
                        }
                    if anchor != nil { return .failure(DiagnosticError(YAMLReader.anchorMessage, at: at)) }
                    if open.count + 1 > YAMLReader.maximumDepth {
                        return .failure(DiagnosticError(YAMLReader.depthMessage, at: at))
                    }
                    switch event.type {
                    case YAML_SCALAR_EVENT: node = scalar(event, at: at)
                    case YAML_SEQUENCE_START_EVENT: open.append(Open(isMapping: false, location: at))
                    default: open.append(Open(isMapping: true, location: at))
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    node = open.removeLast().node
                default:
                    break
                }
                guard let node else { continue }
                guard let parent = open.last else {
                    root = node
                    continue
                }
                if !parent.isMapping {
                    parent.elements.append(node)
                } else if let key = parent.key {
                    parent.entries.append(YAMLEntry(key: key, value: node))
                    parent.key = nil
                } else {
                    if let problem = duplicate(node, scalarKeys: &parent.scalarKeys, otherKeys: &parent.otherKeys) {
                        return .failure(DiagnosticError([problem]))
                    }
                    parent.key = node
                }
            }
        }

        /// A scalar event's node.
        private func scalar(_ event: yaml_event_t, at: SourceLocation) -> YAMLNode {
            let data = event.data.scalar
            // libyaml has checked the UTF-8; a scalar may hold NUL characters, so its length counts, not a NUL.
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let style: YAMLScalar.Style
            switch data.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let mark = event.start_mark
            return .scalar(
                YAMLScalar(
                    text: text, style: style, location: at,
                    textLocation: textLocation(style, line: Int(mark.line) + 1, column: Int(mark.column) + 1)))
        }

        /// The problem of a key given earlier in the same mapping, at the key given again; nil (and the key
        /// remembered) when it is new. A list or mapping given twice as a key is told as `YAMLChecker` tells such a
        /// key given once, where it first stands: "expected a key, found a list".
        private func duplicate(
            _ key: YAMLNode, scalarKeys: inout [String: SourceLocation], otherKeys: inout [YAMLNode]
        ) -> Diagnostic? {
            guard let scalar = key.scalar else {
                guard let first = otherKeys.first(where: { Self.sameContent($0, key) }) else {
                    otherKeys.append(key)
                    return nil
                }
                let found: MessageKey = first.sequence != nil ? .yamlFoundList : .yamlFoundMapping
                return Diagnostic(
                    .error,
                    Message(
                        .yamlExpected, ["what": .message(Message(.yamlWhatKey)), "found": .message(Message(found))]),
                    at: first.location)
            }
            guard let first = scalarKeys[scalar.text] else {
                scalarKeys[scalar.text] = key.location
                return nil
            }
            return Diagnostic(
                .error, Message(.yamlDuplicateKey, ["key": .text(scalar.text), "line": "\(first.line)"]),
                at: key.location)
        }

        /// Whether two nodes say the same, wherever and however they are written.
        private static func sameContent(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
            switch (a, b) {
            case (.scalar(let x), .scalar(let y)): return x.text == y.text
            case (.sequence(let x), .sequence(let y)):
                return x.elements.count == y.elements.count && zip(x.elements, y.elements).allSatisfy(sameContent)
            case (.mapping(let x), .mapping(let y)):
                return x.entries.count == y.entries.count
                    && zip(x.entries, y.entries).allSatisfy {
                        sameContent($0.key, $1.key) && sameContent($0.value, $1.value)
                    }
            default: return false
            }
        }

        /// Where the text of a scalar starts (see `YAMLScalar.textLocation`).
        /// `line` and `column` are the scalar's start, 1-based.
        private func textLocation(_ style: YAMLScalar.Style, line: Int, column: Int) -> SourceLocation {
            switch style {
            case .singleQuoted, .doubleQuoted:
                return location(line: line, column: column + 1)
            case .literal, .folded:
                var i = line  // the 0-based index of the next line
                while i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1 }
                guard i < lines.count else { return location(line: line, column: column) }
                let indent = lines[i].prefix { $0 == " " }.count
                return location(line: i + 1, column: indent + 1)
            case .plain:
                return location(line: line, column: column)
            }
        }

        // MARK: Errors

        /// The diagnostic for the error that stopped the parser, worded for people.
        func diagnostic(for parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
            let problem = parser.problem.map { String(cString: $0) } ?? ""
            switch parser.error {
            case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
                let line = Int(parser.problem_mark.line) + 1
                let column = Int(parser.problem_mark.column) + 1
                let here = lines.indices.contains(line - 1) ? lines[line - 1] : []
                // libyaml's problems about tabs (scanner.c: "found a tab character ...") are marked at the tab.
                if problem.contains("tab character") || (here.indices.contains(column - 1) && here[column - 1] == "\t")
                {
                    return Diagnostic(.error, Message(.yamlTab), at: location(line: line, column: column))
                }
                return Diagnostic(.error, YAMLReader.message(for: problem), at: location(line: line, column: column))
            case YAML_READER_ERROR:
                return Diagnostic(
                    .error, YAMLReader.message(for: problem), at: location(byteOffset: parser.problem_offset, in: bytes)
                )
            default:
                return Diagnostic(.error, Message(.yamlInvalid), at: location(line: 1, column: 1))
            }
        }

        /// The location of a byte offset into the text: lines end at LF, CR LF, CR, NEL, LS and PS; columns count
        /// Unicode scalars, as libyaml's marks do.
        private func location(byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
            var line = 1
            var column = 1
            var index = 0
            let end = min(byteOffset, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    if byte == UInt8(ascii: "\r"), index + 1 < end, bytes[index + 1] == UInt8(ascii: "\n") {
                        index += 1
                    }
                    line += 1
                    column = 1
                } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 {
                    index += 1  // NEL
                    line += 1
                    column = 1
                } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                    index += 2  // LS, PS
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return location(line: line, column: column)
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
