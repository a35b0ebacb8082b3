/// The place of an answer: a question id, then record numbers and field names, such as `suppliers[0].name`.
///
/// Every answer path in the program is one of these; none is built or taken apart as text by hand. It has two
/// written forms, each printed and parsed here only:
/// - `description`, the form of messages, `explain` and answers files: `suppliers[0].name` (records counted from 0);
/// - `dotted`, the form authors write in conditions, clause text and batch name patterns: `suppliers.0.name`.
///
/// A path that starts with a loop variable (`s.name`) or names part of an answer (`budget.amount`) or one field of
/// every record (`public_parties.country`) is written the same way; the questionnaire decides what it stands for.
public struct AnswerPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// One step of a path.
    public enum Component: Sendable, Hashable {
        /// A question id, a field name, a loop variable or a part of an answer.
        case key(String)
        /// A record of a list, counted from 0.
        case index(Int)

        /// The step as the dotted form writes it: the key, or the number.
        public var dotted: String {
            switch self {
            case .key(let name): return name
            case .index(let number): return String(number)
            }
        }
    }

    /// The question id or loop variable the path starts with.
    public let root: String
    /// The steps after the root.
    public let rest: [Component]

    /// The path of the answer to a question (or of a loop variable).
    public init(_ root: String) {
        self.root = root
        rest = []
    }

    /// A path from its root and the steps after it.
    public init(_ root: String, _ rest: [Component]) {
        self.root = root
        self.rest = rest
    }

    /// Every step, the root first.
    public var components: [Component] { [.key(root)] + rest }

    /// This path followed by a field name or part.
    public func key(_ name: String) -> AnswerPath { AnswerPath(root, rest + [.key(name)]) }
    /// This path followed by a record number (from 0).
    public func index(_ number: Int) -> AnswerPath {
        precondition(number >= 0, "a record number counts from 0")
        return AnswerPath(root, rest + [.index(number)])
    }
    /// This path followed by `steps`: `suppliers[1]` followed by the steps of `s.name` after its loop variable gives
    /// `suppliers[1].name`.
    public func appending(_ steps: some Sequence<Component>) -> AnswerPath { AnswerPath(root, rest + steps) }

    /// The root and the first `count` steps after it.
    public func prefix(_ count: Int) -> AnswerPath { AnswerPath(root, Array(rest.prefix(count))) }

    // MARK: - Printing

    /// `suppliers[0].name`: the form of messages, `explain` and answers files.
    public var description: String {
        var text = root
        for component in rest {
            switch component {
            case .key(let name): text += "." + name
            case .index(let number): text += "[" + String(number) + "]"
            }
        }
        return text
    }

    /// `suppliers.0.name`: the form of conditions, clause text and batch name patterns.
    public var dotted: String { dottedSegments.joined(separator: ".") }

    /// The steps as written in the dotted form: `["suppliers", "0", "name"]`.
    public var dottedSegments: [String] { components.map(\.dotted) }

    // MARK: - Parsing

    /// Reads the form `description` prints (`suppliers[0].name`): a key first, then `.key` or `[number]` steps. A
    /// key is any non-empty text without `.`, `[` or `]`; a number is ASCII digits. Nil for anything else.
    public init?(parsing text: String) {
        var steps: [Component] = []
        var scalars = Substring(text).unicodeScalars
        func readKey() -> String? {
            let key = scalars.prefix { $0 != "." && $0 != "[" && $0 != "]" }
            scalars = scalars.dropFirst(key.count)
            return key.isEmpty ? nil : String(key)
        }
        guard let root = readKey() else { return nil }
        while let next = scalars.first {
            scalars = scalars.dropFirst()
            switch next {
            case ".":
                guard let key = readKey() else { return nil }
                steps.append(.key(key))
            case "[":
                let digits = scalars.prefix { $0 >= "0" && $0 <= "9" }
                scalars = scalars.dropFirst(digits.count)
                guard scalars.first == "]", let number = Self.number(String(digits)) else { return nil }
                scalars = scalars.dropFirst()
                steps.append(.index(number))
            default:
                return nil
            }
        }
        self.init(root, steps)
    }

    /// Reads the dotted form (`suppliers.0.name`): steps separated by `.`, none empty; a step of ASCII digits is a
    /// record number, any other a key. The first step must be a key. Nil for anything else.
    public init?(dotted text: String) {
        self.init(segments: text.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
    }

    /// The path of the steps of the dotted form, as a parser has split them; nil when one is empty or the first is
    /// a number.
    public init?(segments: [String]) {
        guard let first = segments.first, !first.isEmpty, Self.number(first) == nil else { return nil }
        var rest: [Component] = []
        for segment in segments.dropFirst() {
            if segment.isEmpty { return nil }
            rest.append(Self.step(dotted: segment))
        }
        self.init(first, rest)
    }

    /// One step of the dotted form after the first: ASCII digits are a record number, anything else a key.
    public static func step(dotted segment: String) -> Component {
        number(segment).map(Component.index) ?? .key(segment)
    }

    /// A path written in code; it must be in the form `description` prints. `AnswerPath("x")` with a literal
    /// argument also comes here, not to `init(_:)`.
    public init(stringLiteral text: String) {
        guard let path = AnswerPath(parsing: text) else { preconditionFailure("'\(text)' is not an answer path") }
        self = path
    }

    /// The value of a record number: ASCII digits only, within `Int`.
    private static func number(_ text: String) -> Int? {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return nil }
        return Int(text)
    }
}
