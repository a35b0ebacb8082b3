import Foundation
import TestSupport
import Testing

/// The messages of `build`, `explain`, `interview` and `batch` are in the agreement's language (`--lang`, else
/// Swedish); the other commands' in the language the environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), from the
/// words files. The `error:` label and the location stay as they are, for tools and editors.
extension CLITests {
    /// A bad answers file: located errors with the source line and a caret, worded in the agreement's language:
    /// Swedish without `--lang` even under `LC_ALL=C`, English with `--lang en` even under `LANG=sv_SE`.
    @Test func answersFileErrorsAreInTheAgreementsLanguage() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-messages-language")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("bad.yaml")
        try Data("project_title: X\nresults_model: shared\nproject_titel: Y\n".utf8).write(to: answers)
        let arguments = ["build", answers.path, "-o", dir.appendingPathComponent("out").path]

        let swedish = try run(arguments, environment: ["LC_ALL": "C"])
        #expect(swedish.status == 1)
        #expect(
            swedish.stderr.contains(
                """
                bad.yaml:3:1: error: okänd fråga ”project_titel”; menade du ”project_title”?
                project_titel: Y
                ^

                """), "\(swedish.stderr)")
        #expect(
            swedish.stderr.contains("bad.yaml:2:16: error: Vem ska äga resultaten? (results_model): "),
            "\(swedish.stderr)")
        #expect(swedish.stderr.contains("\nresults_model: shared\n               ^\n"), "\(swedish.stderr)")

        let english = try run(arguments + ["--lang", "en"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(english.status == 1)
        #expect(
            english.stderr.contains(
                """
                bad.yaml:3:1: error: unknown question 'project_titel'; did you mean 'project_title'?
                project_titel: Y
                ^

                """), "\(english.stderr)")
        for result in [swedish, english] { expectOwnWording(result) }
    }

    /// A YAML syntax error and a missing file, in Swedish.
    @Test func yamlAndFileErrorsAreInSwedish() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-messages-yaml")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("tabs.yaml")
        try Data("project_title: X\n\tresults_model: open\n".utf8).write(to: answers)
        let yaml = try run(["build", answers.path, "-o", dir.path], environment: ["LC_MESSAGES": "sv_SE.UTF-8"])
        #expect(yaml.status == 1)
        #expect(
            yaml.stderr.hasPrefix(
                "\(answers.path):2:1: error: tabbtecken får inte användas för indrag; använd mellanslag\n"),
            "\(yaml.stderr)")
        let missing = dir.appendingPathComponent("missing.yaml").path
        let file = try run(["build", missing, "-o", dir.path], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(file.status == 3)
        #expect(file.stderr == "\(missing): error: filen finns inte\n", "\(file.stderr)")
    }

    /// A command that makes no agreement words its messages in the language of the environment.
    @Test func commandsWithoutAnAgreementUseTheLanguageOfTheEnvironment() throws {
        let missing = "/nonexistent/model.json"
        let swedish = try run(["render", missing], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 3)
        #expect(swedish.stderr == "\(missing): error: filen finns inte\n", "\(swedish.stderr)")
        let english = try run(["render", missing], environment: ["LC_ALL": "C", "LANG": "sv_SE.UTF-8"])
        #expect(english.stderr == "\(missing): error: no such file\n", "\(english.stderr)")
    }

    /// Our own checks of option values are worded from the words files too, before the subcommand's usage (whose
    /// text is argument-parser's English).
    @Test func optionErrorsAreInTheLanguageOfTheEnvironment() throws {
        let swedish = try run(["build", Self.example, "--to", "docx,rtf"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(swedish.status == 2)
        #expect(
            swedish.stderr.hasPrefix(
                "error: ”rtf” är inget format för --to; formaten är docx, odt, fodt, flat-docx, model, pdf, pdf/a\n"
                    + "Usage: opi-agreement build "), "\(swedish.stderr)")
        let english = try run(["build", Self.example, "--to", "docx,rtf"], environment: ["LC_ALL": "C"])
        #expect(english.status == 2)
        #expect(
            english.stderr.hasPrefix(
                "error: 'rtf' is not a form for --to; the forms are docx, odt, fodt, flat-docx, model, pdf, pdf/a\n"),
            "\(english.stderr)")
        let jobs = try run(
            ["batch", Self.example, "-o", "x", "--jobs", "0"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(jobs.stderr.hasPrefix("error: --jobs måste vara minst 1, inte 0\n"), "\(jobs.stderr)")
        let language = try run(["questions", "--lang", "de"], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(language.stderr.hasPrefix("error: ”de” är inget språk; språken är sv, en, da\n"), "\(language.stderr)")
    }

    /// The clause library's problems, which its maintainers meet: a lint error and a clause file that does not load,
    /// worded wholly in Swedish under `LANG=sv_SE` (the names of what is wrong too, not only the sentence round them).
    @Test func lintErrorsForABrokenClauseFileAreInTheLanguageOfTheEnvironment() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-messages-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(atPath: Self.clausesFolder, toPath: copy.path)
        let file = copy.appendingPathComponent("procurement/procurement-neutrality.clause")
        let original = try String(contentsOf: file, encoding: .utf8)
        let swedish = ["LANG": "sv_SE.UTF-8"]

        try original.replacingOccurrences(of: "{{ref neutrality-information}}", with: "{{ref neutrality-info}}")
            .write(to: file, atomically: true, encoding: .utf8)
        let lint = try run(["clauses", "lint", "--library", copy.path], environment: swedish)
        #expect(lint.status == 1)
        #expect(
            lint.stderr.contains("procurement-neutrality.clause:")
                && lint.stderr.contains(": error: okänd klausul ”neutrality-info” i en hänvisning\n"),
            "\(lint.stderr)")

        try original.replacingOccurrences(of: "id: procurement-neutrality\n", with: "")
            .replacingOccurrences(of: "survives: true", with: "survives: sometimes")
            .write(to: file, atomically: true, encoding: .utf8)
        let load = try run(["clauses", "lint", "--library", copy.path], environment: swedish)
        #expect(load.status == 1)
        for message in [
            "error: den obligatoriska nyckeln ”id” saknas i klausulens huvud\n",
            "error: ”survives” ska vara true, false eller en lista med id för klausulens underpunkter, men är ”sometimes”\n",
        ] {
            #expect(load.stderr.contains(message), "\(load.stderr)")
        }
        #expect(!load.stderr.contains("the clause header"), "\(load.stderr)")
    }
}
