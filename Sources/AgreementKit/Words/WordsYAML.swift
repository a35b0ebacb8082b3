import Foundation
import Yams

/// Reads a words file into its entries: nested mappings are flattened to dotted keys (`interview.progress`), each
/// value is a text or a list of texts. Scalars are taken as written (never Yams' implicit typing: `no` stays `no`).
/// The only place that reads words files as YAML, so the YAML layer can be switched here alone.
enum WordsYAML {
    /// Reads `text`, naming `file` in problems (`file:line:col: error: message`).
    static func entries(_ text: String, file: String) throws(DiagnosticError) -> [String: WordValue] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw DiagnosticError("not readable YAML: \(error)", file: file)
        }
        guard let root, root.mapping != nil else { throw DiagnosticError("a words file is a mapping of keys", file: file) }
        var entries: [String: WordValue] = [:]
        var problems: [Diagnostic] = []
        func location(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        func read(_ node: Node, prefix: String) {
            for (keyNode, value) in node.mapping ?? [:] {
                guard let key = keyNode.scalar?.string else {
                    problems.append(Diagnostic(.error, "a key must be a plain text", at: location(keyNode)))
                    continue
                }
                let path = prefix.isEmpty ? key : prefix + "." + key
                switch value {
                case .mapping: read(value, prefix: path)
                case .scalar(let scalar): entries[path] = .text(scalar.string)
                case .sequence(let items):
                    var texts: [String] = []
                    for item in items {
                        guard let text = item.scalar?.string else {
                            problems.append(Diagnostic(.error, "'\(path)' must be a list of texts", at: location(item)))
                            continue
                        }
                        texts.append(text)
                    }
                    entries[path] = .list(texts)
                case .alias:
                    problems.append(Diagnostic(.error, "'\(path)': aliases are not used in words files", at: location(value)))
                }
            }
        }
        read(root, prefix: "")
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return entries
    }
}
