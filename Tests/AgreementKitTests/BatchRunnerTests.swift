import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Writing batches: all or nothing, `keepGoing`, never overwriting without `overwrite`, and parallel output
/// identical to sequential output and to building each agreement alone.
@Suite("Batch runner")
struct BatchRunnerTests {
    static let library = Result { try MiniLibrary.load() }

    /// A config for the mini library with one agreement per supplier name; a name "!bad" gets an invalid
    /// organisation number.
    static func config(_ suppliers: [String]) -> String {
        var text = """
            output: { name: "mini-{suppliers.0.name}" }
            defaults:
              project_title: Smart avfall
              start_date: 2026-04-01
              budget: 1250000
              results_model: open
              publication_deadline: 2027-01-31
              public_parties:
                - name: Exempelstads kommun
                  organisation_number: 212000-0142
            agreements:

            """
        for name in suppliers {
            let number = name.hasPrefix("!") ? "556036-0794" : "556036-0793"
            text += """
                  - answers:
                      suppliers:
                        - name: \(name.hasPrefix("!") ? String(name.dropFirst()) : name)
                          organisation_number: \(number)
                          contribution: 1000

                """
        }
        return text
    }

    static func plan(_ yaml: String, final: Bool = true) throws -> BatchPlan {
        try BatchConfigLoader.load(Data(yaml.utf8), file: "batch.yaml", library: try library.get(), final: final)
    }

    static func run(
        _ plan: BatchPlan, into directory: URL, formats: [OutputFormat] = [.docx, .odt], model: Bool = false,
        jobs: Int = 2, keepGoing: Bool = false, overwrite: Bool = false
    ) async throws -> BatchReport {
        let options = BatchOptions(
            formats: formats, model: model, jobs: jobs, keepGoing: keepGoing, overwrite: overwrite)
        return try await BatchRunner(library: try library.get(), options: options).run(plan, into: directory.path)
    }

