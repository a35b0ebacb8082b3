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
        for entry in yaml.mapping(root, what: "a mapping of term ids to their words and definitions") ?? [] {
            guard let id = yaml.identifier(entry.keyNode, what: "term id") else { continue }
            guard let languages = yaml.mapping(entry.value, what: "the term per language (sv: ..., en: ...)") else {
                continue
            }
            if languages.isEmpty { yaml.error(untranslated: "the term '\(id)' has no language", at: entry.keyNode) }
            var words: [Language: String] = [:]
            var definitions: [Language: [TemplateInline]] = [:]
            for language in languages {
                guard let code = yaml.language(language.keyNode),
                    let fields = yaml.fields(
                        language.value, what: "the '\(code.rawValue)' entry of the term '\(id)'",
                        keys: ["term", "definition"],
                        required: ["term", "definition"])
                else { continue }
                if let node = fields["term"], let word = yaml.string(node, what: "the term's word") {
                    words[code] = word
                }
                if let node = fields["definition"], let text = yaml.string(node, what: "a definition") {
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
