import AgreementKit
import Foundation

/// A command that words its messages in a language of its own: the agreement's language for the commands that
/// assemble an agreement (`build`, `explain`, `interview`: `--lang`, else the default language `sv`; `batch`: the
/// config's `language:`, else `sv`). Every other command (`clauses lint`, `render`, ...)
/// words its messages in the language the environment asks for (`Language.messages(environment:)`).
protocol ChoosesMessagesLanguage {
    /// The messages language of this command.
    var messagesLanguage: Language { get }
}

/// The one place that decides the messages language of a run.
enum MessagesLanguage {
    /// The language of the environment until the command is known (argument errors are worded in it), then the
    /// command's own language, if it has one.
    static func choose(for command: Any? = nil) {
        Language.messages = Language.messages(environment: ProcessInfo.processInfo.environment)
        if let command = command as? ChoosesMessagesLanguage { Language.messages = command.messagesLanguage }
    }

    /// An interview that goes on with an answers file words its messages in the language the file remembers, unless
    /// `--lang` is given (`language` is that choice, made by `InterviewCommand.resolved`).
    static func resume(in language: Language) {
        Language.messages = language
    }
}

extension BuildCommand: ChoosesMessagesLanguage {
    var messagesLanguage: Language { choice.language }
}

extension ExplainCommand: ChoosesMessagesLanguage {
    var messagesLanguage: Language { choice.language }
}

extension InterviewCommand: ChoosesMessagesLanguage {
    var messagesLanguage: Language { choice.language }
}

extension BatchCommand: ChoosesMessagesLanguage {
    /// The config's `language:` when the config can be read and gives one; the default language (`sv`) otherwise.
    var messagesLanguage: Language {
        (try? FileAccess.read(config)).flatMap { BatchConfigLoader.language(in: $0, file: config) } ?? .standard
    }
}
