import AgreementKit
import Foundation
import TestSupport
import Testing

/// The DOCX and the ODT of every bundled example read the same in LibreOffice: its text export of the two forms,
/// numbers and references included, is the same text.
@Suite("One layout, two formats, as LibreOffice reads them", .serialized)
struct ParityReaderTests {
    @Test(.enabled(if: TestEnvironment.runReaderTests("soffice"), "LibreOffice (soffice) missing"))
    func libreOfficeReadsTheSameTextFromBothForms() throws {
        let dir = try TestEnvironment.temporaryDirectory("parity")
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [String] = []
        let renderer = DocumentRenderer(options: Samples.options)
        for example in Examples.names {
            for language in [Language.sv, .en] {
                let agreement = try Examples.agreement(example, language)
                for format in [OutputFormat.docx, .odt] {
                    // Each form gets its own base name: LibreOffice names the text file after it.
                    let url = dir.appendingPathComponent(
                        "\(example)-\(language.rawValue)-\(format.fileExtension).\(format.fileExtension)")
                    try renderer.render(agreement, as: format).write(to: url)
                    files.append(url.path)
                }
            }
        }
        let out = dir.appendingPathComponent("txt")
        let profile = dir.appendingPathComponent("profile").path
        let result = try ProcessRunner.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                "--outdir", out.path,
            ] + files)
        #expect(result.status == 0, "\(result.stderr)")
        for example in Examples.names {
            for language in ["sv", "en"] {
                let base = "\(example)-\(language)"
                let docx = try String(contentsOf: out.appendingPathComponent("\(base)-docx.txt"), encoding: .utf8)
                let odt = try String(contentsOf: out.appendingPathComponent("\(base)-odt.txt"), encoding: .utf8)
                #expect(!docx.isEmpty)
                #expect(
                    ReaderText.normalise(docx.replacingOccurrences(of: "\u{FEFF}", with: ""))
                        == ReaderText.normalise(odt.replacingOccurrences(of: "\u{FEFF}", with: "")),
                    "\(base): DOCX and ODT read differently")
                #expect(docx.contains("4.3") || docx.contains("4.1"), "\(base): no clause numbers")
            }
        }
    }
}
