import AgreementKit
import Foundation

/// The interview on stdin and stdout. Prompts are written unbuffered so they show before input is read.
final class StandardInterviewIO: InterviewIO, @unchecked Sendable {
    let isTerminal: Bool
    let allowsColour: Bool

    /// Colour only when stdin and stdout are terminals, `NO_COLOR` is not set and `TERM` is not `dumb`.
    init(environment: [String: String]) {
        isTerminal = isatty(STDIN_FILENO) != 0
        allowsColour =
            isTerminal && isatty(STDOUT_FILENO) != 0 && environment["NO_COLOR"] == nil
            && environment["TERM"] != "dumb"
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// At a terminal, turns on bracketed paste, so that a pasted text with blank lines is one answer.
    func start() {
        if isTerminal && isatty(STDOUT_FILENO) != 0 { write(BracketedPaste.enable) }
    }

    /// Turns bracketed paste off again (also on Ctrl-C, see `InterruptHandler`).
    func finish() {
        if isTerminal && isatty(STDOUT_FILENO) != 0 { write(BracketedPaste.disable) }
    }
}
