/// A path into the JSON form of a model, such as `blocks[3].body[1].content[0]`, used to locate problems.
public struct ModelPath: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Component: Sendable, Equatable, Hashable {
        /// An object member.
        case key(String)
        /// An array element.
        case index(Int)
    }

    /// The steps from the root.
    public var components: [Component]

    /// Creates a path.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of a `Codable` coding path.
    init(codingPath: [any CodingKey]) {
        self.init(
            codingPath.map { key in
                if let i = key.intValue, key.stringValue.hasPrefix("Index ") || key.stringValue == String(i) {
                    return .index(i)
                }
                return .key(key.stringValue)
            })
    }

    /// This path extended by an object member.
    public func key(_ name: String) -> ModelPath { ModelPath(components + [.key(name)]) }
    /// This path extended by an array element.
    public func index(_ i: Int) -> ModelPath { ModelPath(components + [.index(i)]) }

    /// The text form, as messages show it.
    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out.isEmpty ? "(root)" : out
    }
}
