/// Reads a clause file (`*.clause`, see `docs/clause-format.md`): a YAML header between `---` lines, then one body
/// per language, each introduced by a line `=== sv` / `=== en` and written in the body markup.
public enum ClauseFileLoader {
    /// The header keys, in the order the documentation lists them.
    public static let headerKeys = ["id", "version", "category", "title", "slot", "when", "note", "survives"]
    /// The header keys every clause must have.
    public static let requiredKeys = ["id", "version", "category", "title"]

    /// Parses a clause file; every problem of the header and of every body is thrown together.
    ///
    /// With `parsingBodies` false the bodies are only split by language and kept as text (`sources`), and
    /// `ClauseFile.body(in:)` parses one when it is needed: a program that assembles one agreement reads only its
    /// clauses in its language. Problems in a body are then found only when it is parsed, so this is for a library
    /// already known to be sound (the bundled one, which the tests lint).
    public static func load(_ text: String, file: String, parsingBodies: Bool = true) throws(DiagnosticError)
        -> ClauseFile
    {
        let source = YAMLReader.withoutByteOrderMark(text)
        let lines = MarkupText.lines(of: source)
        func joined(_ range: Range<Int>) -> String {
            var s: [Unicode.Scalar] = []
            for i in range {
                if i > range.lowerBound { s.append("\n") }
                s.append(contentsOf: lines[i])
            }
            return String(scalars: s)
        }
        func isFence(_ line: [Unicode.Scalar]) -> Bool {
            line.count >= 3 && line[0] == "-" && line[1] == "-" && line[2] == "-"
                && line[3...].allSatisfy(MarkupText.isSpace)
        }
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let first = lines.first, isFence(first) else {
            throw DiagnosticError(Message(.clauseNoHeader), at: start)
        }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0]) }) else {
            throw DiagnosticError(Message(.clauseHeaderNotClosed), at: start)
        }

        // The header: lines 2 ..< close + 1 of the file.
        var yaml = YAMLChecker()
        var keyLocations: [String: SourceLocation] = [:]
        var header: YAMLFields?
        if let root = yaml.read(text: joined(1..<close), file: file, lineOffset: 1) {
            header = yaml.fields(root, what: .key(.libraryWhatHeader), keys: headerKeys, required: requiredKeys)
        } else if yaml.diagnostics.isEmpty {
            yaml.error(
                Message(.clauseHeaderEmpty, ["keys": .text(requiredKeys.joined(separator: ", "))]), at: start)
        }
        for (key, entry) in header?.entries ?? [:] { keyLocations[key] = entry.key.location }
        let id = header?["id"].flatMap { yaml.identifier($0, what: .key(.libraryWhatClauseId), rules: .clause) }
        let version = header?["version"].flatMap { yaml.version($0) }
        var category: ClauseCategory?
        if let node = header?["category"], let text = yaml.string(node, what: .key(.libraryWhatCategory)) {
            category = ClauseCategory(rawValue: text)
            if category == nil {
                let all = ClauseCategory.allCases.map(\.rawValue)
                let hint = SpellingSuggestion.hintValue(for: text, in: all)
                let categories = Message.Value.text(all.joined(separator: ", "))
                yaml.error(
                    Message(.clauseUnknownCategory, ["text": .text(text), "hint": hint, "categories": categories]),
                    at: node)
            }
        }
        let title = header?["title"].flatMap { yaml.localized($0, what: .key(.libraryWhatTitle), complete: false) }
        let titleTemplates = header?["title"].map { titleMarkup($0, &yaml) } ?? [:]
        let slot = header?["slot"].flatMap { yaml.identifier($0, what: .key(.libraryWhatSlotId)) }
        let when = header?["when"].flatMap { yaml.condition($0) }
        let note = header?["note"].flatMap { yaml.localized($0, what: .key(.libraryWhatNote), complete: false) }
        let survives = header?["survives"].map { survival($0, &yaml) } ?? ClauseSurvival.none
        var diagnostics = yaml.diagnostics

        // The bodies.
        var bodies: [Language: [TemplateBlock]] = [:]
        var bodyLocations: [Language: SourceLocation] = [:]
        var sources: [Language: String] = [:]
        var markers: [(line: Int, language: Language?)] = []
        var strayReported = false
        for i in (close + 1)..<lines.count {
            let line = lines[i]
            guard line.count >= 3, line[0] == "=", line[1] == "=", line[2] == "=" else {
                if markers.isEmpty, !strayReported, !line.allSatisfy(MarkupText.isSpace) {
                    diagnostics.append(
                        Diagnostic(
                            .error, Message(.clauseTextBeforeBody),
                            at: SourceLocation(file: file, line: i + 1, column: 1)))
                    strayReported = true
                }
                continue
            }
            var lower = 3
            while lower < line.count, MarkupText.isSpace(line[lower]) { lower += 1 }
            var upper = line.count
            while upper > lower, MarkupText.isSpace(line[upper - 1]) { upper -= 1 }
            let name = String(scalars: line[lower..<upper])
            let at = SourceLocation(file: file, line: i + 1, column: lower + 1)
            var language: Language?
            if name.isEmpty {
                diagnostics.append(
                    Diagnostic(.error, Message(.clauseNoBodyLanguage), at: at))
            } else if let known = Language(rawValue: name) {
                if let previous = bodyLocations[known] {
                    diagnostics.append(
                        Diagnostic(
                            .error, Message(.clauseSecondBody, ["language": .text(name), "line": "\(previous.line)"]),
                            at: at))
                } else {
                    language = known
                    bodyLocations[known] = SourceLocation(file: file, line: i + 1, column: 1)
                }
            } else {
                let all = Language.allCases.map(\.rawValue)
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(
                            .yamlUnknownLanguage,
                            ["text": .text(name), "languages": .text(all.joined(separator: ", "))]),
                        at: at))
            }
            markers.append((i, language))
        }
        if markers.isEmpty, !strayReported {
            diagnostics.append(
                Diagnostic(
                    .error, Message(.clauseNoBody),
                    at: SourceLocation(file: file, line: close + 1, column: 1)))
        }
        for (n, marker) in markers.enumerated() {
            guard let language = marker.language else { continue }
            let end = n + 1 < markers.count ? markers[n + 1].line : lines.count
            let body = joined((marker.line + 1)..<end)
            sources[language] = body
            guard parsingBodies else { continue }
            do {
                bodies[language] = try TemplateParser.parseBlocks(body, file: file, firstLine: marker.line + 2)
            } catch {
                diagnostics += error.diagnostics
            }
        }

        guard diagnostics.isEmpty, let id, let version, let category, let title else {
            throw DiagnosticError(diagnostics)
        }
        return ClauseFile(
            id: id, version: version, category: category, title: title, titleTemplates: titleTemplates, slot: slot,
            when: when, note: note, survives: survives, bodies: bodies, file: file, keyLocations: keyLocations,
            bodyLocations: bodyLocations, sources: sources)
    }

    /// The titles that vary with the answers: a title holding `{{` is inline markup of text and `{{if ...}}`
    /// conditionals (`{{if count(suppliers) > 1}}Leverantörer{{else}}Leverantören{{end}}`); any other title is
    /// literal text and has no entry.
    private static func titleMarkup(_ node: YAMLNode, _ yaml: inout YAMLChecker) -> [Language: [TemplateInline]] {
        var out: [Language: [TemplateInline]] = [:]
        for entry in node.mapping?.entries ?? [] {
            guard let language = entry.name.flatMap(Language.init(rawValue:)), let scalar = entry.value.scalar,
                scalar.text.contains("{{")
            else { continue }
            do {
                let inlines = try TemplateParser.parseInlines(scalar.text, at: entry.value.textLocation)
                if let problem = firstNonTitleInline(inlines) {
                    let markup = "{{if CONDITION}}...{{else}}...{{end}}"
                    yaml.error(
                        Message(.clauseTitleMarkup, ["markup": .text(markup), "problem": .message(problem)]),
                        at: entry.value)
                    continue
                }
                out[language] = inlines
            } catch {
                yaml.report(error)
            }
        }
        return out
    }

    /// What a title may not hold, described, if it holds it.
    private static func firstNonTitleInline(_ inlines: [TemplateInline]) -> Message? {
        for inline in inlines {
            switch inline {
            case .text: continue
            case .conditional(let branches, let otherwise):
                for content in branches.map(\.content) + [otherwise ?? []] {
                    if let problem = firstNonTitleInline(content) { return problem }
                }
            case .emphasis, .strong: return Message(.clauseTitleEmphasis)
            case .term, .definition: return Message(.clauseTitleTerm)
            case .reference, .survivors: return Message(.clauseTitleReference)
            case .value: return Message(.clauseTitleValue)
            case .loop: return Message(.clauseTitleLoop, ["markup": "{{for}}"])
            case .blank: return Message(.clauseTitleBlank)
            case .note: return Message(.clauseTitleNote)
            case .lineBreak: return Message(.clauseTitleLineBreak)
            }
        }
        return nil
    }

    /// `survives:`: `true`, `false`, or a list of the clause's sub-clause ids (checked by the library check).
    private static func survival(_ node: YAMLNode, _ yaml: inout YAMLChecker) -> ClauseSurvival {
        if let items = node.sequence?.elements {
            if items.isEmpty {
                yaml.error(Message(.clauseSurvivesEmpty), at: node)
                return .none
            }
            return .subclauses(items.compactMap { yaml.identifier($0, what: .key(.libraryWhatSubclauseId)) })
        }
        switch node.scalar == nil ? nil : node.text {
        case "true": return .whole
        case "false": return ClauseSurvival.none
        default:
            yaml.error(Message(.clauseSurvivesInvalid, ["found": node.foundValue]), at: node)
            return .none
        }
    }
}
