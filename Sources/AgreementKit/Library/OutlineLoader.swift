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
                    Message(.outlineEmpty),
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            throw DiagnosticError(yaml.diagnostics)
        }
        let fields = yaml.fields(
            root, what: .key(.libraryWhatOutline), keys: keys, required: ["id", "version", "title", "outline"])
        let id = fields?["id"].flatMap { yaml.identifier($0, what: .key(.libraryWhatAgreementId)) }
        let version = fields?["version"].flatMap { yaml.version($0) }
        let title = fields?["title"].flatMap { yaml.localized($0, what: .key(.libraryWhatTitle), complete: false) }
        let date = fields?["date"].flatMap { yaml.identifier($0, what: .key(.libraryWhatQuestionId)) }
        let signing = fields?["signing"].flatMap { yaml.identifier($0, what: .key(.libraryWhatQuestionId)) }
        var parties: [PartySource] = []
        if let node = fields?["parties"] {
            parties =
                yaml.list(node, what: .key(.libraryWhatPartyLists)) {
                    yaml, element -> PartySource? in
                    guard
                        let source = yaml.fields(
                            element, what: .key(.libraryWhatPartyList), keys: ["list", "role"],
                            required: ["list", "role"])
                    else { return nil }
                    let list = source["list"].flatMap { yaml.identifier($0, what: .key(.libraryWhatQuestionId)) }
                    var role: PartyRole?
                    if let node = source["role"], let text = yaml.string(node, what: .key(.libraryWhatPartyRole)) {
                        role = PartyRole(rawValue: text)
                        if role == nil {
                            let all = PartyRole.allCases.map(\.rawValue)
                            let hint = SpellingSuggestion.hintValue(for: text, in: all)
                            let roles = Message.Value.text(all.joined(separator: ", "))
                            yaml.error(
                                Message(.outlineUnknownRole, ["text": .text(text), "hint": hint, "roles": roles]),
                                at: node)
                        }
                    }
                    guard let list, let role else { return nil }
                    return PartySource(list: list, role: role, location: element.location)
                } ?? []
        }
        var items: [OutlineItem] = []
        if let node = fields?["outline"] {
            items =
                yaml.list(node, what: .key(.libraryWhatOutlineEntries)) { yaml, element in item(element, &yaml) } ?? []
        }
        try yaml.check()
        guard let id, let version, let title else {
            throw DiagnosticError(Message(.outlineIncomplete), file: file)
        }
        return AgreementOutline(
            id: id, version: version, title: title, parties: parties, items: items, file: file, dateQuestion: date,
            signingQuestion: signing, dateQuestionLocation: fields?["date"]?.textLocation,
            signingQuestionLocation: fields?["signing"]?.textLocation)
    }

    private static func item(_ node: YAMLNode, _ yaml: inout YAMLChecker) -> OutlineItem? {
        if let scalar = node.scalar {
            switch scalar.text {
            case "title": return .title
            case "parties": return .parties
            case "page-break": return .pageBreak
            case "signatures": return .signatures
            default:
                let hint = SpellingSuggestion.hintValue(for: scalar.text, in: wordItems)
                let entries = Message.Value.text(wordItems.joined(separator: ", "))
                yaml.error(
                    Message(.outlineUnknownEntry, ["text": .text(scalar.text), "hint": hint, "entries": entries]),
                    at: node)
                return nil
            }
        }
        let kinds = ["clause", "slot", "definitions", "annexes"]
        guard let entries = yaml.mapping(node, what: .key(.libraryWhatOutlineEntry)) else { return nil }
        let named = entries.filter { kinds.contains($0.key) }
        guard named.count == 1, let kind = named.first else {
            let values: [String: Message.Value] = [
                "kinds": .text(kinds.joined(separator: ", ")), "entries": .text(wordItems.joined(separator: ", ")),
            ]
            yaml.error(
                named.isEmpty
                    ? Message(.outlineEntryNeedsKind, values)
                    : Message(.outlineEntryOneKind, values.filter { $0.key == "kinds" }),
                at: node)
            return nil
        }
        let allowed = kind.key == "clause" || kind.key == "slot" ? [kind.key, "when"] : [kind.key]
        guard let fields = yaml.fields(node, what: .key(.libraryWhatOutlineEntry), keys: allowed, required: [kind.key])
        else {
            return nil
        }
        let when = fields["when"].flatMap { yaml.condition($0) }
        if fields["when"] != nil, when == nil { return nil }
        switch kind.key {
        case "clause", "slot":
            guard
                let id = yaml.identifier(
                    kind.value, what: kind.key == "clause" ? .key(.libraryWhatClauseId) : .key(.libraryWhatSlotId))
            else { return nil }
            let location = kind.value.textLocation
            return kind.key == "clause"
                ? .clause(id: id, when: when, location: location) : .slot(id: id, when: when, location: location)
        case "definitions":
            guard
                let definition = yaml.fields(
                    kind.value, what: .key(.libraryWhatDefinitions), keys: ["id", "title"], required: ["id", "title"]),
                let id = definition["id"].flatMap({ yaml.identifier($0, what: .key(.libraryWhatClauseId)) }),
                let title = definition["title"].flatMap({
                    yaml.localized($0, what: .key(.libraryWhatTitle), complete: false)
                })
            else { return nil }
            return .definitions(id: id, title: title, location: kind.value.location)
        default:
            let annexes = yaml.list(kind.value, what: .key(.libraryWhatAnnexes)) {
                yaml, element -> OutlineAnnex? in
                guard
                    let annex = yaml.fields(
                        element, what: .key(.libraryWhatAnnex), keys: ["id", "title", "when", "clause"],
                        required: ["id", "title"])
                else { return nil }
                let id = annex["id"].flatMap { yaml.identifier($0, what: .key(.libraryWhatAnnexId)) }
                let title = annex["title"].flatMap {
                    yaml.localized($0, what: .key(.libraryWhatTitle), complete: false)
                }
                let when = annex["when"].flatMap { yaml.condition($0) }
                let clause = annex["clause"].flatMap { yaml.identifier($0, what: .key(.libraryWhatClauseId)) }
                guard let id, let title, annex["when"] == nil || when != nil, annex["clause"] == nil || clause != nil
                else { return nil }
                return OutlineAnnex(id: id, title: title, when: when, clause: clause, location: element.location)
            }
            return .annexes(annexes ?? [])
        }
    }
}
