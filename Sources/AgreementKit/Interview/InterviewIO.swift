/// Where an interview reads answers and writes questions: a terminal, a pipe, or a script in tests.
public protocol InterviewIO: AnyObject {
    /// The next line of input without its line break, or nil when the input has ended (Ctrl-D, a closed or
    /// exhausted stdin).
    func readLine() -> String?
    /// Writes text as it is (the interview adds the line breaks).
    func write(_ text: String)
    /// Whether a person is typing at a terminal.
    var isTerminal: Bool { get }
    /// Whether colour and emphasis may be used (a terminal, and `NO_COLOR` not set).
    var allowsColour: Bool { get }
}

/// The terminal's bracketed paste: while it is on, the terminal wraps pasted text in `start` and `end`, so that a
/// paste with blank lines can be told from lines typed one by one.
public enum BracketedPaste {
    /// Written to turn it on.
    public static let enable = "\u{1B}[?2004h"
    /// Written to turn it off again (at the end, and on Ctrl-C).
    public static let disable = "\u{1B}[?2004l"
    /// Before pasted text.
    public static let start = "\u{1B}[200~"
    /// After pasted text.
    public static let end = "\u{1B}[201~"

    /// A line without the marks.
    static func strip(_ line: String) -> String {
        guard line.contains("\u{1B}") else { return line }
        return line.replacingOccurrences(of: start, with: "").replacingOccurrences(of: end, with: "")
    }

    /// Whether a paste starts in the line and goes on after it.
    static func opens(_ line: String) -> Bool {
        guard let opening = line.range(of: start, options: .backwards) else { return false }
        return line.range(of: end, range: opening.upperBound..<line.endIndex) == nil
    }
}
