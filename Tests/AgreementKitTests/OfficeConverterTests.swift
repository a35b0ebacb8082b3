import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `OfficeConverter` without LibreOffice: finding the program, the time-out, the check of a whole PDF, and one
/// conversion of several documents through a stand-in `soffice` that records how it was called.
@Suite("Office converter")
struct OfficeConverterTests {
    /// An executable shell script `name` in `dir` running `body`.
    func script(_ name: String, in dir: URL, _ body: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    @Test func locatesTheProgramFromTheEnvironmentOrPath() throws {
        let dir = try TestEnvironment.temporaryDirectory("office-locate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = try script("soffice", in: dir, "exit 0")
        let named = try OfficeConverter.locate(environment: ["OPI_SOFFICE": program], form: .pdf)
        #expect(named == OfficeConverter(program: program))
        let onPath = try OfficeConverter.locate(
            environment: ["PATH": "/nonexistent:\(dir.path)", "OPI_PDF_TIMEOUT": "7"], form: .pdfA)
        #expect(onPath == OfficeConverter(program: program, timeout: 7))
        #expect(onPath.seconds(forDocuments: 200) == 7)
        #expect(OfficeConverter(program: program).seconds(forDocuments: 3) == 150)
        let byName = try OfficeConverter.locate(environment: ["OPI_SOFFICE": "soffice", "PATH": dir.path], form: .pdf)
        #expect(byName.program == program)

        #expect(
            throws: ConversionError(
                Message(
                    .pdfNoOffice,
                    texts: [
                        "form": "pdf/a", "package": "libreoffice-writer-nogui", "variable": "OPI_SOFFICE",
                    ]))
        ) {
            try OfficeConverter.locate(environment: ["PATH": "/nonexistent", "OPI_SOFFICE": ""], form: .pdfA)
        }
        for named in [dir.path, dir.appendingPathComponent("none").path, "no-such-soffice"] {
            #expect(
                throws: ConversionError(
                    Message(
                        .pdfNoOfficeProgram,
                        texts: [
                            "form": "pdf", "package": "libreoffice-writer-nogui", "variable": "OPI_SOFFICE",
                            "program": named,
                        ]))
            ) {
                try OfficeConverter.locate(environment: ["OPI_SOFFICE": named, "PATH": dir.path], form: .pdf)
            }
        }
        for value in ["0", "-3", "1.5", "soon"] {
            #expect(
                throws: ConversionError(
                    Message(
                        .pdfBadTimeout,
                        texts: [
                            "variable": "OPI_PDF_TIMEOUT", "value": value,
                        ]))
            ) {
                try OfficeConverter.locate(environment: ["OPI_SOFFICE": program, "OPI_PDF_TIMEOUT": value], form: .pdf)
            }
        }
    }

    @Test func aWholePDFHasItsHeaderAndEnd() {
        #expect(OfficeConverter.isWhole(Data("%PDF-1.6\n1 0 obj\n%%EOF\n".utf8)))
        #expect(!OfficeConverter.isWhole(Data("%PDF-1.6\n1 0 obj\n".utf8)), "cut short")
        #expect(!OfficeConverter.isWhole(Data("<html>%%EOF".utf8)), "not a PDF")
        #expect(!OfficeConverter.isWhole(Data("%PDF-1.6\n%%EOF".utf8) + Data(repeating: 32, count: 2048)))
    }

    /// One call, one program start for all documents: numbered inputs whatever their names (a name starting with
    /// '-' never reaches the command line), a private profile inside a temporary folder that is gone afterwards,
    /// the filter of the form, and each PDF back under its document's name, in order.
    @Test func convertsEveryDocumentWithOneStart() throws {
        let dir = try TestEnvironment.temporaryDirectory("office-convert")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("arguments")
        let program = try script(
            "soffice", in: dir,
            #"""
            printf '%s\n' "$PWD" "$@" >> '\#(log.path)'
            for a in "$@"; do
              case "$a" in in/*) n=$(basename "$a"); { printf '%%PDF-1.4\n'; cat "$a"; printf '\n%%%%EOF\n'; } > "out/${n%.*}.pdf";; esac
            done
            """#)
        let documents = ["-x.odt", "a b.odt", "ö.odt"].map { OutputFile(name: $0, data: Data("text of \($0)".utf8)) }
        let pdfs = try OfficeConverter(program: program).convert(documents, to: .pdfA)
        #expect(pdfs.map(\.name) == ["-x.pdf", "a b.pdf", "ö.pdf"])
        for (pdf, document) in zip(pdfs, documents) {
            #expect(pdf.data == Data("%PDF-1.4\ntext of \(document.name)\n%%EOF\n".utf8))
        }
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        let folder = try #require(lines.first)
        #expect(lines.filter { $0 == folder }.count == 1, "one start")
        #expect(
            Array(lines.dropFirst()) == [
                "-env:UserInstallation=file://\(folder)/profile", "--headless", "--invisible", "--nologo",
                "--norestore", "--nodefault", "--nolockcheck", "--convert-to",
                #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#, "--outdir", "out",
                "in/1.odt", "in/2.odt", "in/3.odt",
            ])
        #expect(!FileManager.default.fileExists(atPath: folder), "the temporary folder is removed")
        #expect(try OfficeConverter(program: program).convert([], to: .pdf).isEmpty)
    }
}
