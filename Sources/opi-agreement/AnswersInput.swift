import AgreementKit
import Foundation

/// Reading an answers file against a library's questionnaire.
enum AnswersInput {
    static func load(_ path: String, library: ClauseLibrary, final: Bool) throws -> Answers {
        try AnswersLoader.load(
            try FileAccess.read(path), file: path, questionnaire: library.questionnaire, requireComplete: final)
    }

    /// The agreement's main language the answers file remembers (`InterviewSettings.mainLanguage`), nil when none;
    /// read after `load`, so the file is known to be readable.
    static func mainLanguage(_ path: String) -> Language? {
        (try? FileAccess.read(path)).flatMap(InterviewSettings.mainLanguage(in:))
    }
}
