import Foundation

/// Reads `terms.yaml` (see `docs/clause-format.md`): for each term id, per language the term's word and its
/// definition in inline markup; for a term that names the parties of one list, the list (`counts`) and per
/// language the forms that say one (`one`) or more than one (`many`).
///
///     results:
///       sv: { term: Resultat, definition: "allt som en [[party|Part]] tar fram inom projektet" }
///       en: { term: Results, definition: "everything a [[party]] produces in the project" }
///     supplier:
///       counts: suppliers
///       sv: { term: Leverantör, definition: "...", one: [Leverantören], many: [Leverantörerna] }
public enum TermsLoader {
    /// Parses the terms; every problem is thrown together.
    public static func load(_ data: Data, file: String) throws(DiagnosticError) -> [String: TermDefinition] {
        var yaml = YAMLChecker()
        guard let root = yaml.read(data, file: file) else {
            try yaml.check()
            return [:]
        }
        var terms: [String: TermDefinition] = [:]
        for entry in yaml.mapping(root, what: .key(.libraryWhatTerms)) ?? [] {
            guard let id = yaml.identifier(entry.keyNode, what: .key(.libraryWhatTermId)) else { continue }
            guard let languages = yaml.mapping(entry.value, what: .key(.libraryWhatTermLanguages)) else {
                continue
            }
            var words: [Language: String] = [:]
            var definitions: [Language: [TemplateInline]] = [:]
            var counts: TermCount?
            var numberForms: [Language: TermNumberForms] = [:]
            var formsNode: YAMLNode?
            for language in languages {
                if language.key == "counts" {
                    if let list = yaml.identifier(language.value, what: .key(.libraryWhatTermCounts)) {
                        counts = TermCount(list: list, location: language.value.textLocation)
                    }
                    continue
                }
                guard let code = yaml.language(language.keyNode),
                    let fields = yaml.fields(
                        language.value,
                        what: .message(
                            Message(.libraryWhatTermEntry, ["language": .text(code.rawValue), "id": .text(id)])),
                        keys: ["term", "definition", "one", "many"],
                        required: ["term", "definition"])
                else { continue }
                if let node = fields["term"], let word = yaml.string(node, what: .key(.libraryWhatTermWord)) {
                    words[code] = word
                }
                if let node = fields["definition"], let text = yaml.string(node, what: .key(.libraryWhatDefinition)) {
                    do {
                        definitions[code] = try TemplateParser.parseInlines(text, at: node.textLocation)
                    } catch {
                        yaml.report(error)
                    }
                }
                var forms = TermNumberForms()
                for (key, number) in [("one", TermNumber.one), ("many", .many)] {
                    guard let node = fields[key] else { continue }
                    formsNode = formsNode ?? fields.keyNode(key)
                    let texts =
                        yaml.list(node, what: .key(.libraryWhatTermForms)) { yaml, element in
                            yaml.string(element, what: .key(.libraryWhatTermForm)).map { ($0, element) }
                        } ?? []
                    for (text, element) in texts {
                        if number == .many, forms.one.contains(text) {
                            yaml.error(
                                Message(.libraryTermFormBothNumbers, ["form": .text(text), "id": .text(id)]),
                                at: element)
                        }
                        if number == .one { forms.one.insert(text) } else { forms.many.insert(text) }
                    }
                }
                if !forms.one.isEmpty || !forms.many.isEmpty { numberForms[code] = forms }
            }
            if !languages.contains(where: { $0.key != "counts" }) {
                yaml.error(Message(.libraryTermNoLanguage, ["id": .text(id)]), at: entry.keyNode)
            }
            if counts == nil, let formsNode {
                yaml.error(Message(.libraryTermFormsWithoutCounts, ["id": .text(id)]), at: formsNode)
            }
            terms[id] = TermDefinition(
                id: id, word: Localized(words), definition: definitions, location: entry.keyNode.location,
                counts: counts, numberForms: numberForms)
        }
        try yaml.check()
        return terms
    }
}
