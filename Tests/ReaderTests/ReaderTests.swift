import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Real readers: LibreOffice renders the DOCX, ODT and FODT with live numbers, references and page fields;
/// pandoc reads the DOCX and the ODT. Off CI a test whose reader is missing is skipped; on CI it runs and fails.
/// Text is compared whitespace-normalised (`ReaderText`): line breaks depend on the fonts LibreOffice has.
@Suite("Real readers", .serialized)
struct ReaderTests {
    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func libreOfficeShowsNumbersReferencesAndPageFooter() throws {
        let dir = try TestEnvironment.temporaryDirectory("lo")
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        for format in [OutputFormat.docx, .odt, .fodt] {
            let url = dir.appendingPathComponent("sample-\(format.rawValue).\(format.fileExtension)")
            try Samples.render(format).write(to: url)
            files.append(url.path)
        }
        let profile = dir.appendingPathComponent("profile").path
        let result = try ProcessRunner.run(
            "soffice",
            ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", dir.path]
                + files)
        #expect(result.status == 0, "\(result.stderr)")
        for file in files {
            let pdf = dir.appendingPathComponent(
                ((file as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf")
            let text = try ReaderText.pdf(pdf.path)
            let name = (file as NSString).lastPathComponent
            #expect(text.contains("4.3.2.1"), "\(name): no clause number 4.3.2.1")
            #expect(text.contains("7.2.2"), "\(name): no clause number 7.2.2")
            #expect(text.contains("punkt 4.3"), "\(name): no reference text 'punkt 4.3'")
            #expect(text.contains("punkt 8.1"), "\(name): no forward reference 'punkt 8.1'")
            #expect(text.contains("Bilaga 2"), "\(name): no annex reference")
            #expect(text.matches(#"Sida 1 av \d+"#), "\(name): no page footer")
            #expect(text.contains("UTKAST"), "\(name): no draft mark")
            #expect(text.contains("Specialtecken som <, > och &"), "\(name): user text not literal")
        }
    }

    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice"), "LibreOffice (soffice) missing"))
    func libreOfficeShowsTheAnnexesOfTheHealthCareExample() throws {
        let dir = try TestEnvironment.temporaryDirectory("lo-annexes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let agreement = try Examples.agreement("health-care", .sv, final: true)
        var files: [String] = []
        for format in [OutputFormat.docx, .odt] {
            let url = dir.appendingPathComponent("health-care-\(format.rawValue).\(format.fileExtension)")
            try DocumentRenderer(options: Samples.options).render(agreement, as: format).write(to: url)
            files.append(url.path)
        }
        // LibreOffice's plain text keeps the reading order of numbers, headings and table cells (a PDF's text may
        // not), with the list numbers as LibreOffice computes them.
        let profile = dir.appendingPathComponent("profile").path
        let result = try ProcessRunner.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                "--outdir", dir.path,
            ] + files)
        #expect(result.status == 0, "\(result.stderr)")
        for file in files {
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let text = ReaderText(
                try String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8))
            for heading in [
                "Bilaga 1 – Projektbeskrivning 1 Behov",
                "Bilaga 2 – Budget och Parternas insatser 1 Parternas insatser",
                "Bilaga 3 – Roller och ansvar 1 Bilagans innehåll",
                "Bilaga 7 – Mervärden och indikatorer 1 Mervärden och indikatorer",
                "Bilaga 8 – Statsstödsredovisning (preliminär och slutlig) 1 Redovisningens delar",
            ] {
                #expect(text.contains(heading), "\(name): no '\(heading)'")
            }
            // Numbering restarts in each annex, and a reference inside the annex names its own clause.
            #expect(text.contains("2 Summor"), "\(name): the budget annex's clauses are not numbered from 1")
            #expect(text.contains("enligt punkt 2."), "\(name): the reference inside the annex")
            // The per-party totals add up to the total the annex shows, and to the typed project budget.
            guard let start = text.text.range(of: "2 Summor"), let end = text.text.range(of: "3 Fördelning av")
            else {
                Issue.record("\(name): no totals table")
                continue
            }
            let table = String(text.text[start.upperBound..<end.lowerBound])
            let amounts = try NSRegularExpression(pattern: #"(\d{1,3}(?: \d{3})*) SEK"#)
                .matches(in: table, range: NSRange(table.startIndex..., in: table))
                .compactMap {
                    Range($0.range(at: 1), in: table).map { Int(table[$0].replacingOccurrences(of: " ", with: "")) }
                }
                .compactMap { $0 }
            #expect(amounts.count == 6, "\(name): \(table)")
            #expect(amounts.dropLast().reduce(0, +) == amounts.last, "\(name): \(table)")
            #expect(amounts.last == 6_400_000)
            #expect(text.contains("Summa 1 600 000 SEK 25 procent av samtliga insatser"), "\(name)")
        }
    }

    @Test(
        .enabled(if: TestEnvironment.runReaderTests("pandoc"), "pandoc missing"), arguments: [OutputFormat.docx, .odt])
    func pandocReads(format: OutputFormat) throws {
        let dir = try TestEnvironment.temporaryDirectory("pandoc")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("sample.\(format.fileExtension)")
        try Samples.render(format).write(to: url)
        let result = try ProcessRunner.run("pandoc", ["-t", "plain", url.path])
        #expect(result.status == 0, "\(result.stderr)")
        let text = ReaderText(result.stdout)
        #expect(text.contains("Upphandlingsneutralitet"), "\(text)")
        #expect(text.contains("Exempelstads kommun"), "\(text)")
    }
}
