import Foundation

/// Reads `terms.yaml` (see `docs/clause-format.md`): for each term id, per language the term's word and its
/// definition in inline markup.
///
///     results:
///       sv: { term: Resultat, definition: "allt som en [[party|Part]] tar fram inom projektet" }
///       en: { term: Results, definition: "everything a [[party]] produces in the project" }
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
            if languages.isEmpty { yaml.error(Message(.libraryTermNoLanguage, ["id": .text(id)]), at: entry.keyNode) }
            var words: [Language: String] = [:]
            var definitions: [Language: [TemplateInline]] = [:]
            for language in languages {
                guard let code = yaml.language(language.keyNode),
                    let fields = yaml.fields(
                        language.value,
                        what: .message(
                            Message(.libraryWhatTermEntry, ["language": .text(code.rawValue), "id": .text(id)])),
                        keys: ["term", "definition"],
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
            }
            terms[id] = TermDefinition(
                id: id, word: Localized(words), definition: definitions, location: entry.keyNode.location)
        }
        try yaml.check()
        return terms
    }
}
