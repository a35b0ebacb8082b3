import Foundation
import TestSupport
import Testing

/// `opi-agreement batch`, run as users run it: the example config, exit statuses 0, 1, 2 and 3, and documents
/// identical to `opi-agreement build`.
extension CLITests {
    static let batchExample = TestEnvironment.repositoryRoot.appendingPathComponent("examples/batch-suppliers.yaml")
        .path
    static let batchNames = [
        "smart-avfall-Sensorbolaget", "smart-avfall-Ruttoptimering", "smart-avfall-Waste Analytics",
    ]

    @Test func batchExampleWritesEveryAgreementInConfigOrder() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let result = try run([
            "batch", Self.batchExample, "--final", "--to", "docx,odt,model", "--jobs", "2", "-o", out.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.split(separator: "\n").map(String.init)
                == Self.batchNames.flatMap { name in
                    ["json", "docx", "odt"].map { out.appendingPathComponent("\(name).\($0)").path }
                })
        // The summary is in the config's language (Swedish), with its decimal comma.
        #expect(result.stderr.hasPrefix("3 avtal, 9 filer, "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" s\n"))
        #expect(
            result.stderr.range(of: #"[0-9]+,[0-9] s\n$"#, options: .regularExpression) != nil,
            "Swedish writes the seconds with a decimal comma: \(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"), "no progress line when stderr is not a terminal")
        let english = try String(
            contentsOf: out.appendingPathComponent("smart-avfall-Waste Analytics.json"), encoding: .utf8)
        #expect(english.contains("\"language\" : \"en\""))
        #expect(english.contains("\"status\" : \"final\""))
        #expect(english.contains("Nordic Waste Analytics AB"))
        #expect(english.contains("Exempelstads kommun"), "the defaults apply")

