import Foundation

/// Finds where a path (`blocks[3].body[1]`) sits in a JSON or YAML file, from the located nodes of the YAML layer
/// (JSON is YAML). Decoders and validators report paths; this turns them into `file:line:col`.
struct NodeLocator {
    let file: String
    private let root: YAMLNode?

    /// Reads the node tree of `text`; when the text does not parse, every lookup falls back to line 1, column 1.
    init(text: String, file: String) {
        self.file = file
        self.root = try? YAMLReader.read(text: text, file: file)
    }

    /// The location of the deepest node along `path` (the closest existing ancestor when the path ends in a missing key).
    func location(of path: ModelPath) -> SourceLocation {
        guard let root else { return SourceLocation(file: file, line: 1, column: 1) }
        return root.location(
            along: path.components.map { component in
                switch component {
                case .key(let key): return .key(key)
                case .index(let i): return .index(i)
                }
            })
    }

    /// Converts a `Codable` coding path to a model path.
    static func path(_ codingPath: [any CodingKey]) -> ModelPath {
        ModelPath(
            codingPath.map { key in
                if let i = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(i) {
                    return .index(i)
                }
                return .key(key.stringValue)
            })
    }

    /// The diagnostic for a `DecodingError`, located in the file.
    func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case .typeMismatch(let type, let context):
            let message =
                type is Inline.Type || type is Block.Type
                ? context.debugDescription : "expected \(Self.describe(type))"
            return Diagnostic(
                .error, untranslated: message,
                at: location(of: Self.path(context.codingPath)))
        case .valueNotFound(let type, let context):
            return Diagnostic(
                .error, untranslated: "missing value, expected \(Self.describe(type))",
                at: location(of: Self.path(context.codingPath)))
        case .keyNotFound(let key, let context):
            return Diagnostic(
                .error, Message(.yamlMissingKeyHere, ["key": .text(key.stringValue)]),
                at: location(of: Self.path(context.codingPath)))
        case .dataCorrupted(let context):
            return Diagnostic(
                .error, untranslated: Self.reword(context.debugDescription),
                at: location(of: Self.path(context.codingPath)))
        @unknown default:
            return Diagnostic(.error, untranslated: "\(error)", file: file)
        }
    }

    /// The values the model's enumerations allow, by type name.
    private static let enumerations: [String: [String]] = [
        "\(Language.self)": Language.allCases.map(\.rawValue),
        "\(AgreementStatus.self)": AgreementStatus.allCases.map(\.rawValue),
        "\(ListKind.self)": ListKind.allCases.map(\.rawValue),
        "\(PartyRole.self)": PartyRole.allCases.map(\.rawValue),
        "\(ReferenceForm.self)": ReferenceForm.allCases.map(\.rawValue),
        "\(OrganisationNumberKind.self)": OrganisationNumberKind.allCases.map(\.rawValue),
    ]

    /// Swift's message for an unknown enumeration value (`Cannot initialize Language from invalid String value
    /// de`) in words for people, with the values allowed; any other message as it is.
    static func reword(_ message: String) -> String {
        let prefix = "Cannot initialize "
        let middle = " from invalid String value "
        guard message.hasPrefix(prefix), let range = message.range(of: middle) else { return message }
        let type = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<range.lowerBound])
        let value = message[range.upperBound...]
        guard let allowed = enumerations[type] else { return "'\(value)' is not an allowed value here" }
        return "'\(value)' is not one of: " + allowed.joined(separator: ", ")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "an array"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Dictionary") ? "an object" : name.hasPrefix("Array") ? "an array" : name
        }
    }
}
