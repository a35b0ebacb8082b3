import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A batch with a PDF asked for, through a stand-in `soffice` that wraps each ODT it is given in a small whole PDF:
/// every agreement's PDF is made from the ODT `build` writes for it, the ODT is written only when asked for, and a
/// conversion that fails writes no agreement.
@Suite("Batch runner: PDF")
struct BatchRunnerPDFTests {
    /// An executable shell script `name` in `dir` running `body` (as `OfficeConverterTests.script`).
    func script(_ name: String, in dir: URL, _ body: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    /// A stand-in that writes, for each input, `%PDF-1.4`, the input's bytes and `%%EOF`.
    static let wrappingOffice = #"""
        for a in "$@"; do
          case "$a" in in/*) n=$(basename "$a"); { printf '%%PDF-1.4\n'; cat "$a"; printf '\n%%%%EOF\n'; } > "out/${n%.*}.pdf";; esac
        done
        """#

    func run(_ plan: BatchPlan, into directory: URL, formats: [OutputFormat], pdf: PDFRequest?) async throws
        -> BatchReport
    {
        let options = BatchOptions(formats: formats, jobs: 2, pdf: pdf)
        return try await BatchRunner(library: try BatchRunnerTests.library.get(), options: options).run(
            plan, into: directory.path)
    }

    @Test func everyAgreementsPDFIsMadeFromItsODT() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = PDFRequest(
            form: .pdf, converter: OfficeConverter(program: try script("soffice", in: dir, Self.wrappingOffice)))
        let plan = try BatchRunnerTests.plan(BatchRunnerTests.config(["Alfa AB", "Beta AB"]))

        let withPDF = dir.appendingPathComponent("pdf")
        let report = try await run(plan, into: withPDF, formats: [.docx], pdf: pdf)
        let names = ["mini-Alfa AB", "mini-Beta AB"]
        #expect(try BatchRunnerTests.contents(withPDF) == names.flatMap { ["\($0).docx", "\($0).pdf"] })
        #expect(report.agreementsWritten == 2)
        #expect(
            report.written.map { ($0 as NSString).lastPathComponent } == names.flatMap { ["\($0).docx", "\($0).pdf"] })

        let withODT = dir.appendingPathComponent("odt")
        _ = try await run(plan, into: withODT, formats: [.odt], pdf: nil)
        for name in names {
            let odt = try Data(contentsOf: withODT.appendingPathComponent("\(name).odt"))
            let made = try Data(contentsOf: withPDF.appendingPathComponent("\(name).pdf"))
            #expect(made == Data("%PDF-1.4\n".utf8) + odt + Data("\n%%EOF\n".utf8), "\(name)")
        }

        // Asked for, the ODT is written too, the same as without the PDF.
        let both = dir.appendingPathComponent("both")
        _ = try await run(plan, into: both, formats: [.odt], pdf: pdf)
        #expect(try BatchRunnerTests.contents(both) == names.flatMap { ["\($0).odt", "\($0).pdf"] })
        for name in names {
            #expect(
                try Data(contentsOf: both.appendingPathComponent("\(name).odt"))
                    == Data(contentsOf: withODT.appendingPathComponent("\(name).odt")))
        }
    }

    @Test func aFailedConversionWritesNoAgreement() async throws {
        let dir = try TestEnvironment.temporaryDirectory("batch-pdf-fails")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pdf = PDFRequest(form: .pdf, converter: OfficeConverter(program: try script("soffice", in: dir, "exit 1")))
        let plan = try BatchRunnerTests.plan(BatchRunnerTests.config(["Alfa AB", "Beta AB"]))
        let out = dir.appendingPathComponent("out")
        do {
            _ = try await run(plan, into: out, formats: [.docx], pdf: pdf)
            Issue.record("no error")
        } catch let error as ConversionError {
            #expect(error.reason.description.contains("LibreOffice"), "\(error.reason)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path), "the folder made for the batch is removed again")
    }
}
