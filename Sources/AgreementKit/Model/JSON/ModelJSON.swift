import Foundation

/// Reads and writes the JSON form of the model (documented in `docs/model-json.md`), the pandoc-AST idea:
/// users dump an assembled agreement, inspect or rewrite it, and render it again.
public enum ModelJSON {
    /// Encodes a model as pretty-printed JSON with sorted keys, so the same model always gives the same text.
    public static func encode(_ agreement: Agreement) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(agreement)
        data.append(0x0A)
        return data
    }

    /// Decodes and validates a model. Every problem (syntax, type, validation) is reported with `file:line:col`.
    public static func decode(_ data: Data, file: String) throws(DiagnosticError) -> Agreement {
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Message(.yamlNotUTF8), file: file)
        }
        let agreement: Agreement
        do {
            agreement = try JSONDecoder().decode(Agreement.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                // A syntax error: the YAML reader reads JSON too and knows where it broke.
                _ = try YAMLReader.read(text: text, file: file)
                // Or a number no integer holds, which Foundation's decoder reports as broken syntax, with no place.
                if let problem = NodeLocator(text: text, file: file).numberNotInteger() {
                    throw DiagnosticError([problem])
                }
                let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                throw DiagnosticError(
                    detail.map { Message(.modelInvalidJSONWithReason, ["reason": .text($0)]) }
                        ?? Message(.modelInvalidJSON),
                    file: file)
            }
            throw DiagnosticError([NodeLocator(text: text, file: file).diagnostic(for: error)])
        } catch let error as ModelDecodingError {
            throw DiagnosticError(
                error.message, at: NodeLocator(text: text, file: file).location(of: error.path))
        } catch {
            throw DiagnosticError(Message(.modelCannotRead, ["reason": .text("\(error)")]), file: file)
        }
        let issues = ModelValidator().issues(in: agreement)
        if !issues.isEmpty {
            let locator = NodeLocator(text: text, file: file)
            throw DiagnosticError(
                issues.map { Diagnostic(.error, $0.problem, at: locator.location(of: $0.path)) })
        }
        return agreement
    }
}
