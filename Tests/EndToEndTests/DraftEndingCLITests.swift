import Foundation
import TestSupport
import Testing

/// The end of a draft build counts its blanks and drafting notes in words: "no blanks" when every answer is given,
/// "no drafting notes" when no clause of the agreement has one.
extension CLITests {
    static let completeMiniAnswers = """
        public_parties:
          - name: Exempelstads kommun
            organisation_number: 212000-0142
        suppliers:
          - name: Alfa AB
            organisation_number: 556036-0793
            contribution: 100000
        project_title: Smart avfall
        start_date: 2026-04-01
        budget: 1250000.50
        results_model: open
        publish: no

        """

    @Test func aDraftWithNothingMissingSaysNoBlanksAndNoNotes() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-draft-ending")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("a.yaml")
        try Data(Self.completeMiniAnswers.utf8).write(to: answers)
        let library = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: TestEnvironment.miniLibrary, to: library)
        func build(into out: String) throws -> ProcessResult {
            try run([
                "build", answers.path, "--library", library.path, "-o", dir.appendingPathComponent(out).path,
                "--to", "docx", "--lang", "en",
            ])
        }
        let withNotes = try build(into: "notes")
        #expect(withNotes.status == 0, "\(withNotes.stderr)")
        #expect(
            withNotes.stderr.hasPrefix("The agreement is a draft: no blanks and 2 drafting notes.\n"),
            "\(withNotes.stderr)")

        // The two clauses with a drafting note lose it (the header's `note:` and its language lines).
        for file in ["contributions/mini-contributions.clause", "results/mini-results-open.clause"] {
            let url = library.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let kept = text.replacing(/(?m)^note:\n(  .*\n)+/, with: "")
            #expect(kept != text, "\(file) has a note")
            try kept.write(to: url, atomically: true, encoding: .utf8)
        }
        let withoutNotes = try build(into: "none")
        #expect(withoutNotes.status == 0, "\(withoutNotes.stderr)")
        #expect(
            withoutNotes.stderr.hasPrefix("The agreement is a draft: no blanks and no drafting notes.\n"),
            "\(withoutNotes.stderr)")
    }
}

/// What the end of a draft says to do for the final agreement: with answers missing (blanks where they go), answer
/// them and run the command with --final; with every answer given only run it. Before, a draft with nothing left to
/// answer was told to answer what is missing too.
extension CLITests {
    /// The sentence before the final command, with answers missing and with every answer given, and the start of
    /// the draft line and of the line that counts the places to fill in by hand, per language.
    static let finishSentences:
        [(lang: String, answersMissing: String, everyAnswer: String, noBlanks: String, fillIns: String)] = [
            (
                "en", "To make the final agreement, answer what is missing in the answers file and run:\n",
                "To make the final agreement, run:\n", "The agreement is a draft: no blanks and ",
                "It has 7 places to fill in by hand (blanks no answer fills, which the final agreement keeps).\n"
            ),
            (
                "sv", "Så gör du det slutliga avtalet: besvara det som saknas i svarsfilen och kör:\n",
                "Kör detta för att göra det slutliga avtalet:\n", "Avtalet är ett utkast: inga luckor och ",
                "Det har 7 ställen att fylla i för hand (luckor som inget svar fyller och som det slutliga avtalet "
                    + "behåller).\n"
            ),
            (
                "da", "Sådan laver du den endelige aftale: besvar det, der mangler i svarfilen, og kør:\n",
                "Kør dette for at lave den endelige aftale:\n", "Aftalen er et udkast: ingen tomme felter og ",
                "Den har 7 steder, der udfyldes i hånden (tomme felter, som intet svar udfylder, og som den endelige "
                    + "aftale beholder).\n"
            ),
        ]

    /// The waste-collection example gives every answer (it builds with --final); its seven blanks are the clauses'
    /// own places to fill in by hand (the steering group's members), which the final agreement keeps: no missing
    /// answers, so the draft line says no blanks and a line of its own counts them. An answers file with only the
    /// project's title leaves answers missing.
    @Test func aDraftBuildWithEveryAnswerOnlySaysHowToMakeTheFinal() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-finish")
        defer { try? FileManager.default.removeItem(at: dir) }
        let incomplete = dir.appendingPathComponent("incomplete.yaml")
        try Data("project_title: Smart avfall\n".utf8).write(to: incomplete)
        for sentences in Self.finishSentences {
            let out = dir.appendingPathComponent(sentences.lang).path
            let complete = try run(["build", Self.example, "--lang", sentences.lang, "--to", "docx", "-o", out])
            #expect(complete.status == 0, "\(complete.stderr)")
            #expect(complete.stderr.hasPrefix(sentences.noBlanks), "\(complete.stderr)")
            #expect(complete.stderr.contains(".\n" + sentences.fillIns), "\(complete.stderr)")
            #expect(
                complete.stderr.hasSuffix(
                    sentences.everyAnswer
                        + "  opi-agreement build \(Self.example) --final -o \(out) --to docx --lang "
                        + "\(sentences.lang)\n"),
                "\(complete.stderr)")
            #expect(!complete.stderr.contains(sentences.answersMissing), "\(complete.stderr)")

            let draft = try run(["build", incomplete.path, "--lang", sentences.lang, "--to", "docx", "-o", out])
            #expect(draft.status == 0, "\(draft.stderr)")
            #expect(
                draft.stderr.hasSuffix(
                    sentences.answersMissing + "  opi-agreement build \(incomplete.path) --final -o \(out) --to docx "
                        + "--lang \(sentences.lang)\n"),
                "\(draft.stderr)")
            #expect(!draft.stderr.contains(sentences.everyAnswer), "\(draft.stderr)")
        }
    }

    /// The interview's end says the same: with every answer given (and no blank), only the command that makes the
    /// final one.
    @Test func anInterviewDraftWithoutBlanksOnlySaysHowToMakeTheFinal() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-finish-interview")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("opi-answers.yaml")
        try Data(Self.completeMiniAnswers.utf8).write(to: answers)
        let result = try OPIBinary.run(
            [
                "interview", "--answers", answers.path, "--library", TestEnvironment.miniLibrary.path, "--lang", "en",
                "-o", dir.path, "--to", "docx",
            ],
            input: "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("The agreement is a draft: no blanks and 2 drafting notes.\n"))
        #expect(
            result.stderr.hasSuffix(
                "To make the final agreement, run:\n  opi-agreement interview --answers \(answers.path) --final\n"),
            "\(result.stderr)")
        #expect(!result.stderr.contains("answer what is missing"), "\(result.stderr)")
    }
}
