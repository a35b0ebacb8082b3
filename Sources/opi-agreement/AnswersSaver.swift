import AgreementKit
import Foundation

/// Saves the interview's answers after each one, atomically, under a lock that the Ctrl-C handler takes before
/// exiting, so the process never ends in the middle of a save.
final class AnswersSaver: @unchecked Sendable {
    /// The answers file.
    let path: String
    /// Held while a save is in progress.
    let lock = NSLock()
    private let writer: AnswersWriter

    init(path: String, writer: AnswersWriter) {
        self.path = path
        self.writer = writer
    }

    func save(_ answers: Answers, unanswered: Set<AnswerPath>, position: ListPosition?) throws {
        let text = writer.yaml(answers, unanswered: unanswered, position: position)
        lock.lock()
        defer { lock.unlock() }
        try FileAccess.write(Data(text.utf8), to: path, durable: true)
    }
}
