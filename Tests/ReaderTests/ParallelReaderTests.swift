import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Real readers on a parallel document: LibreOffice shows both columns' clause numbers side by side and the
/// references resolved in both languages, in the DOCX and the ODT; pandoc reads both. Text is compared
/// whitespace-normalised (`ReaderText`).
@Suite("Real readers: parallel documents", .serialized)
struct ParallelReaderTests {
    /// The health-care example as sv+en, final.
    static func pair() throws -> ParallelAgreement {
        try ParallelAgreement(
            main: try Examples.agreement("health-care", .sv, final: true),
            second: try Examples.agreement("health-care", .en, final: true))
    }

    @Test(.enabled(if: TestEnvironment.runReaderTests("soffice"), "LibreOffice (soffice) missing"))
    func libreOfficeShowsBothColumnsNumbersAndReferences() throws {
        let dir = try TestEnvironment.temporaryDirectory("lo-parallel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let rendered = try DocumentRenderer(options: Samples.options).render(try Self.pair(), as: [.docx, .odt])
        var files: [String] = []
        for (format, data) in rendered {
            let url = dir.appendingPathComponent("parallel-\(format.rawValue).\(format.fileExtension)")
            try data.write(to: url)
            files.append(url.path)
        }
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
            let text = ReaderText(try String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8))
            for fragment in [
                // The title in both languages, then each row: the same number on both sides.
                "Avtal om offentligt-privat innovationssamarbete (OPI)",
                "Public-Private Innovation (OPI) Cooperation Agreement",
                "1 Bakgrund och syfte 1 Background and purpose",
                "2 Definitioner 2 Definitions",
                "3 Projektet 3 The Project",
                // Definitions in each language's order: "Avtalet" first on the left, "Added Value" on the right.
                "2.1 ”Avtalet” avser",
                "2.1 “Added Value” means",
                // References resolved in both columns, to each column's own clause and annex.
                "samverkan enligt punkt 15",
                "the cooperation under clause 15",
                "beskrivs närmare i Bilaga 1",
                "described further in Annex 1",
                // The annex list and an annex heading in both languages, numbered in each column.
                "Bilaga 3 Roller och ansvar",
                "Annex 3 Roles and responsibilities",
                "Bilaga 3 – Roller och ansvar Annex 3 – Roles and responsibilities",
                // The signatures once, with labels in both languages.
                "Ort och datum / Place and date",
            ] {
                #expect(text.contains(fragment), "\(name): no '\(fragment)'")
            }
        }
    }

    @Test(
        .enabled(if: TestEnvironment.runReaderTests("pandoc"), "pandoc missing"), arguments: [OutputFormat.docx, .odt])
    func pandocReads(format: OutputFormat) throws {
        let dir = try TestEnvironment.temporaryDirectory("pandoc-parallel")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("parallel.\(format.fileExtension)")
        try DocumentRenderer(options: Samples.options).render(try Self.pair(), as: [format])[0].data.write(to: url)
        let result = try ProcessRunner.run("pandoc", ["-t", "plain", url.path])
        #expect(result.status == 0, "\(result.stderr)")
        // pandoc lays the columns out as a grid table, wrapping each cell's lines; its ODT reader leaves out the
        // headings inside table cells, so the check takes running text of both columns.
        let text = ReaderText(result.stdout)
        for fragment in ["Utvecklingsmålen beskrivs", "The development goals are", "Ort och datum / Place and date"] {
            #expect(text.contains(fragment), "\(format): no '\(fragment)'")
        }
    }
}
