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
    /// The build settings kept in the file, after its header.
    private let settings: InterviewSettings

    init(path: String, writer: AnswersWriter, settings: InterviewSettings) {
        self.path = path
        self.writer = writer
        self.settings = settings
    }

    func save(_ answers: Answers, unanswered: Set<AnswerPath>, position: ListPosition?) throws {
        let text = settings.inserted(into: writer.yaml(answers, unanswered: unanswered, position: position))
        lock.lock()
        defer { lock.unlock() }
        try FileAccess.write(Data(text.utf8), to: path, durable: true)
    }
}
