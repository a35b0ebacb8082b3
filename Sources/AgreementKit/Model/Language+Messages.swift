/// The language of the messages (errors, warnings, notes, reports): one for the process, chosen at the program's
/// start from the environment as `gettext` chooses it.
extension Language {
    /// The language messages are worded in; English until a program sets it (the command line sets it at its start
    /// from `messages(environment:)`).
    public static var messages: Language {
        get { Language(rawValue: Words.messages.code) ?? .en }
        set { Words.messages = newValue.words }
    }

    /// The messages language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
    /// and not empty decides. Its language code (`sv` in `sv_SE.UTF-8`) chooses the words file of that language;
    /// `C`, `POSIX`, a language without a words file, or nothing set, chooses English.
    public static func messages(environment: [String: String]) -> Language {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let setting else { return .en }
        let code = setting.prefix { $0.isASCII && $0.isLetter }.lowercased()
        return Language(rawValue: code) ?? .en
    }
}
