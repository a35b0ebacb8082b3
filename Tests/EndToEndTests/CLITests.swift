import Foundation
import TestSupport
import Testing

/// The built `opi-agreement` binary, run as users run it.
@Suite("Command line")
struct CLITests {
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try OPIBinary.run(arguments, environment: environment)
    }

    @Test func rendersEveryForm() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["render", Samples.modelURL.path, "--to", "docx,odt,fodt,flat-docx", "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(
            names == ["sample-agreement.docx", "sample-agreement.fodt", "sample-agreement.odt", "sample-agreement.xml"])
        #expect(result.stdout.split(separator: "\n").count == 4)
    }

    @Test func badModelIsLocatedAndWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let model = dir.appendingPathComponent("bad.json")
        try Data(
            """
            {"metadata": {"title": "x", "language": "sv"},
             "blocks": [{"type": "paragraph", "content": [{"type": "reference", "target": "gone"}]}]}
            """.utf8
        ).write(to: model)
        let out = dir.appendingPathComponent("out")
        let result = try run(["render", model.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json:2:"))
        #expect(result.stderr.contains("error: the cross-reference names 'gone'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func finalBuildListsTheAnnexesToAttachSeparately() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-annexes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = TestEnvironment.repositoryRoot.appendingPathComponent("examples/cross-border.yaml").path
        let final = try run(["build", answers, "--final", "--to", "odt", "-o", dir.path])
        #expect(final.status == 0, "\(final.stderr)")
        // The end of the build lists the annexes the library does not write, by their headings.
        // The agreement is Swedish, so the build reports in Swedish.
        let listed = final.stderr.components(separatedBy: "Bilagor att bifoga separat").last ?? ""
        #expect(final.stderr.contains("Bilagor att bifoga separat"), "\(final.stderr)")
        #expect(listed.contains("  - Bilaga ") && listed.contains("Bidragsbeslut"), "\(final.stderr)")
        #expect(!listed.contains("Projektbeskrivning"), "a written annex is not attached separately")
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try run(["render", Samples.modelURL.path, "--to", "rtf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--to"))
    }

    @Test func missingFileExitsThree() throws {
        let result = try run(["render", "/nonexistent/model.json"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("/nonexistent/model.json"))
    }

    static let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/waste-collection.yaml").path
    static let clausesFolder = TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path

    @Test func buildWritesEveryFormFromTheBundledLibrary() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-build")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run([
            "build", Self.example, "--to", "docx,odt,fodt,flat-docx,model", "--final", "-o", dir.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(
            names == [
                "waste-collection.docx", "waste-collection.fodt", "waste-collection.json", "waste-collection.odt",
                "waste-collection.xml",
            ])
        let model = try String(contentsOf: dir.appendingPathComponent("waste-collection.json"), encoding: .utf8)
        #expect(model.contains("\"status\" : \"final\""))
        #expect(model.contains("Upphandlingsneutralitet"))
    }

    @Test func buildInEnglish() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-build-en")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["build", Self.example, "--lang", "en", "--to", "model", "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let model = try String(contentsOf: dir.appendingPathComponent("waste-collection.json"), encoding: .utf8)
        #expect(model.contains("Procurement neutrality"))
        #expect(!model.contains("Upphandlingsneutralitet"))
    }

    @Test func badAnswersListEveryProblemAndWriteNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-bad-answers")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("bad.yaml")
        try Data(
            """
            project_titel: X
            agreement_date: 2026-02-30
            public_parties:
              - name: Kommun
                organisation_number: 212000-1232
            results_model: shared
            """.utf8
        ).write(to: answers)
        let out = dir.appendingPathComponent("out")
        let result = try run(["build", answers.path, "-o", out.path])
        #expect(result.status == 1)
        for line in ["bad.yaml:1:1:", "bad.yaml:2:17:", "bad.yaml:5:", "bad.yaml:6:16:"] {
            #expect(result.stderr.contains(line), "no diagnostic at \(line) in:\n\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func finalBuildListsMissingAnswers() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-final")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("partial.yaml")
        try Data("project_title: X\n".utf8).write(to: answers)
        let result = try run(["build", answers.path, "--final", "-o", dir.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("project_need"))
        #expect(result.stderr.contains("public_parties"))
        let draft = try run(["build", answers.path, "-o", dir.appendingPathComponent("draft").path, "--lang", "en"])
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stderr.contains("missing"))
    }

    /// `explain` words each clause for a lawyer in the agreement's language; `--format json` keeps the whole trace.
    @Test func explainAccountsForTheChoices() throws {
        let result = try run(["explain", Self.example])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Resultat och immateriella rättigheter: med eftersom "), "\(result.stdout)")
        #expect(result.stdout.contains("(results_model) = "), "\(result.stdout)")
        #expect(result.stdout.contains("inte prövad: "), "the legend explains 'not reached'")
        let english = try run(["explain", Self.example, "--lang", "en"])
        #expect(english.stdout.contains("Results and intellectual property: included because "), "\(english.stdout)")
        #expect(english.stdout.contains("not reached: "), "\(english.stdout)")
        let json = try run(["explain", Self.example, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"subject\" : \"slot results → results-open\""), "\(json.stdout)")
        #expect(json.stdout.contains("\"path\" : \"results_model\""))
        #expect(json.stdout.contains("\"value\" : \"\\\"open\\\"\""), "\(json.stdout)")
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["decisions", "checks", "riskyChoices", "missing"])
        let wrong = try run(["explain", Self.example, "--format", "xml"])
        #expect(wrong.status == 2)
    }

    @Test func clausesLintListShow() throws {
        let lint = try run(["clauses", "lint"])
        #expect(lint.status == 0, "\(lint.stderr)")
        // Builds read the bundled library without linting it (`ClauseLibrary.bundled()`): this is its lint.
        #expect(lint.stderr.contains(" clauses, 0 errors, 0 warnings\n"), "\(lint.stderr)")
        let list = try run(["clauses", "list", "--category", "results-ownership"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 4)
        let show = try run(["clauses", "show", "results-open", "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("No Party may apply for a patent"))
        let unknown = try run(["clauses", "list", "--category", "nonsense"])
        #expect(unknown.status == 2)
        let none = try run([
            "clauses", "list", "--category", "state-aid", "--library", TestEnvironment.miniLibrary.path,
        ])
        #expect(none.status == 0 && none.stdout.isEmpty, "a category without clauses lists nothing: \(none.stderr)")
    }

    @Test func bundledLibraryMatchesTheClausesFolder() throws {
        let bundled = try run(["clauses", "list"])
        let folder = try run(["clauses", "list", "--library", Self.clausesFolder])
        #expect(bundled.status == 0 && folder.status == 0)
        #expect(bundled.stdout == folder.stdout)
        #expect(!bundled.stdout.isEmpty)
    }

    @Test func lintFailsOnABrokenLibrary() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("lib")
        try FileManager.default.copyItem(atPath: Self.clausesFolder, toPath: copy.path)
        let file = copy.appendingPathComponent("procurement/procurement-neutrality.clause")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "{{ref neutrality-information}}", with: "{{ref neutrality-info}}")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try run(["clauses", "lint", "--library", copy.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("procurement-neutrality.clause:"))
        #expect(result.stderr.contains("unknown clause 'neutrality-info'"))
    }

    /// Two separate processes (each with its own hashing seed) write the same bytes.
    @Test func twoProcessesWriteIdenticalBytes() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-determinism")
        defer { try? FileManager.default.removeItem(at: dir) }
        let example = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml").path
        for run in ["a", "b"] {
            let result = try self.run([
                "build", example, "--to", "docx,odt,fodt,flat-docx,model", "-o", dir.appendingPathComponent(run).path,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("a").path).sorted()
        #expect(names.count == 5)
        for name in names {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(name)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/\(name)"))
            #expect(a == b, "\(name) differs between two runs")
        }
    }
}
