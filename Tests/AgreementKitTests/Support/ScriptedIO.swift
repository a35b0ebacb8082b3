import Foundation
import TestSupport

@testable import AgreementKit

/// An interview's input given line by line, and everything it wrote.
final class ScriptedIO: InterviewIO {
    private(set) var lines: [String]
    private(set) var output = ""
    let isTerminal = false
    let allowsColour: Bool

    init(_ lines: [String], colour: Bool = false) {
        self.lines = lines
        allowsColour = colour
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func write(_ text: String) {
        output += text
    }
}
