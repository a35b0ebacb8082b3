/// Why an XML part could not be written.
public enum XMLWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The model holds a character XML 1.0 forbids; `origin` names the model element.
    case forbiddenCharacter(Unicode.Scalar, place: String, origin: String)
    /// A writer called the XML writer wrongly (an empty name, an attribute after content, an end tag too many, a
    /// namespace without a prefix): an error in this program, described.
    case misuse(String)
    /// A writer left elements open.
    case unbalanced(Int)

    /// The text form, as messages show it.
    public var description: String {
        switch self {
        case .forbiddenCharacter(let scalar, let place, let origin):
            return
                "\(origin): \(place) holds the character \(XMLCharacters.describe(scalar)), which XML documents cannot contain"
        case .misuse(let what): return "internal error: the XML writer was asked to write \(what)"
        case .unbalanced(let depth): return "internal error: \(depth) XML elements left open"
        }
    }
}