        // Again into the same folder: every file exists, so nothing is written (exit 1), unless --force.
        let again = try run(["batch", Self.batchExample, "--final", "--to", "docx,odt,model", "-o", out.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("batch-suppliers.yaml:"))
        // The config's language is Swedish (its default), so its messages are Swedish.
        #expect(again.stderr.contains(": error: 9 filer finns redan (\(out.path)/"), "\(again.stderr)")
        #expect(again.stderr.contains(" och 6 till); inget skrivs över utan --force\n"))
        #expect(again.stderr.split(separator: "\n").count == 1, "one line, not one per file")
        #expect(again.stdout.isEmpty)
        let forced = try run(["batch", Self.batchExample, "--final", "--force", "-o", out.path])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.split(separator: "\n").count == 6)
    }

    @Test func batchDocumentsAreByteIdenticalToBuild() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-batch-build")
        defer { try? FileManager.default.removeItem(at: dir) }
        let batch = dir.appendingPathComponent("batch")
        let result = try run([
            "batch", Self.batchExample, "--final", "--to", "docx,odt,fodt,flat-docx,model", "-o", batch.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")

        // Agreement 3's merged answers: the defaults, with its own suppliers, in English.
        let config = try String(contentsOfFile: Self.batchExample, encoding: .utf8)
        let start = try #require(config.range(of: "defaults:\n")).upperBound
        let end = try #require(config.range(of: "\n# One entry per agreement")).lowerBound
        let defaults = config[start..<end].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
        let own = try #require(config.range(of: "  - language: en\n    answers:\n")).upperBound
        let ownAnswers = config[own...].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("      ") ? String($0.dropFirst(6)) : String($0) }.joined(separator: "\n")
        let answers = dir.appendingPathComponent("smart-avfall-Waste Analytics.yaml")
        try (defaults + "\n" + ownAnswers).write(to: answers, atomically: true, encoding: .utf8)

        let alone = dir.appendingPathComponent("alone")
        let build = try run([
            "build", answers.path, "--final", "--lang", "en", "--to", "docx,odt,fodt,flat-docx,model", "-o", alone.path,
        ])
        #expect(build.status == 0, "\(build.stderr)")
        for ext in ["json", "docx", "odt", "fodt", "xml"] {
            let name = "smart-avfall-Waste Analytics.\(ext)"
            let a = try Data(contentsOf: batch.appendingPathComponent(name))
            let b = try Data(contentsOf: alone.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between batch and build")
        }
    }

    @Test func batchInvalidInputExitsOneAndWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-batch-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("bad.yaml")
        try Data(
            """
            output: { name: "opi-{suppliers.0.name}" }
            defaults:
              project_title: X
              project_need: Y
              public_parties:
                - name: Kommunen
                  organisation_number: 212000-1232
            agreements:
              - answers:
                  suppliers: [ { name: Alfa AB } ]
              - answers:
                  suppliers: [ { name: Beta AB, organisation_number: 556036-0794 } ]
                  results_model: shared
              - answers:
                  suppliers: [ { name: Gamma AB } ]
            language: en
            """.utf8
        ).write(to: config)
        let out = dir.appendingPathComponent("out")
        let result = try run(["batch", config.path, "-o", out.path])
        #expect(result.status == 1)
        for expected in [
            "bad.yaml:7:28: error: Public party 1 (Kommunen), organisation number (public_parties[0].organisation_number): '212000-1232' is not a valid Swedish organisation number",
            "(in the defaults, used by every agreement)",
            "bad.yaml:12:58: error: agreement 2 (opi-Beta AB): Supplier 1 (Beta AB), organisation number (suppliers[0].organisation_number)",
            "bad.yaml:13:22: error: agreement 2 (opi-Beta AB): Who shall own the results? (results_model): 'shared' is not one of the options",
        ] {
            #expect(result.stderr.contains(expected), "no '\(expected)' in:\n\(result.stderr)")
        }
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))

        #expect(
            result.stderr.hasSuffix(
                "bad.yaml: note: nothing written; 0 of 3 agreements are valid; fix the errors or use --keep-going\n"))

        // With a valid default, agreement 2 alone stops the batch: its errors, then the summary.
        try String(contentsOf: config, encoding: .utf8).replacingOccurrences(of: "212000-1232", with: "212000-1231")
            .write(to: config, atomically: true, encoding: .utf8)
        let stopped = try run(["batch", config.path, "-o", out.path])
        #expect(stopped.status == 1)
        #expect(
            stopped.stderr.contains(
                "error: agreement 2 (opi-Beta AB): Who shall own the results? (results_model): 'shared'"))
        #expect(
            stopped.stderr.hasSuffix(
                "bad.yaml: note: nothing written; 2 of 3 agreements are valid; fix the errors or use --keep-going\n"),
            "\(stopped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        // --keep-going writes agreements 1 and 3 and still exits 1.
        let going = try run(["batch", config.path, "--keep-going", "-o", out.path])
        #expect(going.status == 1)
        #expect(
            going.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent } == [
                "opi-Alfa AB.docx", "opi-Alfa AB.odt", "opi-Gamma AB.docx", "opi-Gamma AB.odt",
            ])
        #expect(going.stderr.contains("not written: agreement 2 (opi-Beta AB)"))
        #expect(going.stderr.contains("2 agreements, 4 files, "))
        #expect(going.stderr.contains("; 1 not written"))
    }

    @Test func batchUsageErrorsExitTwo() throws {
        for arguments in [
            ["batch", Self.batchExample, "-o", "x", "--jobs", "0"],
            ["batch", Self.batchExample, "-o", "x", "--to", "rtf"],
            ["batch", Self.batchExample, "-o", "x", "--to", "pdf,pdf/a"],
            ["batch", Self.batchExample],
            ["batch", Self.batchExample, "-o", "x", "--nonsense"],
        ] {
            let result = try run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: "x"))
        }
    }

    @Test func batchIOErrorsExitThree() throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-batch-io")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try run(["batch", dir.appendingPathComponent("none.yaml").path, "-o", dir.path])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("none.yaml"))
        let file = dir.appendingPathComponent("a-file")
        try Data().write(to: file)
        let blocked = try run(["batch", Self.batchExample, "-o", file.path])
        #expect(blocked.status == 3, "\(blocked.stderr)")
        #expect(blocked.stderr.contains("a-file"))
    }

    /// On a terminal, stderr carries a progress line that is redrawn in place; piped, it does not (the other tests).
    @Test(.enabled(if: TerminalSession.canRun, Comment(rawValue: TerminalSession.missing)))
    func batchShowsProgressOnlyAtATerminal() throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-pty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let session = try TerminalSession.run(
            ["batch", Self.batchExample, "--final", "-o", dir.appendingPathComponent("out").path],
            steps: [["expect", "avtal,"]])
        #expect(!session.timedOut, "\(session.output)")
        #expect(session.status == 0, "\(session.output)")
        #expect(
            session.output.contains("\r\u{1B}[Kbygger 1/3 avtal"),
            "status \(session.status): \(session.output.debugDescription)")
        let piped = try run(["batch", Self.batchExample, "--final", "-o", dir.appendingPathComponent("piped").path])
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("bygger "))
    }
}
