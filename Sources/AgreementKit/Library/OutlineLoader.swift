import Foundation

/// Reads an agreement outline (`agreements/*.yaml`, see `docs/clause-format.md`): the agreement type's id, version
/// and title, which list answers hold the parties, and the ordered outline of the document.
public enum OutlineLoader {
    /// The top-level keys.
    public static let keys = ["id", "version", "title", "date", "signing", "parties", "outline"]
    /// The outline entries written as a bare word.
    public static let wordItems = ["title", "parties", "page-break", "signatures"]

    /// Parses an outline; every problem is thrown together.
    public static func load(_ data: Data, file: String) throws(DiagnosticError) -> AgreementOutline {
        var yaml = YAMLChecker()
        guard let root = yaml.read(data, file: file) else {
            if yaml.diagnostics.isEmpty {
                yaml.error(
                    untranslated:
                        "the outline is empty: it needs id, version, title and outline",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            throw DiagnosticError(yaml.diagnostics)
        }
        let fields = yaml.fields(
            root, what: "the agreement outline", keys: keys, required: ["id", "version", "title", "outline"])
        let id = fields?["id"].flatMap { yaml.identifier($0, what: "agreement id") }
        let version = fields?["version"].flatMap { yaml.version($0) }
        let title = fields?["title"].flatMap { yaml.localized($0, what: "the title", complete: false) }
        let date = fields?["date"].flatMap { yaml.identifier($0, what: "question id") }
        let signing = fields?["signing"].flatMap { yaml.identifier($0, what: "question id") }
        var parties: [PartySource] = []
        if let node = fields?["parties"] {
            parties =
                yaml.list(node, what: "a list of party lists (- list: ..., role: ...)") {
                    yaml, element -> PartySource? in
                    guard
                        let source = yaml.fields(
                            element, what: "a party list", keys: ["list", "role"], required: ["list", "role"])
                    else { return nil }
                    let list = source["list"].flatMap { yaml.identifier($0, what: "question id") }
                    var role: PartyRole?
                    if let node = source["role"], let text = yaml.string(node, what: "a party role") {
                        role = PartyRole(rawValue: text)
                        if role == nil {
                            let all = PartyRole.allCases.map(\.rawValue)
                            yaml.error(
                                untranslated:
                                    "unknown role '\(text)'\(SpellingSuggestion.hint(for: text, in: all)); the roles are \(all.joined(separator: ", "))",
                                at: node)
                        }
                    }
                    guard let list, let role else { return nil }
                    return PartySource(list: list, role: role, location: element.location)
                } ?? []
        }
        var items: [OutlineItem] = []
        if let node = fields?["outline"] {
            items = yaml.list(node, what: "a list of outline entries") { yaml, element in item(element, &yaml) } ?? []
        }
        try yaml.check()
        guard let id, let version, let title else {
            throw DiagnosticError(untranslated: "the outline is incomplete", file: file)
        }
        return AgreementOutline(
            id: id, version: version, title: title, parties: parties, items: items, file: file, dateQuestion: date,
            signingQuestion: signing)
    }

    private static func item(_ node: YAMLNode, _ yaml: inout YAMLChecker) -> OutlineItem? {
        if let scalar = node.scalar {
            switch scalar.text {
            case "title": return .title
            case "parties": return .parties
            case "page-break": return .pageBreak
            case "signatures": return .signatures
            default:
                let hint = SpellingSuggestion.hint(for: scalar.text, in: wordItems)
                yaml.error(
                    untranslated:
                        "unknown outline entry '\(scalar.text)'\(hint); the entries are \(wordItems.joined(separator: ", ")), or a mapping with clause, slot, definitions or annexes",
                    at: node)
                return nil
            }
        }
        let kinds = ["clause", "slot", "definitions", "annexes"]
        guard let entries = yaml.mapping(node, what: "an outline entry") else { return nil }
        let named = entries.filter { kinds.contains($0.key) }
        guard named.count == 1, let kind = named.first else {
            yaml.error(
                untranslated:
                    named.isEmpty
                    ? "an outline entry needs one of \(kinds.joined(separator: ", ")), or is one of \(wordItems.joined(separator: ", "))"
                    : "an outline entry has only one of \(kinds.joined(separator: ", "))",
                at: node)
            return nil
        }
        let allowed = kind.key == "clause" || kind.key == "slot" ? [kind.key, "when"] : [kind.key]
        guard let fields = yaml.fields(node, what: "an outline entry", keys: allowed, required: [kind.key]) else {
            return nil
        }
        let when = fields["when"].flatMap { yaml.condition($0) }
        if fields["when"] != nil, when == nil { return nil }
        switch kind.key {
        case "clause", "slot":
            guard let id = yaml.identifier(kind.value, what: "\(kind.key) id") else { return nil }
            let location = kind.value.textLocation
            return kind.key == "clause"
                ? .clause(id: id, when: when, location: location) : .slot(id: id, when: when, location: location)
        case "definitions":
            guard
                let definition = yaml.fields(
                    kind.value, what: "the definitions clause", keys: ["id", "title"], required: ["id", "title"]),
                let id = definition["id"].flatMap({ yaml.identifier($0, what: "clause id") }),
                let title = definition["title"].flatMap({ yaml.localized($0, what: "the title", complete: false) })
            else { return nil }
            return .definitions(id: id, title: title, location: kind.value.location)
        default:
            let annexes = yaml.list(kind.value, what: "a list of annexes (- id: ..., title: ...)") {
                yaml, element -> OutlineAnnex? in
                guard
                    let annex = yaml.fields(
                        element, what: "an annex", keys: ["id", "title", "when", "clause"], required: ["id", "title"])
                else { return nil }
                let id = annex["id"].flatMap { yaml.identifier($0, what: "annex id") }
                let title = annex["title"].flatMap { yaml.localized($0, what: "the title", complete: false) }
                let when = annex["when"].flatMap { yaml.condition($0) }
                let clause = annex["clause"].flatMap { yaml.identifier($0, what: "clause id") }
                guard let id, let title, annex["when"] == nil || when != nil, annex["clause"] == nil || clause != nil
                else { return nil }
                return OutlineAnnex(id: id, title: title, when: when, clause: clause, location: element.location)
            }
            return .annexes(annexes ?? [])
        }
    }
}
