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
