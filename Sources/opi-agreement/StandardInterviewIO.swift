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

    /// The terminal's settings before `start`, restored by `finish`.
    private var savedSettings: termios?

    /// At a terminal, turns on bracketed paste, so that a pasted text with blank lines is one answer, and stops the
    /// terminal from echoing the paste marks as `^[[200~`.
    func start() {
        guard isTerminal && isatty(STDOUT_FILENO) != 0 else { return }
        var settings = termios()
        if tcgetattr(STDIN_FILENO, &settings) == 0 {
            savedSettings = settings
            settings.c_lflag &= ~tcflag_t(ECHOCTL)
            tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        }
        write(BracketedPaste.enable)
    }

    /// Turns bracketed paste off again and restores the terminal (also on Ctrl-C, see `InterruptHandler`).
    func finish() {
        guard isTerminal && isatty(STDOUT_FILENO) != 0 else { return }
        write(BracketedPaste.disable)
        if var settings = savedSettings { tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
    }
}
