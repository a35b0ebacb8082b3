import AgreementKit
import Foundation

/// Reading an answers file against a library's questionnaire.
enum AnswersInput {
    static func load(_ path: String, library: ClauseLibrary, final: Bool) throws -> Answers {
        try AnswersLoader.load(
            try FileAccess.read(path), file: path, questionnaire: library.questionnaire, requireComplete: final)
    }
}
