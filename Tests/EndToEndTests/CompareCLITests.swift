import Foundation
import TestSupport
import Testing

/// `opi-agreement compare`, run as users run it: the redline of the health-care case (`RedlineCase`) and its summary,
/// a batch config's two agreements, and the refusals.
@Suite("Command line: compare")
struct CompareCLITests {
    /// Writes the two answers files of the case into `dir`.
    static func answers(in dir: URL) throws -> (old: String, new: String) {
        let old = dir.appendingPathComponent("v1.yaml")
        let new = dir.appendingPathComponent("v2.yaml")
        try Data(try RedlineCase.oldText().utf8).write(to: old)
        try Data(try RedlineCase.newText().utf8).write(to: new)
        return (old.path, new.path)
    }

    @Test func writesTheRedlineAndSummarisesTheChanges() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, new) = try Self.answers(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run(["compare", old, new, "-o", out.path, "--author", "Advokatfirman"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["v2.docx", "v2.odt"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("Ändringar från \(old) till \(new):"))
        #expect(lines.contains("  20.2 Begränsning av ansvar"))
        #expect(lines.contains("  9 Resultat och immateriella rättigheter (borttagen)"))
        #expect(lines.contains("  9 Resultat och immateriella rättigheter (tillagd)"))
        #expect(lines.contains { $0.contains("(liability_cap): 500") && $0.contains("→ 750") })
        #expect(lines.contains { $0.contains("(suppliers[2]): inget svar → Vital Sensor AB") })
    }

    @Test func theSameVersionTwiceHasNoChanges() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-same")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, _) = try Self.answers(in: dir)
        let result = try OPIBinary.run(["compare", old, old, "-o", dir.path, "--to", "docx", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No changes: the two versions have the same text."))
    }

    @Test func comparesTwoAgreementsOfABatchConfig() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = TestEnvironment.repositoryRoot.appendingPathComponent("examples/batch-suppliers.yaml").path
        let result = try OPIBinary.run(["compare", "--batch", config, "1", "2", "-o", dir.path, "--to", "docx"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("(suppliers[0].name)"))
        let missing = try OPIBinary.run(["compare", "--batch", config, "1", "nine", "-o", dir.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: batchfilen har inget avtal ”nine”"))
    }

    @Test func refusesAModelTarget() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-model")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, new) = try Self.answers(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run(["compare", old, new, "-o", out.path, "--to", "docx,model", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("compare writes the redline as documents"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// The redline in the firm's look and as a PDF: the ODT reference styles the ODT the PDF is made from, and the
    /// PDF shows both versions of a changed amount (LibreOffice prints the changes marked).
    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func writesTheRedlineAsAPDFInTheFirmsLook() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, new) = try Self.answers(in: dir)
        let firm = dir.appendingPathComponent("firm.odt")
        let printed = try OPIBinary.run(["reference-doc", "--to", "odt", "-o", firm.path])
        #expect(printed.status == 0, "\(printed.stderr)")
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run([
            "compare", old, new, "--final", "-o", out.path, "--to", "docx,pdf", "--reference-doc", firm.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["v2.docx", "v2.pdf"])
        #expect(result.stderr.contains("DOCX"), "the note that the DOCX keeps the default look: \(result.stderr)")
        let text = try ReaderText.pdf(out.appendingPathComponent("v2.pdf").path)
        #expect(text.contains("Vital Sensor AB"))
        // The word diff changes only "500" of "500 000": the deleted word is printed struck through, then the new one.
        #expect(text.matches("500\\s?750\\s000"), "the old amount's word, then the new one's")
    }

    @Test func refusesAParallelDocumentAndWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-parallel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (old, new) = try Self.answers(in: dir)
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run(["compare", old, new, "-o", out.path, "--lang", "sv+en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: compare skriver en jämförelse på ett språk"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A new version that is a draft with a gap: the redline is written, and the new version's problems (a slot no
    /// version fills, as a warning at the outline) and its missing answers (a note at the new answers file) are
    /// reported on stderr as `build` reports them.
    @Test func theNewVersionsProblemsAndMissingAnswersAreReported() throws {
        let dir = try TestEnvironment.temporaryDirectory("compare-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")
        let complete = """
            public_parties:
              - name: Exempelstads kommun
                organisation_number: 212000-0142
            suppliers:
              - name: Alfa AB
                organisation_number: 556036-0793
                contribution: 100000
            project_title: Smart avfall
            start_date: 2026-04-01
            budget: 1250000
            results_model: open
            publish: yes
            publication_deadline: 2027-01-31

            """
        let old = dir.appendingPathComponent("v1.yaml")
        let new = dir.appendingPathComponent("v2.yaml")
        try Data(complete.utf8).write(to: old)
        try Data(
            complete.replacingOccurrences(of: "budget: 1250000\n", with: "")
                .replacingOccurrences(of: "results_model: open\n", with: "").utf8
        ).write(to: new)
        let out = dir.appendingPathComponent("out")
        let result = try OPIBinary.run([
            "compare", old.path, new.path, "--library", library.path, "-o", out.path, "--to", "docx", "--lang", "en",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path) == ["v2.docx"])
        #expect(
            result.stderr.hasPrefix(
                "\(library.path)/agreements/mini.yaml:17:11: warning: no clause of slot 'results' applies to these "
                    + "answers\n"), "\(result.stderr)")
        #expect(
            result.stderr.hasSuffix("\(new.path): note: 1 answer missing, shown as a blank: Budget (budget)\n"),
            "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == out.appendingPathComponent("v2.docx").path)
        for line in [
            "Changes from \(old.path) to \(new.path):", "  3 Contributions of the parties", "  4 Results (removed)",
        ] {
            #expect(lines.contains(line), "\(result.stdout)")
        }
    }
}
