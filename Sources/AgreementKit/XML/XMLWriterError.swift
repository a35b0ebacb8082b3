/// Why an XML part could not be written.
public enum XMLWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The model holds a character XML 1.0 forbids; `origin` names the model element.
    case forbiddenCharacter(Unicode.Scalar, place: String, origin: String)
    /// libxml2 reported a failure in the named call.
    case libxml(String)
    /// A writer left elements open.
    case unbalanced(Int)

    /// The text form, as messages show it.
    public var description: String {
        switch self {
        case .forbiddenCharacter(let scalar, let place, let origin):
            return
                "\(origin): \(place) holds the character \(XMLCharacters.describe(scalar)), which XML documents cannot contain"
        case .libxml(let call): return "libxml2 failed in \(call)"
        case .unbalanced(let depth): return "internal error: \(depth) XML elements left open"
        }
    }
}
