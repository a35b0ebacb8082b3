import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A firm's reference documents, as a firm makes them: the default reference edited to DejaVu Serif, 3 cm margins
/// and a PNG logo in the header, and the same files re-saved by LibreOffice (what a firm that restyles in
/// LibreOffice sends back). The health-care agreement built with them is valid, its styles name the firm's font,
/// and LibreOffice's PDF of it embeds that font (the default is Times New Roman, shown as Liberation Serif) and
/// shows the logo on every page.
@Suite("Real readers: firm reference documents", .serialized)
struct ReferenceReaderTests {
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let result = try ProcessRunner.run(tool, arguments)
        try #require(result.status == 0, "\(tool): \(result.stderr)")
        return result.stdout
    }

    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdffonts", "pdfimages", "pdfinfo", "pdftotext", "python3")
                && TestEnvironment.runSchemaTests,
            "LibreOffice, poppler-utils or the schemas missing"))
    func theFirmsFontPageAndLogoReachThePDF() throws {
        let dir = try TestEnvironment.temporaryDirectory("reference-reader")
        defer { try? FileManager.default.removeItem(at: dir) }
        let edited = dir.appendingPathComponent("edited")
        let resaved = dir.appendingPathComponent("resaved")
        try FileManager.default.createDirectory(at: edited, withIntermediateDirectories: true)
        try FirmReference.docx().write(to: edited.appendingPathComponent("firm.docx"))
        try FirmReference.odt().write(to: edited.appendingPathComponent("firm.odt"))
        try LibreOffice.convert([edited.appendingPathComponent("firm.docx")], to: "docx", in: resaved)
        try LibreOffice.convert([edited.appendingPathComponent("firm.odt")], to: "odt", in: resaved)

        let agreement = try Examples.agreement("health-care", .sv)
        let validator = TestEnvironment.schemasDirectory.appendingPathComponent("validate-package").path
        var outputs: [URL] = []
        for (label, folder) in [("edited", edited), ("resaved", resaved)] {
            let references = try ReferenceDocuments.load([
                folder.appendingPathComponent("firm.docx").path, folder.appendingPathComponent("firm.odt").path,
            ])
            let renderer = DocumentRenderer(options: Samples.options, references: references)
            for (format, data) in try renderer.render(agreement, as: [.docx, .odt, .fodt]) {
                let url = dir.appendingPathComponent("\(label)-\(format.rawValue).\(format.fileExtension)")
                try data.write(to: url)
                if format != .fodt { outputs.append(url) }
                if format == .docx {
                    let styles = try #require(try PackageContents(data).text("word/styles.xml"))
                    #expect(styles.contains("w:ascii=\"\(FirmReference.font)\""), "\(label) DOCX styles")
                }
                if format == .odt {
                    let styles = try #require(try PackageContents(data).text("styles.xml"))
                    #expect(styles.contains("style:font-name=\"\(FirmReference.font)\""), "\(label) ODT styles")
                    #expect(styles.contains("fo:margin-left=\"3cm\""), "\(label) ODT page")
                }
            }
        }
        let documents = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasSuffix(".docx") || $0.hasSuffix(".odt") || $0.hasSuffix(".fodt")
        }
        #expect(documents.count == 6)
        let validation = try ProcessRunner.run(
            "python3", [validator] + documents.map { dir.appendingPathComponent($0).path })
        #expect(validation.status == 0, "\(validation.stdout)")

        try LibreOffice.convert(outputs, to: "pdf", in: dir)
        for output in outputs {
            let pdf = output.deletingPathExtension().appendingPathExtension("pdf").path
            let fonts = try Self.run("pdffonts", [pdf])
            #expect(fonts.contains("DejaVuSerif"), "\(pdf): \(fonts)")
            #expect(!fonts.contains("LiberationSerif"), "\(pdf): the default font is left nowhere: \(fonts)")
            let text = try ReaderText.pdf(pdf)
            #expect(text.contains(FirmReference.firmName), "\(pdf)")
            let pages = try Self.run("pdfinfo", [pdf]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            let pageCount = Int(pages?.split(separator: " ").last ?? "") ?? 0
            let images = try Self.run("pdfimages", ["-list", pdf]).split(separator: "\n").dropFirst(2)
            let imagePages = Set(images.compactMap { $0.split(separator: " ").first.flatMap { Int($0) } })
            #expect(pageCount > 1, "\(pdf)")
            #expect(imagePages == Set(1...max(pageCount, 1)), "\(pdf): the logo on every page")
        }
    }
}
