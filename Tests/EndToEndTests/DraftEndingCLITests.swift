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
