import Foundation
import Testing

@testable import AgreementKit

/// An interview's answers file opened and saved again in a Windows editor (CRLF line ends) keeps what the interview
/// wrote in its comments: the settings of the case and where in a list it stopped.
@Suite("Answers files with Windows line ends")
struct AnswersFileLineEndTests {
    static let settings = InterviewSettings(
        output: "/tmp/out", forms: ["docx"], language: .en, final: false, outline: nil, library: nil)
    static let text =
        settings.inserted(into: "# Answers\nproject_title: Smart avfall\nsuppliers:\n  - name: Alfa AB\n")
        + ListPosition.another("suppliers").comment + "\n"

    @Test(arguments: ["\n", "\r\n", "\r"])
    func theSettingsAndTheListPositionSurviveTheLineEnds(end: String) {
        let text = Self.text.replacingOccurrences(of: "\n", with: end)
        #expect(InterviewSettings.read(text) == Self.settings)
        #expect(AnswersFile.listPosition(in: Data(text.utf8)) == .another("suppliers"))
    }
}
