import Foundation
import Yams

/// Reads a YAML file into Yams nodes for the questionnaire and answers loaders, and turns node marks into
/// `file:line:col` locations. Values are always taken from a scalar's text, never from Yams' implicit typing.
struct YAMLSource {
    /// The file name used in locations.
    let file: String

    /// Parses `data` into its root node; nil for an empty document. Syntax errors and duplicate keys are thrown
    /// with their location.
    static func compose(_ data: Data, file: String) throws(DiagnosticError) -> Node? {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError("the file is not UTF-8 text", file: file)
        }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let keys, let context) = error {
                let names = keys.map { "'\($0)'" }.joined(separator: ", ")
                throw DiagnosticError(
                    "the key \(names) is given more than once in this mapping",
                    at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column))
            }
            throw DiagnosticError([NodeLocator.diagnostic(for: error, file: file)])
        } catch {
            throw DiagnosticError("\(error)", file: file)
        }
    }

    /// The location of a node (the start of the file when Yams kept no mark).
    func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// The first line of the file, for problems that belong to no particular node.
    var start: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    /// The location where the text of a scalar begins: one column after the opening quote of a quoted scalar.
    func textLocation(_ node: Node) -> SourceLocation {
        var location = self.location(node)
        if let scalar = node.scalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            location.column += 1
        }
        return location
    }

    /// Whether a node stands for "no value": an empty or whitespace-only scalar, or a plain `null` / `~`.
    static func isEmpty(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return true }
        return scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text)
    }

    /// A short description of what a node is, for "expected ..., found ..." messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
