/// Colour and emphasis for a terminal (ANSI escapes), or plain text when not enabled.
struct TerminalStyle: Sendable {
    /// Whether escapes are written.
    let enabled: Bool

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// A question's label.
    func question(_ text: String) -> String { wrap(text, "1") }
    /// A section or list heading.
    func heading(_ text: String) -> String { wrap(text, "1;36") }
    /// Progress, hints and defaults.
    func dim(_ text: String) -> String { wrap(text, "2") }
    /// An explanation of invalid input.
    func problem(_ text: String) -> String { wrap(text, "31") }
}
