/// A free-text answer given per language (`project_need: { sv: "…", en: "…" }`), to a question marked
/// `translate: true`: the texts in the order written, each language at most once and no text empty.
public struct LanguageTexts: Sendable, Equatable, Hashable {
    /// One language's text.
    public struct Entry: Sendable, Equatable, Hashable {
        /// The language.
        public var language: Language
        /// The text in it.
        public var text: String

        /// Creates an entry.
        public init(_ language: Language, _ text: String) {
            self.language = language
            self.text = text
        }
    }

    /// The texts, in the order written (the answers writer keeps it).
    public private(set) var entries: [Entry]

    /// Creates texts; a language given twice keeps its first place and its last text.
    public init(_ entries: [Entry]) {
        self.entries = []
        for entry in entries { self[entry.language] = entry.text }
    }

    /// The text in a language, if given. Setting nil removes the language; setting a new language adds it last.
    public subscript(language: Language) -> String? {
        get { entries.first { $0.language == language }?.text }
        set {
            if let index = entries.firstIndex(where: { $0.language == language }) {
                if let newValue { entries[index].text = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(language, newValue))
            }
        }
    }

    /// The languages given, in order.
    public var languages: [Language] { entries.map(\.language) }

    /// The text that stands for the answer where no language is asked for (conditions, names, the review's first
    /// line): the `main` language's text, else the first written.
    public func text(main: Language?) -> String {
        main.flatMap { self[$0] } ?? entries.first?.text ?? ""
    }
}
