import AgreementKit
import Foundation

/// Handles Ctrl-C (SIGINT) during the interview: waits for a save in progress to finish (the answers file is
/// complete after every answer), says where the answers are, and exits with status 130.
final class InterruptHandler {
    private let source: DispatchSourceSignal

    init(saver: AnswersSaver, message: String, io: StandardInterviewIO) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let lock = saver.lock
        source.setEventHandler {
            lock.lock()
            io.finish()
            DiagnosticsEngine.shared.raw("\n")
            DiagnosticsEngine.shared.emit(Diagnostic(.note, worded: message))
            exit(ExitStatus.interrupted.rawValue)
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
