import Foundation
import TestSupport
import Testing

/// The command line's one diagnostics path and its arguments as types, run as users run it: every message as
/// `file:line:col: error: message` with the source line and a caret, usage errors with the subcommand's usage, and
/// no Swift or Foundation message on any path.
extension CLITests {
    /// What no message on stderr may contain: ArgumentParser's and Foundation's own wording.
    static let foreignWording = [
        "Error: ", "NSCocoaErrorDomain", "couldn’t", "could not be completed", "Cannot initialize",
    ]

    func expectOwnWording(_ result: ProcessResult, _ comment: String = "") {
        for text in Self.foreignWording {
            #expect(!result.stderr.contains(text), "'\(text)' in \(comment):\n\(result.stderr)")
        }
    }

    @Test func diagnosticsShowTheSourceLineWithACaret() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-snippet")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("bad.yaml")
        try Data("project_title: X\nresults_model: shared\n".utf8).write(to: answers)
        let result = try run(["build", answers.path, "-o", dir.appendingPathComponent("out").path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                """
                bad.yaml:2:16: error: Who shall own the results? (results_model): 'shared' is not one of the options
                """), "\(result.stderr)")
        #expect(result.stderr.contains("\nresults_model: shared\n               ^\n"), "\(result.stderr)")
        expectOwnWording(result)
    }

    @Test func lintDiagnosticsShowTheClauseLine() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-lint-snippet")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(atPath: Self.clausesFolder, toPath: copy.path)
        let file = copy.appendingPathComponent("procurement/procurement-neutrality.clause")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "{{ref neutrality-information}}", with: "{{ref neutrality-info}}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["clauses", "lint", "--library", copy.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("unknown clause 'neutrality-info'") }, "\(result.stderr)")
        #expect(lines[at + 1].contains("{{ref neutrality-info}}"), "\(result.stderr)")
        #expect(lines[at + 2].trimmingCharacters(in: .whitespaces) == "^", "\(result.stderr)")
    }

    /// `--to` lists that name no form were accepted and wrote nothing (exit 0); now they are usage errors, with
    /// the subcommand's own usage.
    @Test func toListsThatNameNoFormAreUsageErrors() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-to")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        for list in [",", "", " , ", "docx,,odt", "docx,rtf"] {
            let result = try run(["build", Self.example, "--to", list, "-o", out.path])
            #expect(result.status == 2, "--to '\(list)': \(result.stderr)")
            let expected =
                switch list {
                case "docx,rtf":
                    "error: 'rtf' is not a form for --to; the forms are docx, odt, fodt, flat-docx, model, pdf, pdf/a\n"
                case "docx,,odt": "error: --to 'docx,,odt' has an empty name between commas;"
                default:
                    "error: --to needs at least one form; the forms are docx, odt, fodt, flat-docx, model, pdf, pdf/a\n"
                }
            #expect(result.stderr.hasPrefix(expected), "\(result.stderr)")
            #expect(result.stderr.contains("Usage: opi-agreement build "), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
            expectOwnWording(result, "--to '\(list)'")
        }
        let batch = try run(["batch", Self.batchExample, "--to", ",", "-o", out.path])
        #expect(batch.status == 2)
        #expect(batch.stderr.contains("Usage: opi-agreement batch "), "\(batch.stderr)")
    }

    /// Values are checked by the argument parser: the error names the values and prints the subcommand's usage
    /// (it used to be found in `run()`, printing the root usage), and the help lists them.
    @Test func argumentValuesAreCheckedBeforeRunning() throws {
        let category = try run(["clauses", "list", "--category", "nonsense"])
        #expect(category.status == 2)
        #expect(
            category.stderr.hasPrefix("error: 'nonsense' is not a clause category; the categories are parties, purpose")
        )
        #expect(category.stderr.contains("results-ownership"))
        #expect(category.stderr.contains("Usage: opi-agreement clauses list "), "\(category.stderr)")
        let language = try run(["explain", Self.example, "--lang", "de"])
        #expect(language.status == 2)
        #expect(
            language.stderr.hasPrefix("error: 'de' is not a language; the languages are sv, en, da\n"),
            "\(language.stderr)"
        )
        #expect(language.stderr.contains("Usage: opi-agreement explain "), "\(language.stderr)")
        let render = try run(["render", Samples.modelURL.path, "--to", "model"])
        #expect(render.status == 2, "render writes no model")
        #expect(render.stderr.contains("Usage: opi-agreement render "), "\(render.stderr)")
        for result in [category, language, render] { expectOwnWording(result) }
        // The help wraps lines; compare with runs of white space as one space.
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let help = try run(["clauses", "list", "--help"])
        #expect(words(help.stdout).contains("values: parties, purpose,"), "\(help.stdout)")
        let buildHelp = try run(["build", "--help"])
        #expect(
            words(buildHelp.stdout).contains("values: docx, odt, fodt, flat-docx, model, pdf, pdf/a"),
            "\(buildHelp.stdout)")
    }

    /// `--jobs -1` said "Missing value for '--jobs <jobs>'".
    @Test func negativeJobsAreRefusedByValue() throws {
        let result = try run(["batch", Self.batchExample, "-o", "x", "--jobs", "-1"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: --jobs must be at least 1, not -1\n"), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: opi-agreement batch "))
        #expect(!FileManager.default.fileExists(atPath: "x"))
    }

    @Test func versionIsPrinted() throws {
        let result = try run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(result.stdout)")
    }

    /// `render --name ../../x` wrote outside `-o`; `--name ''` wrote hidden files named `.docx`.
    @Test func renderNameMustBeAPlainFileName() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-render-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("a/b/out")
        for name in ["../../x", "", "sub/x", ".hidden", "..", "tab\there"] {
            let result = try run(["render", Samples.modelURL.path, "--name", name, "-o", out.path])
            #expect(result.status == 2, "--name '\(name)': \(result.stderr)")
            #expect(result.stderr.hasPrefix("error: --name must be a plain file name"), "\(result.stderr)")
            #expect(try FileManager.default.subpathsOfDirectory(atPath: dir.path).isEmpty, "--name '\(name)' wrote")
        }
        let plain = try run(["render", Samples.modelURL.path, "--name", "Avtal 2026", "--to", "fodt", "-o", out.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["Avtal 2026.fodt"])
    }

    /// A model the writers refuse (here a character XML forbids, from the answers) was an uncaught error printed
    /// as `Error: ...`; it is a diagnostic naming the answers file, exit 1, and nothing is written.
    @Test func aDocumentTheWritersRefuseIsADiagnostic() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-writer-error")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("control.yaml")
        try Data(#"project_title: "Smart\x01avfall""#.utf8).write(to: answers)
        let out = dir.appendingPathComponent("out")
        let result = try run(["build", answers.path, "-o", out.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(answers.path), "\(result.stderr)")
        #expect(result.stderr.contains(": error: "), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        expectOwnWording(result)
    }

    /// An unknown value in a model was reported in Swift's words (`Cannot initialize Language from invalid String
    /// value de`).
    @Test func anUnknownModelValueIsWordedForPeople() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-model-enum")
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("de.json")
        let text = try String(contentsOf: Samples.modelURL, encoding: .utf8)
        let changed = text.replacingOccurrences(of: #""language": "sv""#, with: #""language": "de""#)
        #expect(changed != text)
        try changed.write(to: model, atomically: true, encoding: .utf8)
        let result = try run(["render", model.path, "-o", dir.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("de.json:"), "\(result.stderr)")
        #expect(
            result.stderr.contains("error: 'de' is not a language; the languages are sv, en, da"), "\(result.stderr)")
        expectOwnWording(result)
    }

    /// I/O errors name the path and the system's reason, as a diagnostic, never Foundation's message.
    @Test func ioErrorsAreDiagnosticsInPlainWords() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-io-words")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a-file")
        try Data().write(to: file)
        let build = try run(["build", Self.example, "--to", "fodt", "-o", file.path, "--lang", "en"])
        #expect(build.status == 3)
        #expect(build.stderr == "\(file.path): error: is a file, not a folder\n", "\(build.stderr)")
        let render = try run(["render", Samples.modelURL.path, "-o", file.appendingPathComponent("sub").path])
        #expect(render.status == 3)
        #expect(render.stderr == "\(file.path): error: is a file, not a folder\n", "\(render.stderr)")
        // build and explain word their messages in the agreement's language: Swedish unless --lang says otherwise.
        let missing = try run(["build", dir.appendingPathComponent("none.yaml").path])
        #expect(missing.status == 3)
        #expect(missing.stderr == "\(dir.appendingPathComponent("none.yaml").path): error: filen finns inte\n")
        let folder = try run(["explain", dir.path, "--lang", "en"])
        #expect(folder.status == 3)
        #expect(folder.stderr == "\(dir.path): error: is a folder, not a file\n", "\(folder.stderr)")
        let interview = try run(["interview", "--answers", file.appendingPathComponent("a.yaml").path])
        #expect(interview.status == 3)
        for result in [build, render, missing, folder, interview] { expectOwnWording(result) }
    }
}