    /// The names in a folder, hidden ones included, sorted.
    static func contents(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func writesEveryAgreementInConfigOrderWithNothingLeftOver() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-order")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out/nested")
        let report = try await Self.run(
            try Self.plan(Self.config(["Gamma AB", "Alfa AB", "Beta AB"])), into: out, model: true)
        #expect(
            report.written
                == ["Gamma AB", "Alfa AB", "Beta AB"].flatMap { name in
                    ["json", "docx", "odt"].map { out.appendingPathComponent("mini-\(name).\($0)").path }
                })
        #expect(report.agreementsWritten == 3)
        #expect(report.failed.isEmpty && report.diagnostics.isEmpty && report.notes.isEmpty)
        #expect(try Self.contents(out).count == 9, "no staging folder or temporary file is left")
    }

    @Test func oneInvalidAgreementMeansNothingIsWritten() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-none")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let plan = try Self.plan(Self.config(["Alfa AB", "!Beta AB", "Gamma AB"]))
        await #expect(throws: DiagnosticError.self) { try await Self.run(plan, into: out) }
        do {
            _ = try await Self.run(plan, into: out)
        } catch let error as DiagnosticError {
            // The invalid number, and (as for `build --final`) the answer it leaves missing.
            #expect(
                error.diagnostics.map(\.description) == [
                    "batch.yaml:19:11: error: agreement 2 (mini-Beta AB): missing answer to the required field "
                        + "Supplier 1 (Beta AB), organisation number (suppliers[0].organisation_number)",
                    "batch.yaml:20:32: error: agreement 2 (mini-Beta AB): Supplier 1 (Beta AB), organisation number (suppliers[0].organisation_number): '556036-0794' "
                        + "is not a valid Swedish organisation number: the check digit does not match (a digit is probably mistyped)",
                    "batch.yaml: note: nothing written; 2 of 3 agreements are valid; fix the errors or use --keep-going",
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "not even the folder is created")
    }

    @Test func aProblemFoundWhileAssemblingAlsoStopsEverything() async throws {
        // The config loader catches unknown agreement types; a plan made in code reaches the assembler with one.
        let dir = try TestEnvironment.temporaryDirectory("batch-assembly")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        var plan = try Self.plan(Self.config(["Alfa AB", "Beta AB", "Gamma AB"]))
        plan.agreements[1].options.outline = "nonexistent"
        do {
            _ = try await Self.run(plan, into: out)
            Issue.record("no error")
        } catch let error as DiagnosticError {
            #expect(
                error.diagnostics.map(\.message) == [
                    "agreement 2 (mini-Beta AB): no agreement type 'nonexistent'; the library has mini",
                    "nothing written; 2 of 3 agreements are valid; fix the errors or use --keep-going",
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let report = try await Self.run(plan, into: out, keepGoing: true)
        #expect(report.failed.map(\.number) == [2])
        #expect(
            try Self.contents(out) == [
                "mini-Alfa AB.docx", "mini-Alfa AB.odt", "mini-Gamma AB.docx", "mini-Gamma AB.odt",
            ])
    }

    @Test func keepGoingWritesTheValidOnesAndListsTheOthers() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-keep-going")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Self.plan(Self.config(["Alfa AB", "!Beta AB", "Gamma AB", "!Delta AB"]))
        let report = try await Self.run(plan, into: dir, keepGoing: true)
        #expect(report.agreementsWritten == 2)
        #expect(
            report.written.map { ($0 as NSString).lastPathComponent } == [
                "mini-Alfa AB.docx", "mini-Alfa AB.odt", "mini-Gamma AB.docx", "mini-Gamma AB.odt",
            ])
        #expect(report.failed.map(\.label) == ["agreement 2 (mini-Beta AB)", "agreement 4 (mini-Delta AB)"])
        #expect(report.diagnostics.count == 4)
        #expect(report.diagnostics.allSatisfy { $0.severity == .error && $0.location?.file == "batch.yaml" })
        #expect(try Self.contents(dir).count == 4)

        let allBad = try Self.plan(Self.config(["!Beta AB"]))
        let out = dir.appendingPathComponent("none")
        let nothing = try await Self.run(allBad, into: out, keepGoing: true)
        #expect(nothing.written.isEmpty && nothing.failed.count == 1)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func existingFilesAreNeverOverwrittenWithoutOverwrite() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-force")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Self.plan(Self.config(["Alfa AB", "Beta AB"]))
        let marker = Data("someone's own file".utf8)
        let taken = dir.appendingPathComponent("mini-Beta AB.odt")
        try marker.write(to: taken)
        do {
            _ = try await Self.run(plan, into: dir)
            Issue.record("no error")
        } catch let error as DiagnosticError {
            #expect(
                error.diagnostics.map(\.message) == [
                    "agreement 2 (mini-Beta AB): '\(taken.path)' already exists; it is not overwritten without --force"
                ])
        }
        #expect(try Self.contents(dir) == ["mini-Beta AB.odt"], "nothing else is written either")
        #expect(try Data(contentsOf: taken) == marker)

        // A dangling symbolic link counts as existing too.
        let link = dir.appendingPathComponent("mini-Alfa AB.docx")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/target")
        let keepGoing = try await Self.run(plan, into: dir, keepGoing: true)
        #expect(keepGoing.failed.count == 2 && keepGoing.written.isEmpty)
        try FileManager.default.removeItem(at: link)

        let report = try await Self.run(plan, into: dir, overwrite: true)
        #expect(report.written.count == 4)
        #expect(try Data(contentsOf: taken) != marker)
        #expect(try PackageContents(try Data(contentsOf: taken))["content.xml"] != nil)
    }

    @Test func manyExistingFilesAreOneErrorNamingAFew() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-many-existing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Self.plan(Self.config(["Alfa AB", "Beta AB", "Gamma AB"]))
        _ = try await Self.run(plan, into: dir)
        do {
            _ = try await Self.run(plan, into: dir)
            Issue.record("no error")
        } catch let error as DiagnosticError {
            let path = { (name: String) in dir.appendingPathComponent(name).path }
            #expect(
                error.diagnostics.map(\.description) == [
                    "batch.yaml: error: 6 files already exist (\(path("mini-Alfa AB.docx")), \(path("mini-Alfa AB.odt")), "
                        + "\(path("mini-Beta AB.docx")) and 3 more); nothing is overwritten without --force"
                ])
        }
        let keepGoing = try await Self.run(plan, into: dir, keepGoing: true)
        #expect(keepGoing.failed.count == 3 && keepGoing.written.isEmpty)
        #expect(
            keepGoing.diagnostics.map(\.message) == [
                "6 files already exist (\(["mini-Alfa AB.docx", "mini-Alfa AB.odt", "mini-Beta AB.docx"].map { dir.appendingPathComponent($0).path }.joined(separator: ", ")) and 3 more); nothing is overwritten without --force"
            ])
    }

    @Test func aFileThatAppearsAfterTheCheckIsNotReplaced() throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-race")
        defer { try? FileManager.default.removeItem(at: dir) }
        let staging = try BatchStaging.create(in: dir.path)
        try staging.write(Data("new".utf8), name: "a.docx")
        try Data("old".utf8).write(to: dir.appendingPathComponent("a.docx"))
        #expect(throws: FileError.self) { try staging.commit("a.docx", overwrite: false) }
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.docx")) == Data("old".utf8))
        _ = try staging.commit("a.docx", overwrite: true)
        #expect(try Data(contentsOf: dir.appendingPathComponent("a.docx")) == Data("new".utf8))
        staging.discard()
        #expect(try Self.contents(dir) == ["a.docx"])
    }

    @Test func anOutputPathThatIsAFileIsAWriteError() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-io")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("file")
        try Data().write(to: file)
        await #expect(throws: FileError.self) {
            try await Self.run(try Self.plan(Self.config(["Alfa AB"])), into: file)
        }
    }

    @Test func parallelOutputIsIdenticalToSequential() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-parallel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Self.plan(Self.config((1...12).map { "Leverantör \($0) AB" }))
        let one = dir.appendingPathComponent("one")
        let four = dir.appendingPathComponent("four")
        let sequential = try await Self.run(plan, into: one, formats: OutputFormat.allCases, model: true, jobs: 1)
        let parallel = try await Self.run(plan, into: four, formats: OutputFormat.allCases, model: true, jobs: 4)
        #expect(sequential.written.count == 12 * 5)
        #expect(
            sequential.written.map { ($0 as NSString).lastPathComponent }
                == parallel.written.map { ($0 as NSString).lastPathComponent })
        for (a, b) in zip(sequential.written, parallel.written) {
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)), "\(a)")
        }
    }

    @Test func draftsReportTheirMissingAnswers() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = Self.config(["Alfa AB"]).replacingOccurrences(of: "  budget: 1250000\n", with: "")
        await #expect(throws: DiagnosticError.self) {
            try await Self.run(try Self.plan(config, final: true), into: dir)
        }
        let report = try await Self.run(try Self.plan(config, final: false), into: dir)
        #expect(
            report.notes.map(\.description) == [
                "batch.yaml:11:5: note: agreement 1 (mini-Alfa AB): 1 answer missing, shown as a blank: Budget (budget)"
            ])
    }

    @Test func progressIsReportedForEveryAgreement() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-progress")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = try Self.plan(Self.config(["A AB", "B AB", "C AB"]))
        let seen = ProgressLog()
        _ = try await BatchRunner(library: try Self.library.get(), options: BatchOptions(formats: [.fodt], jobs: 2))
            .run(plan, into: dir.path) { seen.add($0) }
        #expect(
            seen.all == [
                BatchProgress(done: 1, total: 3), BatchProgress(done: 2, total: 3), BatchProgress(done: 3, total: 3),
            ])
    }
}
