import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `opi-agreement interview` and `opi-agreement questions`, run as the built binary.
@Suite("Interview command line")
struct InterviewCLITests {
    static let minilib = TestEnvironment.miniLibrary.path
    static let clauses = TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path

    /// Runs the binary with `input` as stdin (nil: a closed stdin).
    func run(_ arguments: [String], input: String?, environment: [String: String] = [:]) throws -> ProcessResult {
        try OPIBinary.run(arguments, input: input, environment: environment)
    }

    static func lines(_ lines: some Sequence<String>) -> String { lines.map { $0 + "\n" }.joined() }

    static func loadAnswers(_ path: String, library: String = minilib) throws -> Answers {
        let questionnaire = try LibraryLoader.load(directory: library).questionnaire
        return try AnswersLoader.load(
            try Data(contentsOf: URL(fileURLWithPath: path)), file: path, questionnaire: questionnaire)
    }

    @Test func pipedInputEndingMidwayIsSavedAndResumed() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-piped")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answersPath = dir.appendingPathComponent("opi-answers.yaml").path
        let script = InterviewTests.completeScript
        let first = try run(
            ["interview", "--library", Self.minilib, "-o", dir.path], input: Self.lines(script.prefix(5)))
        #expect(first.status == 1, "\(first.stderr)")
        #expect(
            first.stderr.contains(
                "Indata tog slut innan intervjun var klar. Svaren hittills är sparade i \(answersPath)."))
        #expect(!first.stderr.contains("error:"), "ending early is not an error")
        #expect(first.stderr.contains("opi-agreement interview --answers \(answersPath)"))
        #expect(first.stdout.contains("Fråga 5 av ~10 · Bidrag"))
        #expect(!first.stdout.contains("\u{1B}["))
        let partial = try Self.loadAnswers(answersPath)
        #expect(
            InterviewTests.values(partial)["suppliers"]
                == .list([
                    AnswerRecord(values: ["name": .text("Alfa AB"), "organisation_number": .text("556036-0793")])
                ]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["opi-answers.yaml"])

        let second = try run(
            [
                "interview", "--library", Self.minilib, "-o", dir.path, "--answers", answersPath, "--final", "--to",
                "docx,odt,model",
            ],
            input: Self.lines(script.dropFirst(5)))
        #expect(second.status == 0, "\(second.stderr)\n\(second.stdout)")
        #expect(second.stdout.contains("Fortsätter med 4 svar"))
        // The documents are named after the project.
        for ext in ["docx", "odt", "json"] {
            let path = dir.appendingPathComponent("Smart avfall.\(ext)").path
            #expect(second.stdout.contains(path + "\n"))
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let model = try String(contentsOf: dir.appendingPathComponent("Smart avfall.json"), encoding: .utf8)
        #expect(model.contains("\"status\" : \"final\""))
        #expect(model.contains("Smart avfall"))
        // The interview builds exactly what `build` builds from the same answers file.
        let out = dir.appendingPathComponent("build")
        let build = try run(
            ["build", answersPath, "--library", Self.minilib, "--final", "--to", "docx,odt,model", "-o", out.path],
            input: nil)
        #expect(build.status == 0, "\(build.stderr)")
        for ext in ["docx", "odt", "json"] {
            #expect(
                FileManager.default.contents(atPath: out.appendingPathComponent("opi-answers.\(ext)").path)
                    == FileManager.default.contents(atPath: dir.appendingPathComponent("Smart avfall.\(ext)").path),
                "\(ext) differs")
        }
    }

    /// Documents that exist are not replaced without `--force` when the input is piped: the error names the first
    /// three and how many more.
    @Test func existingDocumentsAreListedShortAndNotReplaced() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-existing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answersPath = dir.appendingPathComponent("opi-answers.yaml").path
        let first = try run(
            [
                "interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en", "--to",
                "docx,odt,fodt,flat-docx",
            ], input: Self.lines(InterviewTests.completeScript))
        #expect(first.status == 0, "\(first.stderr)")
        let document = dir.appendingPathComponent("Smart avfall.docx")
        let before = try Data(contentsOf: document)
        let second = try run(["interview", "--answers", answersPath], input: "\n")
        #expect(second.status == 1, "\(second.stderr)")
        let names = ["docx", "odt", "fodt"].map { dir.appendingPathComponent("Smart avfall.\($0)").path }
        #expect(
            second.stderr.contains(
                "error: the documents already exist: \(names.joined(separator: ", ")) and 1 more; they are not "
                    + "replaced without --force"), "\(second.stderr)")
        #expect(try Data(contentsOf: document) == before)
    }

    /// Going on with saved settings whose forms are none `--to` knows (edited by hand) writes the usual DOCX and
    /// ODT; without a project title (optional in this copy of the library, and left unanswered) the documents are
    /// named after the answers file.
    @Test func unknownSavedFormsAndNoProjectTitle() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-settings-edited")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answersPath = dir.appendingPathComponent("opi-answers.yaml")
        let library = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.minilib), to: library)
        let questionnaire = library.appendingPathComponent("questionnaire.yaml")
        try String(contentsOf: questionnaire, encoding: .utf8).replacingOccurrences(
            of: "      - id: project_title\n", with: "      - id: project_title\n        required: false\n"
        ).write(to: questionnaire, atomically: true, encoding: .utf8)
        let first = try run(
            ["interview", "--library", library.path, "-o", dir.path, "--lang", "en", "--to", "fodt"],
            input: Self.lines(InterviewTests.completeScript))
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Smart avfall.fodt").path))
        let saved = try String(contentsOf: answersPath, encoding: .utf8)
        #expect(saved.contains("\n#   to: fodt\n") && saved.contains("\nproject_title: Smart avfall\n"), "\(saved)")
        try saved.replacingOccurrences(of: "\n#   to: fodt\n", with: "\n#   to: xyz\n")
            .replacingOccurrences(of: "\nproject_title: Smart avfall\n", with: "\nproject_title:\n")
            .write(to: answersPath, atomically: true, encoding: .utf8)
        let second = try run(["interview", "--answers", answersPath.path], input: "\n")
        #expect(second.status == 0, "\(second.stderr)")
        let written = ["docx", "odt"].map { dir.appendingPathComponent("opi-answers.\($0)").path }
        for path in written {
            #expect(second.stdout.contains(path + "\n"), "\(second.stdout)")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("opi-answers.xyz").path))
    }

    @Test func closedStdinLeavesAValidAnswersFile() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-closed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("sub/mine.yaml").path
        let result = try run(
            ["interview", "--library", Self.minilib, "-o", dir.path, "--answers", answers, "--lang", "en"], input: nil)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "The input ended before the interview was finished. The answers so far are saved in \(answers).")
        )
        #expect(result.stdout.contains("Question 1 of ~10 · Name"))
        #expect(try Self.loadAnswers(answers).values.isEmpty)
    }

    @Test func sigintWithPipedInputExits130AfterTheLastSave() throws {
        let path = try #require(OPIBinary.path)
        let dir = try TestEnvironment.temporaryDirectory("interview-sigint")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("opi-answers.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["interview", "--library", Self.minilib, "-o", dir.path]
        process.environment = OPIBinary.environment([:])
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("Kommunen\n".utf8))
        // The pipe stays open: the interview waits for the next answer once the first is saved.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !((try? String(contentsOf: answers, encoding: .utf8))?.contains("Kommunen") ?? false) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.2)
        process.interrupt()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("opi-agreement interview --answers \(answers.path)"))
        #expect(try Self.loadAnswers(answers.path)["public_parties"] != nil)
    }

    @Test func aBrokenAnswersFileIsReportedAndLeftAlone() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-broken")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("opi-answers.yaml")
        let text = "project_title: X\nstart_date: 2026-02-30\nresults_model: closed\n"
        try Data(text.utf8).write(to: path)
        let result = try run(["interview", "--library", Self.minilib, "-o", dir.path], input: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("opi-answers.yaml:2:13: error:"))
        #expect(result.stderr.contains("opi-answers.yaml:3:16: error:"))
        #expect(try String(contentsOf: path, encoding: .utf8) == text)
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try run(["interview", "--to", "rtf"], input: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--to"))
    }

    // MARK: - Under a pseudo-terminal

    func terminal(_ arguments: [String], steps: [[String]], environment: [String: String] = [:], unset: [String] = [])
        throws -> TerminalSession.Result
    {
        try TerminalSession.run(arguments, steps: steps, environment: environment, unset: unset)
    }

    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func ctrlCAtATerminalExitsAfterTheLastSave() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-pty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("opi-answers.yaml").path
        let session = try terminal(
            ["interview", "--library", Self.minilib, "-o", dir.path],
            steps: [
                ["expect", "> "], ["send", "Kommunen\r"], ["expect", "Organisationsnummer"], ["expect", "> "],
                ["send", "?\r"], ["expect", "Svaret är"], ["expect", "> "], ["send", "\u{03}"],
                ["expect", "Avbrutet."],
            ],
            unset: ["NO_COLOR"])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 130, "\(session.output)")
        #expect(session.output.contains("\u{1B}[1mNamn\u{1B}[0m"), "colour at a terminal")
        #expect(session.output.contains("Avbrutet. Svaren hittills är sparade i \(answers)"))
        let saved = try Self.loadAnswers(answers)
        #expect(
            InterviewTests.values(saved)["public_parties"] == .list([AnswerRecord(values: ["name": .text("Kommunen")])])
        )
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["opi-answers.yaml"],
            "no temporary file left")
    }

    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func ctrlDAtATerminalEndsTheInterviewWithNoColourUnderNO_COLOR() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-pty-eof")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try terminal(
            ["interview", "--library", Self.minilib, "-o", dir.path, "--lang", "en"],
            steps: [
                ["expect", "> "], ["send", "Municipality\r"], ["expect", "> "], ["send", "212000-0142\r"],
                ["expect", "[y/N] "], ["eof"], ["expect", "The input ended"],
            ],
            environment: ["NO_COLOR": "1"])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 1, "\(session.output)")
        #expect(!session.output.contains("\u{1B}[0m") && !session.output.contains("\u{1B}[1m"), "NO_COLOR is honoured")
        #expect(session.output.contains("opi-agreement interview --answers"), "how to go on")
        #expect(!session.output.contains("error:"))
        let saved = try Self.loadAnswers(dir.appendingPathComponent("opi-answers.yaml").path)
        #expect(
            InterviewTests.values(saved)["public_parties"]
                == .list([
                    AnswerRecord(values: ["name": .text("Municipality"), "organisation_number": .text("212000-0142")])
                ]))
    }

    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func pastedParagraphsAreOneAnswerAndTheNextAnswerIsIntact() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-pty-paste")
        defer { try? FileManager.default.removeItem(at: dir) }
        let paste = BracketedPaste.start + "Första stycket.\r\rAndra stycket.\r\rTredje stycket." + BracketedPaste.end
        let session = try terminal(
            ["interview", "--library", Self.clauses, "-o", dir.path],
            steps: [
                ["expect", "> "], ["send", "Smart avfall\r"], ["expect", "> "], ["send", paste + "\r\r"],
                ["expect", "När planeras en upphandling?"], ["expect", "> "], ["send", "Under 2027\r"],
                ["expect", "> "], ["send", "\u{03}"], ["expect", "Avbrutet."],
            ])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 130, "\(session.output)")
        #expect(session.output.contains(BracketedPaste.enable), "bracketed paste is turned on")
        #expect(session.output.hasSuffix(BracketedPaste.disable) || session.output.contains(BracketedPaste.disable))
        let saved = try Self.loadAnswers(dir.appendingPathComponent("opi-answers.yaml").path, library: Self.clauses)
        #expect(saved["project_need"] == .text("Första stycket.\n\nAndra stycket.\n\nTredje stycket."))
        #expect(saved["expected_procurement_time"] == .text("Under 2027"))
    }

    /// Types the complete fixture interview, then changes, deletes and moves suppliers from the review.
    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func listRecordsAreChangedDeletedAndMovedFromTheReview() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-pty-lists")
        defer { try? FileManager.default.removeItem(at: dir) }
        var steps: [[String]] = []
        for line in InterviewTests.completeScript.dropLast() {
            // "Another one?" ends with its keys ("[j/N] "), every other prompt with "> ".
            steps += [["expect", line == "j" || line == "n" ? "] " : "> "], ["send", line + "\r"]]
        }
        steps += [
            ["expect", "Granska svaren"], ["expect", "> "], ["send", "2\r"], ["expect", "2>1"], ["expect", "> "],
            ["send", "1.3\r"], ["expect", "· Bidrag"], ["expect", "> "], ["send", "150000\r"],
            ["expect", "2>1"], ["expect", "> "], ["send", "2>1\r"], ["expect", "är nu nummer 1"], ["expect", "> "],
            ["send", "-2\r"], ["expect", "Ta bort Leverantör 2 (Alfa AB)? [j/N] "], ["send", "j\r"],
            ["expect", "är borttagen"], ["expect", "> "], ["send", "\r"], ["expect", "Granska svaren"],
            ["expect", "> "], ["send", "\r"], ["expect", "Avtalet är skapat"],
        ]
        let session = try terminal(["interview", "--library", Self.minilib, "-o", dir.path], steps: steps)
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 0, "\(session.output)")
        let saved = try Self.loadAnswers(dir.appendingPathComponent("opi-answers.yaml").path)
        guard case .list(let suppliers)? = saved["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(suppliers.map { $0["name"] } == [.text("Beta AB")])
    }

    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func ctrlCInAListRecordSavesWhatWasGiven() throws {
        let dir = try TestEnvironment.temporaryDirectory("interview-pty-list-c")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try terminal(
            ["interview", "--library", Self.minilib, "-o", dir.path],
            steps: [
                ["expect", "> "], ["send", "Kommunen\r"], ["expect", "> "], ["send", "212000-0142\r"],
                ["expect", "[j/N] "], ["send", "j\r"], ["expect", "Offentliga parter, post 2"], ["expect", "> "],
                ["send", "\u{03}"], ["expect", "Avbrutet."],
            ])
        #expect(session.status == 130, "\(session.output)")
        let text = try String(contentsOf: dir.appendingPathComponent("opi-answers.yaml"), encoding: .utf8)
        #expect(!text.contains("{}"), "no empty record")
        #expect(text.hasSuffix("# interview: public_parties new-record\n"), "resuming asks record 2")
    }

    // MARK: - questions

    /// The text with every run of spaces and line breaks as one space.
    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: Language.allCases)
    func questionsPrintsATemplateThatLoads(_ language: Language) throws {
        let result = try run(["questions", "--lang", language.rawValue, "--library", Self.clauses], input: nil)
        #expect(result.status == 0, "\(result.stderr)")
        let questionnaire = try LibraryLoader.load(directory: Self.clauses).questionnaire
        let answers = try AnswersLoader.load(
            Data(result.stdout.utf8), file: "template.yaml", questionnaire: questionnaire)
        let flat = Self.squeezed(result.stdout.replacingOccurrences(of: "\n#", with: " "))
        #expect(answers.values.isEmpty)
        // A computed question is never answered, so the template has no key for it.
        for question in questionnaire.questions where question.computed {
            #expect(!result.stdout.contains("\n\(question.id):\n"), "a key for the computed \(question.id)")
        }
        for question in questionnaire.questions where !question.computed {
            #expect(result.stdout.contains("\n\(question.id):\n"), "no key for \(question.id)")
            #expect(result.stdout.contains("# \(question.label[language] ?? "")"), "no label for \(question.id)")
            for option in question.options {
                // A long option line wraps onto the next comment line.
                #expect(flat.contains(Self.squeezed("\(option.value): \(option.label[language] ?? "")")))
            }
            for field in question.fields {
                #expect(result.stdout.contains("#  - \(field.id): ") || result.stdout.contains("#    \(field.id): "))
            }
        }
        // Uncommenting the example records gives a file that loads too, with one empty record per list.
        let uncommented = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: #"^#  (- |  )[A-Za-z_][A-Za-z0-9_-]*: "#, options: .regularExpression) != nil
                ? String(line.dropFirst()) : String(line)
        }.joined(separator: "\n")
        let records = try AnswersLoader.load(
            Data(uncommented.utf8), file: "template.yaml", questionnaire: questionnaire)
        for list in questionnaire.questions where list.type == .list && !list.computed {
            #expect(InterviewTests.values(records)[list.id] == .list([AnswerRecord(values: [:])]), "\(list.id)")
        }
        // The bundled library gives the same template.
        let bundled = try run(["questions", "--lang", language.rawValue], input: nil)
        #expect(bundled.stdout == result.stdout)
    }
}
