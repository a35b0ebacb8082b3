import Foundation
import TestSupport
import Testing

/// A language the library has no text in (the mini library has Swedish and English, no Danish) is refused the same
/// way by every command that shows or assembles the library's text: an error naming the languages it has, exit 1,
/// nothing on stdout. Before, `clauses list` printed empty titles, `clauses show` the clause without any text,
/// `questions` a Danish template with the Swedish labels, and `interview` asked every question before the build
/// refused the language.
extension CLITests {
    static let noDanish = "error: the library has no 'da' text; it has sv, en\n"

    @Test(arguments: [
        ["clauses", "list"], ["clauses", "show", "mini-purpose"], ["questions"],
    ])
    func aLanguageTheLibraryLacksIsRefusedByTheLibraryCommands(command: [String]) throws {
        let library = TestEnvironment.miniLibrary.path
        let result = try run(command + ["--lang", "da", "--library", library])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stderr == "\(library): " + Self.noDanish, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        // A language it has works.
        let english = try run(command + ["--lang", "en", "--library", library])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(!english.stdout.isEmpty)
    }

    /// `build`, `explain` and `interview` say the same, in the agreement's language (Danish for `--lang da`, Swedish
    /// for `--lang sv+da`); the interview before its first question, without creating an answers file.
    @Test func aLanguageTheLibraryLacksIsRefusedByTheAgreementCommands() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-no-danish")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = TestEnvironment.miniLibrary.path
        let outline = TestEnvironment.miniLibrary.appendingPathComponent("agreements/mini.yaml").path
        let danish = "error: biblioteket har ingen tekst på »da«; det har sv, en\n"
        let swedish = "error: biblioteket har ingen text på ”da”; det har sv, en\n"
        let answers = dir.appendingPathComponent("a.yaml")
        try Data(Self.completeMiniAnswers.utf8).write(to: answers)
        let out = dir.appendingPathComponent("out")
        for (command, message) in [
            (["build", answers.path, "-o", out.path, "--lang", "da"], "\(outline): " + danish),
            (["explain", answers.path, "--lang", "da"], "\(outline): " + danish),
            (["build", answers.path, "-o", out.path, "--lang", "sv+da"], "\(outline): " + swedish),
        ] {
            let result = try run(command + ["--library", library])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == message, "\(result.stderr)")
            #expect(result.stdout.isEmpty, "\(result.stdout)")
        }
        let interview = try OPIBinary.run(
            ["interview", "--library", library, "--lang", "da", "-o", out.path], input: "Exempelstads kommun\n")
        #expect(interview.status == 1, "\(interview.stderr)")
        #expect(interview.stderr == "\(library): " + danish, "\(interview.stderr)")
        #expect(!interview.stdout.contains("Parter"), "no question is asked: \(interview.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("opi-answers.yaml").path))
    }
}
