/// A piece of running text. The set of kinds is closed: writers handle every case.
///
/// In JSON plain text is a string and every other case an object whose `type` names it.
public enum Inline: Sendable, Equatable, Codable {
    /// Literal text. Tabs and line feeds are kept; writers never read it as markup.
    case text(String)
    /// Emphasised (italic) text.
    case emphasis([Inline])
    /// Strong (bold) text.
    case strong([Inline])
    /// The place where a defined term is defined; `term` is the registry key, `content` the words shown.
    case definition(term: String, content: [Inline])
    /// A use of a defined term.
    case termUse(term: String, content: [Inline])
    /// A cross-reference to a clause or annex; writers produce its number.
    case reference(CrossReference)
    /// A named placeholder for a value still missing, shown highlighted.
    case blank(Blank)
    /// A drafting note for the reader of a draft; becomes a comment, and is dropped from a final document.
    case note(DraftingNote)
    /// A line break within a paragraph.
    case lineBreak

    /// The JSON `type` names of the object cases.
    public static let typeNames = [
        "text", "emphasis", "strong", "definition", "term", "reference", "blank", "note", "lineBreak",
    ]

    private enum CodingKeys: String, CodingKey {
        case type, content, text, term, target, form, name, label, author
    }

    /// Reads the value from its JSON form.
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            self = .text(text)
            return
        }
        let c: KeyedDecodingContainer<CodingKeys>
        do {
            c = try decoder.container(keyedBy: CodingKeys.self)
        } catch {
            throw ModelDecodingError(Message(.modelInlineForm), at: decoder.codingPath)
        }
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "text": self = .text(try c.decode(String.self, forKey: .text))
        case "emphasis": self = .emphasis(try c.decode([Inline].self, forKey: .content))
        case "strong": self = .strong(try c.decode([Inline].self, forKey: .content))
        case "definition":
            self = .definition(
                term: try c.decode(String.self, forKey: .term), content: try c.decode([Inline].self, forKey: .content))
        case "term":
            self = .termUse(
                term: try c.decode(String.self, forKey: .term), content: try c.decode([Inline].self, forKey: .content))
        case "reference":
            self = .reference(
                CrossReference(
                    target: try c.decode(String.self, forKey: .target),
                    form: try c.decodeIfPresent(ReferenceForm.self, forKey: .form) ?? .clause))
        case "blank":
            self = .blank(
                Blank(
                    name: try c.decode(String.self, forKey: .name),
                    label: try c.decodeIfPresent(String.self, forKey: .label)))
        case "note":
            self = .note(
                DraftingNote(
                    text: try c.decode(String.self, forKey: .text),
                    author: try c.decodeIfPresent(String.self, forKey: .author)))
        case "lineBreak": self = .lineBreak
        default:
            throw ModelDecodingError(
                Message(
                    .modelUnknownInlineType,
                    ["type": .text(type), "types": .text(Inline.typeNames.joined(separator: ", "))]),
                at: c.codingPath + [CodingKeys.type])
        }
    }

    /// Writes the value in its JSON form: text as a string, anything else as an object with its `type`.
    public func encode(to encoder: any Encoder) throws {
        func typed(_ type: String) throws -> KeyedEncodingContainer<CodingKeys> {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(type, forKey: .type)
            return c
        }
        switch self {
        case .text(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .emphasis(let content):
            var c = try typed("emphasis")
            try c.encode(content, forKey: .content)
        case .strong(let content):
            var c = try typed("strong")
            try c.encode(content, forKey: .content)
        case .definition(let term, let content):
            var c = try typed("definition")
            try c.encode(term, forKey: .term)
            try c.encode(content, forKey: .content)
        case .termUse(let term, let content):
            var c = try typed("term")
            try c.encode(term, forKey: .term)
            try c.encode(content, forKey: .content)
        case .reference(let reference):
            var c = try typed("reference")
            try c.encode(reference.target, forKey: .target)
            try c.encode(reference.form, forKey: .form)
        case .blank(let blank):
            var c = try typed("blank")
            try c.encode(blank.name, forKey: .name)
            try c.encodeIfPresent(blank.label, forKey: .label)
        case .note(let note):
            var c = try typed("note")
            try c.encode(note.text, forKey: .text)
            try c.encodeIfPresent(note.author, forKey: .author)
        case .lineBreak:
            _ = try typed("lineBreak")
        }
    }
}

extension Inline {
    /// The visible text of a run of inlines, without notes: used for plain-text views and tests.
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        inlines.forEachInline { inline in
            switch inline {
            case .text(let s): out += s
            case .reference(let r): out += "[\(r.target)]"
            case .blank(let b): out += "[\(b.label ?? b.name)]"
            case .lineBreak: out += "\n"
            // Their content comes next; notes are not text.
            case .emphasis, .strong, .definition, .termUse, .note: break
            }
        }
        return out
    }
}
