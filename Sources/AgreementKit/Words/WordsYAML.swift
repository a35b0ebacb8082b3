import Foundation

/// Reads a words file into its entries: nested mappings are flattened to dotted keys (`interview.progress`), each
/// value is a text or a list of texts. Scalars are taken as written (`no` stays `no`). Reads through the one YAML
/// layer, so BOM, duplicate keys, tabs and anchors are handled as in every other file. Its own messages are plain
/// English, not from the words files: a broken words file is a developer's error.
enum WordsYAML {
    /// Reads `text`, naming `file` in problems (`file:line:col: error: message`).
    static func entries(_ text: String, file: String) throws(DiagnosticError) -> [String: WordValue] {
        let root = try YAMLReader.read(text: text, file: file)
        guard let root, root.mapping != nil else {
            throw DiagnosticError(untranslated: "a words file is a mapping of keys", file: file)
        }
        var entries: [String: WordValue] = [:]
        var problems: [Diagnostic] = []
        func read(_ mapping: YAMLMapping, prefix: String) {
            for entry in mapping.entries {
                guard let key = entry.name else {
                    problems.append(
                        Diagnostic(.error, untranslated: "a key must be a plain text", at: entry.key.location))
                    continue
                }
                let path = prefix.isEmpty ? key : prefix + "." + key
                switch entry.value {
                case .mapping(let inner): read(inner, prefix: path)
                case .scalar(let scalar): entries[path] = .text(scalar.text)
                case .sequence(let items):
                    var texts: [String] = []
                    for item in items.elements {
                        guard let text = item.text else {
                            problems.append(
                                Diagnostic(.error, untranslated: "'\(path)' must be a list of texts", at: item.location)
                            )
                            continue
                        }
                        texts.append(text)
                    }
                    entries[path] = .list(texts)
                }
            }
        }
        if let mapping = root.mapping { read(mapping, prefix: "") }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return entries
    }
}
