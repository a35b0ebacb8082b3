import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Cases and files of `opi-agreement interview`: the build settings kept in the answers file, resuming from any
/// folder, documents named after the project, going on with a case or starting a new one, and never replacing the
/// documents of a finished case without asking.
@Suite("Interview cases and files")
struct InterviewCaseTests {
    static let minilib = InterviewCLITests.minilib
    static let script = InterviewTests.completeScript

    func run(_ arguments: [String], input: String?) throws -> ProcessResult {
        try OPIBinary.run(arguments, input: input)
    }

    static func lines(_ lines: some Sequence<String>) -> String { InterviewCLITests.lines(lines) }

    /// The command after "Continue with: " in the message of an interrupted interview.
    static func resumeCommand(in stderr: String) throws -> String {
        let line = try #require(stderr.split(separator: "\n").first { $0.contains("Continue with: ") })
        return String(try #require(line.components(separatedBy: "Continue with: ").last))
    }

    /// Runs a shell command line in `folder`, with the built binary as `opi-agreement` on the PATH.
    static func shell(_ command: String, in folder: URL, input: String) throws -> ProcessResult {
        let binary = try #require(OPIBinary.path)
        let bin = (binary as NSString).deletingLastPathComponent
        let inputFile = folder.appendingPathComponent("input.txt")
        try Data(input.utf8).write(to: inputFile)
        return try ProcessRunner.run(
            "sh", ["-c", "cd \"$1\" && \(command) < input.txt", "sh", folder.path],
            environment: [
                "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "LC_ALL": "C.UTF-8",
            ])
    }

    @Test func settingsAreCommentsTheAnswersReaderSkips() throws {
        let settings = InterviewSettings(
            output: "/tmp/a b", forms: ["docx", "model"], language: .en, final: true, outline: nil,
            library: "/srv/lib")
        let answers = "# Answers\nproject_title: Smart avfall\n"
        let text = settings.inserted(into: answers)
        #expect(text.hasPrefix("# Answers\n# opi-agreement settings:\n#   output: /tmp/a b\n#   to: docx,model\n"))
        #expect(!text.contains("type:"), "an outline not chosen is not written")
        #expect(InterviewSettings.read(text) == settings)
        #expect(InterviewSettings.read(answers) == nil)
        let library = try MiniLibrary.load()
        let loaded = try AnswersLoader.load(Data(text.utf8), file: "a.yaml", questionnaire: library.questionnaire)
        #expect(loaded.values == ["project_title": .text("Smart avfall")])
    }

    @Test func shellQuotingKeepsPlainWordsAndQuotesTheRest() {
        #expect(InterviewSettings.shellQuoted("/tmp/out/opi-answers.yaml") == "/tmp/out/opi-answers.yaml")
        #expect(InterviewSettings.shellQuoted("/tmp/my case/a.yaml") == "'/tmp/my case/a.yaml'")
        #expect(InterviewSettings.shellQuoted("/tmp/Anna's/a.yaml") == "'/tmp/Anna'\\''s/a.yaml'")
        #expect(InterviewSettings.shellQuoted("") == "''")
    }

    @Test func resumingWithOnlyTheAnswersFileWritesWhereTheFirstRunWouldHave() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-resume-settings")
        defer { try? FileManager.default.removeItem(at: dir) }
        let caseFolder = dir.appendingPathComponent("my case")
        let elsewhere = dir.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let first = try run(
            [
                "interview", "--library", Self.minilib, "-o", caseFolder.path, "--to", "docx,model", "--lang", "en",
            ],
            input: Self.lines(Self.script.prefix(5)))
        #expect(first.status == 1, "\(first.stderr)")
        let answers = caseFolder.appendingPathComponent("opi-answers.yaml").path
        let command = try Self.resumeCommand(in: first.stderr)
        #expect(command == "opi-agreement interview --answers '\(answers)'")

        // The hint, run as printed from another folder, goes on and writes into the first run's folder, in its forms.
        let second = try Self.shell(command, in: elsewhere, input: Self.lines(Self.script.dropFirst(5)))
        #expect(second.status == 0, "\(second.stderr)\n\(second.stdout)")
        #expect(second.stdout.contains("Question 6 of"), "English, as the first run")
        let written = try FileManager.default.contentsOfDirectory(atPath: caseFolder.path).sorted()
        #expect(written == ["Smart avfall.docx", "Smart avfall.json", "opi-answers.yaml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["input.txt"])

        // An option given explicitly wins over the kept one, and is kept from then on.
        let third = try run(["interview", "--answers", answers, "--to", "odt", "--force"], input: "\n")
        #expect(third.status == 0, "\(third.stderr)")
        #expect(FileManager.default.fileExists(atPath: caseFolder.appendingPathComponent("Smart avfall.odt").path))
        #expect(InterviewSettings.read(try String(contentsOfFile: answers, encoding: .utf8))?.forms == ["odt"])
    }

