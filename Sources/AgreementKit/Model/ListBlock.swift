/// A bulleted or numbered list. Item markers are list numbering in the output, never typed text.
public struct ListBlock: Sendable, Equatable, Codable {
    /// How many levels deep lists may nest (a top-level list is level 1). 3 is a drafting limit: (a), (i), (A) is as
    /// deep as a contract list reads well. Both writers define nine list levels from the layout's style sheet
    /// (`StyleSheet.listLevels`), so raising it needs no writer change. The one list limit: the template parser,
    /// `clauses lint` and `ModelValidator` all read it, so a library that lints clean never makes a model the
    /// writers refuse.
    public static let maximumDepth = 3

    /// What is wrong with a list nested `depth` levels deep, in the words the parser, lint and validator share.
    static func tooDeep(_ depth: Int) -> Message {
        Message(.modelListTooDeep, ["depth": "\(depth)", "maximum": "\(maximumDepth)"])
    }

    /// Bulleted or numbered.
    public var kind: ListKind
    /// The items, each possibly with a nested list.
    public var items: [ListItem]

    /// Creates a list.
    public init(kind: ListKind, items: [ListItem]) {
        self.kind = kind
        self.items = items
    }
}
