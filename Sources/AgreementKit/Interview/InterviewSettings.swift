import Foundation

/// The build settings an interview keeps in its answers file (output folder, forms, language, final, agreement type,
/// library), so that going on later with only `--answers FILE` writes where and as the first run would. They are
/// YAML comments after the file's header, which the answers reader skips like any comment:
///
/// ```yaml
/// # Answers for opi-agreement (the format is described in docs/answers-format.md).
/// # opi-agreement settings:
/// #   output: /home/anna/avtal
/// #   to: docx,odt
/// #   lang: sv                 (sv+en for a parallel document)
/// #   final: no
/// ```
///
/// Each setting is a line `#   key: value` directly after the `# opi-agreement settings:` line; `type`,
/// `library` and `reference-doc` (one line per reference document) are written only when they were chosen. Paths are absolute. See `docs/answers-format.md`.
public struct InterviewSettings: Sendable, Equatable {
    /// The output folder, absolute.
    public var output: String?
    /// The forms to write, as `--to` names them (`docx`, `odt`, `model`, ...).
    public var forms: [String]?
    /// The agreement's language, or its two languages side by side (`lang: sv+en`).
    public var languages: AgreementLanguages?
    /// The agreement's main language. Setting it makes the agreement one language's.
    public var language: Language? {
        get { languages?.main }
        set { languages = newValue.map(AgreementLanguages.init) }
    }
    /// Whether the agreement is final.
    public var final: Bool
    /// The agreement type (outline id), when one was chosen.
    public var outline: String?
    /// The clause library folder, absolute, when one other than the built-in was chosen.
    public var library: String?
    /// The firm's reference documents (`--reference-doc`), absolute; empty for the default look.
    public var referenceDocuments: [String] = []

    /// Creates settings.
    public init(
        output: String? = nil, forms: [String]? = nil, language: Language? = nil, final: Bool = false,
        outline: String? = nil, library: String? = nil
    ) {
        self.init(
            output: output, forms: forms, languages: language.map(AgreementLanguages.init), final: final,
            outline: outline, library: library)
    }

    /// Creates settings for an agreement in one language or a pair.
    public init(
        output: String? = nil, forms: [String]? = nil, languages: AgreementLanguages?, final: Bool = false,
        outline: String? = nil, library: String? = nil
    ) {
        self.output = output
        self.forms = forms
        self.languages = languages
        self.final = final
        self.outline = outline
        self.library = library
    }

    /// The line the settings start after.
    public static let marker = "# opi-agreement settings:"

    /// The comment lines, the marker first. A value holding a line break is left out (it could not be read back).
    public var commentLines: [String] {
        var entries: [(String, String?)] = [
            ("output", output), ("to", forms?.joined(separator: ",")), ("lang", languages?.description),
            ("final", final ? "yes" : "no"), ("type", outline), ("library", library),
        ]
        entries += referenceDocuments.map { ("reference-doc", $0) }
        entries.removeAll { $0.1 == nil || $0.1!.contains(where: \.isNewline) }
        return [Self.marker] + entries.map { "#   \($0.0): \($0.1!)" }
    }

    /// The settings in an answers file's text; nil when it has none (a file written by hand or by `questions`).
    public static func read(_ text: String) -> InterviewSettings? {
        let lines = text.lines()
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == marker }) else {
            return nil
        }
        var settings = InterviewSettings()
        for line in lines[(start + 1)...] {
            guard line.hasPrefix("#   "), let colon = line.firstIndex(of: ":") else { break }
            let key = line[line.index(line.startIndex, offsetBy: 4)..<colon]
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "output": settings.output = value
            case "to": settings.forms = value.split(separator: ",").map(String.init)
            case "lang": settings.languages = try? AgreementLanguages(parsing: value)
            case "final": settings.final = value == "yes"
            case "type": settings.outline = value
            case "library": settings.library = value
            case "reference-doc": settings.referenceDocuments.append(value)
            default: continue
            }
        }
        return settings
    }

    /// The agreement's main language an answers file remembers: the language of its settings (`#   lang: sv`), in
    /// which its plain text answers to translatable questions are written; nil when it has none (a file written by
    /// hand: its plain texts are in the language it is built in). See `docs/answers-format.md`.
    public static func mainLanguage(in data: Data) -> Language? {
        read(String(decoding: data, as: UTF8.self))?.language
    }

    /// The answers file text with the settings put after its first line (the header comment).
    public func inserted(into text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert(contentsOf: commentLines, at: min(1, lines.count))
        return lines.joined(separator: "\n")
    }

    /// `text` as one word of a POSIX shell command: as it is when it holds only characters a shell leaves alone,
    /// else in single quotes (a `'` inside written as `'\''`).
    public static func shellQuoted(_ text: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")
        if !text.isEmpty, text.allSatisfy(plain.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