    @Test func referenceDocumentsAreKeptOnePerLine() throws {
        var settings = InterviewSettings(output: "/tmp/out", forms: ["docx", "odt"], language: .sv)
        settings.referenceDocuments = ["/srv/firm/look, 2026.docx", "/srv/firm/look.odt"]
        let lines = settings.commentLines
        #expect(
            lines.suffix(2) == [
                "#   reference-doc: /srv/firm/look, 2026.docx", "#   reference-doc: /srv/firm/look.odt",
            ])
        #expect(InterviewSettings.read(lines.joined(separator: "\n")) == settings)
        #expect(!InterviewSettings().commentLines.contains { $0.contains("reference-doc") })
    }

    @Test func resumingKeepsTheFirmsReferenceDocument() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-resume-reference")
        defer { try? FileManager.default.removeItem(at: dir) }
        let firm = dir.appendingPathComponent("firm.odt")
        let printed = try run(["reference-doc", "--to", "odt", "-o", firm.path], input: "")
        #expect(printed.status == 0, "\(printed.stderr)")
        let caseFolder = dir.appendingPathComponent("case")
        let first = try run(
            [
                "interview", "--library", Self.minilib, "-o", caseFolder.path, "--to", "docx,odt", "--lang", "en",
                "--reference-doc", firm.path,
            ],
            input: Self.lines(Self.script.prefix(5)))
        #expect(first.status == 1, "\(first.stderr)")
        let answers = caseFolder.appendingPathComponent("opi-answers.yaml").path
        let kept = InterviewSettings.read(try String(contentsOfFile: answers, encoding: .utf8))
        #expect(kept?.referenceDocuments == [firm.path])

        // Resumed with only the answers file, the reference is read again: the DOCX, which it does not style,
        // is said to keep the default look; and a reference that is gone is an error before any question.
        let second = try run(["interview", "--answers", answers], input: Self.lines(Self.script.dropFirst(5)))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("no DOCX reference document was given"), "\(second.stderr)")
        try FileManager.default.removeItem(at: firm)
        let third = try run(["interview", "--answers", answers, "--force"], input: "\n")
        #expect(third.status != 0)
        #expect(third.stderr.contains(firm.path), "\(third.stderr)")
    }

    @Test func aPipedRunGoesOnWithTheFoldersCaseAndNewStartsAnother() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-cases")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try run(
            ["interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en"],
            input: Self.lines(Self.script.prefix(5)))
        #expect(first.status == 1)
        let caseFile = dir.appendingPathComponent("opi-answers.yaml").path

        let second = try run(
            ["interview", "-o", dir.path], input: Self.lines(Self.script.dropFirst(5)))
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("note: Going on with the interview in \(caseFile); --new starts a new one."))

        let third = try run(["interview", "-o", dir.path, "--new", "--library", Self.minilib], input: "")
        #expect(third.status == 1)
        #expect(!third.stderr.contains("Going on with"))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["Smart avfall.docx", "Smart avfall.odt", "opi-answers-2.yaml", "opi-answers.yaml"])
        #expect(try InterviewCLITests.loadAnswers(dir.appendingPathComponent("opi-answers-2.yaml").path).values.isEmpty)

        // The case changed last is gone on with (the new one, in Swedish); other YAML files, and a folder named
        // like one, are no cases.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: caseFile)
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("old.yaml"), withIntermediateDirectories: false)
        try Data("project_title: Other\n".utf8).write(to: dir.appendingPathComponent("notes.yaml"))
        let fourth = try run(["interview", "-o", dir.path], input: "")
        #expect(fourth.status == 1)
        let newest = dir.appendingPathComponent("opi-answers-2.yaml").path
        #expect(
            fourth.stderr.contains("note: Fortsätter med intervjun i \(newest); --new börjar en ny."), "its language")
    }

    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func atATerminalTheFoldersCaseIsOfferedAndNoStartsANewOne() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-cases-pty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try run(
            ["interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en"],
            input: Self.lines(Self.script.prefix(2)))
        #expect(first.status == 1)
        let caseFile = dir.appendingPathComponent("opi-answers.yaml").path
        let session = try TerminalSession.run(
            ["interview", "-o", dir.path],
            steps: [
                ["expect", "Go on with it? [Y/n]"], ["send", "n\r"], ["expect", "Fråga 1 av"], ["expect", "> "],
                ["send", "\u{03}"], ["expect", "Avbrutet."],
            ],
            environment: ["NO_COLOR": "1"])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.output.contains("This folder holds an interview: \(caseFile)."))
        #expect(session.status == 130)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("opi-answers-2.yaml").path))
    }

    @Test func aFinishedCaseIsNotReplacedWithoutForce() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-overwrite")
        defer { try? FileManager.default.removeItem(at: dir) }
        let arguments = ["interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en", "--to", "docx"]
        let first = try run(arguments, input: Self.lines(Self.script))
        #expect(first.status == 0, "\(first.stderr)")
        let document = dir.appendingPathComponent("Smart avfall.docx")
        try Data("the lawyer's edited copy".utf8).write(to: document)

        let again = try run(["interview", "-o", dir.path], input: "\n")
        #expect(again.status == 1)
        #expect(
            again.stderr.contains(
                "error: the documents already exist: \(document.path); they are not replaced without --force"))
        #expect(try String(contentsOf: document, encoding: .utf8) == "the lawyer's edited copy")

        let forced = try run(["interview", "-o", dir.path, "--force"], input: "\n")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Data(contentsOf: document) != Data("the lawyer's edited copy".utf8))
    }

    // MARK: - The end of a build

    @Test func anInterviewDraftEndsWithItsBlanksNotesAndHowToFinish() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-ending")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(
            ["interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en", "--to", "model"],
            input: Self.lines(Self.script))
        #expect(result.status == 0, "\(result.stderr)")
        let model = try ModelJSON.decode(
            Data(contentsOf: dir.appendingPathComponent("Smart avfall.json")), file: "model.json")
        let summary = AgreementSummary(model, separateAnnexes: [])
        #expect(summary.status == .draft)
        #expect(summary.notes > 0)
        // The script answers every question: the one blank is the publication clause's contact person, to fill in
        // by hand, counted on a line of its own.
        #expect(summary.blanks == 0)
        #expect(summary.fillIns == 1)
        #expect(
            result.stderr.contains(
                "The agreement is a draft: no blanks and \(summary.notes) drafting notes.\n"
                    + "It has 1 place to fill in by hand (a blank no answer fills, which the final agreement keeps).\n"),
            "\(result.stderr)")
        let answers = dir.appendingPathComponent("opi-answers.yaml").path
        // Nothing is left to answer, so the end only gives the command.
        #expect(
            result.stderr.contains(
                "To make the final agreement, run:\n" + "  opi-agreement interview --answers \(answers) --final\n"),
            "\(result.stderr)")
        #expect(result.stderr.contains("Annexes to attach separately"))
        #expect(summary.annexes.allSatisfy { result.stderr.contains($0) })
    }

    @Test func aFinalBuildEndsWithItsWarningsAndNothingToAttachWhenEveryAnnexIsWritten() throws {
        let dir = try TestEnvironment.temporaryDirectory("build-ending-final")
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml").path
        let result = try run(["build", example, "--final", "--to", "model", "-o", dir.path], input: nil)
        #expect(result.status == 0, "\(result.stderr)")
        // The agreement is Swedish, so the build reports in Swedish.
        #expect(result.stderr.contains("Avtalet är slutligt.\n"))
        #expect(!result.stderr.contains("Så gör du det slutliga avtalet"))
        #expect(result.stderr.contains("Varningar att ta ställning till:\n"))
        #expect(result.stderr.contains("\n  - Offentlig medfinansiering av leverantörer"))
        // The library writes every annex of this agreement (the data processing agreement and the state-aid account
        // included), so there is nothing to attach separately.
        #expect(!result.stderr.contains("Bilagor att bifoga separat"), "\(result.stderr)")
        #expect(!result.stderr.contains("Personuppgiftsbiträdesavtal"))
        #expect(result.stdout == dir.appendingPathComponent("health-care.json").path + "\n", "stdout: the paths only")
    }

    @Test func aDraftBuildSaysHowToMakeTheFinalInTheMessagesLanguage() throws {
        let dir = try TestEnvironment.temporaryDirectory("build-ending-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("mitt avtal.yaml")
        try Data("project_title: Smart avfall\n".utf8).write(to: answers)
        let result = try OPIBinary.run(
            ["build", answers.path, "--library", Self.minilib, "--to", "docx", "-o", dir.path],
            environment: ["LC_ALL": "sv_SE.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Avtalet är ett utkast: "))
        #expect(
            result.stderr.contains("Så gör du det slutliga avtalet: besvara det som saknas i svarsfilen och kör:\n"))
        #expect(
            result.stderr.contains(
                "  opi-agreement build '\(answers.path)' --final -o \(dir.path) --to docx --library \(Self.minilib)\n"))
    }

    // MARK: - Help

    @Test(arguments: [
        (
            "interview",
            ["Write an OPI agreement by answering questions", "opi-answers.yaml", "named after the project"]
        ),
        ("build", ["Write the agreement from an answers file", "named after the answers file", "draft"]),
    ])
    func helpSpeaksToLawyersBeforeTheOptions(_ command: String, _ phrases: [String]) throws {
        let help = try run([command, "--help"], input: nil)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let options = try #require(text.range(of: "OPTIONS:"))
        for phrase in phrases {
            let found = try #require(text.range(of: phrase), "no '\(phrase)' in \(help.stdout)")
            #expect(found.upperBound < options.lowerBound, "'\(phrase)' comes before the options")
        }
    }
}
