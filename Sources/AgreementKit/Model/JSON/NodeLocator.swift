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
        ModelPath(codingPath: codingPath)
    }

    /// The diagnostic for a `DecodingError`, located in the file.
    func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case .typeMismatch(let type, let context):
            return Diagnostic(
                .error, Message(.modelExpected, ["what": Self.describe(type)]),
                at: location(of: Self.path(context.codingPath)))
        case .valueNotFound(let type, let context):
            return Diagnostic(
                .error, Message(.modelMissingValue, ["what": Self.describe(type)]),
                at: location(of: Self.path(context.codingPath)))
        case .keyNotFound(let key, let context):
            return Diagnostic(
                .error, Message(.yamlMissingKeyHere, ["key": .text(key.stringValue)]),
                at: location(of: Self.path(context.codingPath)))
        case .dataCorrupted(let context):
            return Diagnostic(
                .error, Self.reword(context.debugDescription),
                at: location(of: Self.path(context.codingPath)))
        @unknown default:
            return Diagnostic(.error, Message(.modelCannotRead, ["reason": .text("\(error)")]), file: file)
        }
    }

    /// The problem of the first number in the file that no integer holds, a fraction (`1.5`) or one beyond the
    /// integers' range, for which Foundation's decoder says only that the data is not valid JSON, with no place.
    /// Every number of the model is an integer (a table's widths), so any other number is wrong wherever it is.
    /// Nil when the file has no such number.
    func numberNotInteger() -> Diagnostic? {
        func find(_ node: YAMLNode) -> Diagnostic? {
            switch node {
            case .scalar(let scalar):
                let text = scalar.text
                guard scalar.style == .plain, text.allSatisfy({ "0123456789+-.eE".contains($0) }),
                    let number = Double(text), Int(text) == nil
                else { return nil }
                if number.rounded() != number {
                    return Diagnostic(
                        .error, Message(.modelExpected, ["what": .key(.modelWhatInteger)]), at: scalar.location)
                }
                if number.magnitude >= 0x1p63 {
                    return Diagnostic(
                        .error, Message(.modelIntegerOutOfRange, ["value": .text(text)]), at: scalar.location)
                }
                return nil
            case .mapping(let mapping): return mapping.entries.lazy.compactMap { find($0.value) }.first
            case .sequence(let sequence): return sequence.elements.lazy.compactMap(find).first
            }
        }
        return root.flatMap(find)
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
    /// de`) in words for people, with the values allowed; any other message (Foundation's own, in English) inside
    /// our words.
    static func reword(_ message: String) -> Message {
        let prefix = "Cannot initialize "
        let middle = " from invalid String value "
        guard message.hasPrefix(prefix), let range = message.range(of: middle) else {
            return Message(.modelInvalidValue, ["reason": .text(message)])
        }
        let type = String(message[message.index(message.startIndex, offsetBy: prefix.count)..<range.lowerBound])
        let value = Message.Value.text(String(message[range.upperBound...]))
        guard let allowed = enumerations[type] else { return Message(.modelNotAllowed, ["value": value]) }
        return Message(.modelNotOneOf, ["value": value, "values": .text(allowed.joined(separator: ", "))])
    }

    /// What a value of `type` is, after "expected".
    private static func describe(_ type: Any.Type) -> Message.Value {
        switch type {
        case is String.Type: return .key(.modelWhatString)
        case is Int.Type: return .key(.modelWhatInteger)
        case is Bool.Type: return .key(.modelWhatBoolean)
        case is [Any].Type: return .key(.modelWhatArray)
        default:
            let name = String(describing: type)
            return name.hasPrefix("Dictionary")
                ? .key(.modelWhatObject) : name.hasPrefix("Array") ? .key(.modelWhatArray) : .text(name)
        }
    }
}
