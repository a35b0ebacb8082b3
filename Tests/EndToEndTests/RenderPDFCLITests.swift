import Foundation
import TestSupport
import Testing

/// `render --to pdf`: the PDF is made from the ODT `render` writes for the model, which is written only when asked
/// for; the PDF comes last.
extension PDFCLITests {
    @Test func renderMakesThePDFFromTheModelsODT() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-render")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Each PDF holds the ODT it is made from, between a PDF header and end.
        let office = try fakeOffice(
            "soffice", in: dir,
            #"""
            for a in "$@"; do
              case "$a" in in/*) n=$(basename "$a"); { printf '%%PDF-1.4\n'; cat "$a"; printf '\n%%%%EOF\n'; } > "out/${n%.*}.pdf";; esac
            done
            """#)
        let pdf = dir.appendingPathComponent("pdf")
        let result = try run(
            ["render", Samples.modelURL.path, "--to", "pdf,docx", "--name", "avtal", "-o", pdf.path],
            environment: ["OPI_SOFFICE": office])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent } == [
                "avtal.docx", "avtal.pdf",
            ])
        #expect(contents(pdf) == ["avtal.docx", "avtal.pdf"], "the ODT is not written")

        let odt = dir.appendingPathComponent("odt")
        let plain = try run(["render", Samples.modelURL.path, "--to", "odt", "--name", "avtal", "-o", odt.path])
        #expect(plain.status == 0, "\(plain.stderr)")
        let source = try Data(contentsOf: odt.appendingPathComponent("avtal.odt"))
        #expect(
            try Data(contentsOf: pdf.appendingPathComponent("avtal.pdf"))
                == Data("%PDF-1.4\n".utf8) + source + Data("\n%%EOF\n".utf8))
    }
}
