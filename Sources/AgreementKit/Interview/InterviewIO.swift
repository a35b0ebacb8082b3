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
