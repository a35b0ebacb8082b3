import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// LibreOffice shows a draft's watermark on every page. The ODT and FODT watermark is shape text, which the PDF keeps
/// as text: `pdftotext -raw` (content-stream order, so the turned letters stay together) finds the mark twice on
/// every page, in the header and in the watermark, compared with whitespace removed (the turned letters come out on
/// lines of their own, wherever the fonts put them). A final document has the mark on no page. The DOCX watermark
/// is Word's WordArt, which LibreOffice reads as a Fontwork shape and draws as outlines, not text: its check is that
/// LibreOffice, converting the DOCX, puts the shape with the word in the header of both page styles.
@Suite("Real readers: draft watermark", .serialized)
struct WatermarkReaderTests {
    static func sample(_ status: AgreementStatus) throws -> Agreement {
        var agreement = try Samples.agreement()
        agreement.metadata.status = status
        return agreement
    }

    /// How often `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func everyPageOfADraftShowsTheWatermark() throws {
        let dir = try TestEnvironment.temporaryDirectory("watermark")
        defer { try? FileManager.default.removeItem(at: dir) }
        let renderer = DocumentRenderer(options: Samples.options)
        var files: [(url: URL, draft: Bool)] = []
        for status in [AgreementStatus.draft, .final] {
            for format in [OutputFormat.odt, .fodt] {
                let url = dir.appendingPathComponent("\(status.rawValue)-\(format.rawValue).\(format.fileExtension)")
                try renderer.render(try Self.sample(status), as: format).write(to: url)
                files.append((url, status == .draft))
            }
        }
        try LibreOffice.convert(files.map(\.url), to: "pdf", in: dir)
        for file in files {
            let pdf = file.url.deletingPathExtension().appendingPathExtension("pdf").path
            let text = try ProcessRunner.run("pdftotext", ["-enc", "UTF-8", "-raw", pdf, "-"])
            try #require(text.status == 0, "\(pdf): \(text.stderr)")
            let pages = text.stdout.split(separator: "\u{0C}").map {
                $0.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
            }.map { String(String.UnicodeScalarView($0)) }.filter { !$0.isEmpty }
            #expect(pages.count > 1, "\(pdf)")
            for (index, page) in pages.enumerated() {
                let marks = Self.count("UTKAST", in: page)
                if file.draft {
                    #expect(marks >= 2, "\(pdf) page \(index + 1): \(marks) marks, header and watermark expected")
                } else {
                    #expect(marks == 0, "\(pdf) page \(index + 1)")
                }
            }
        }
    }

    @Test(.enabled(if: TestEnvironment.runReaderTests("soffice"), "LibreOffice (soffice) missing"))
    func libreOfficeReadsTheDOCXWatermarkIntoEveryPageStyle() throws {
        let dir = try TestEnvironment.temporaryDirectory("watermark-docx")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("draft.docx")
        try Samples.render(.docx, try Self.sample(.draft)).write(to: url)
        try LibreOffice.convert([url], to: "fodt", in: dir)
        let fodt = try String(contentsOf: dir.appendingPathComponent("draft.fodt"), encoding: .utf8)
        let start = try #require(fodt.range(of: "<office:master-styles>"))
        let end = try #require(fodt.range(of: "</office:master-styles>"))
        let masters = fodt[start.upperBound..<end.lowerBound].components(separatedBy: "<style:master-page ").dropFirst()
        #expect(masters.count >= 2)
        for master in masters {
            guard let header = master.range(of: "<style:header>"),
                let headerEnd = master.range(of: "</style:header>")
            else { continue }
            let xml = String(master[header.upperBound..<headerEnd.lowerBound])
            #expect(xml.contains("<draw:custom-shape"), "\(master.prefix(80))")
            #expect(xml.contains("fontwork-plain-text"), "\(master.prefix(80))")
            #expect(xml.contains(">UTKAST</text:p>"), "\(master.prefix(80))")
        }
        // Both page styles, the first page's and the others', have a header with the shape.
        #expect(Self.count("fontwork-plain-text", in: String(fodt[start.upperBound..<end.lowerBound])) >= 2)
    }
}
