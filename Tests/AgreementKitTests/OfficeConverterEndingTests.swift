import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// How a conversion ends when LibreOffice does not write every PDF, with stand-in programs: a failure status, a
/// crash, a time-out, no PDF, half a PDF; each an error that says what LibreOffice printed.
@Suite("PDF conversion: how LibreOffice ends")
struct OfficeConverterEndingTests {
    static func program(_ body: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent("soffice")
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    static func error(_ body: String, timeout: Int? = nil) throws -> ConversionError? {
        let dir = try TestEnvironment.temporaryDirectory("office-ending")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try OfficeConverter(program: try program(body, in: dir), timeout: timeout).convert(
                [OutputFile(name: "avtal.odt", data: Data("x".utf8))], to: .pdf)
            return nil
        } catch let error as ConversionError {
            return error
        }
    }

    static let said = Message.Value.message(Message(.pdfSaid, ["output": .text("out of paper")]))

    @Test func aFailureStatusIsAnErrorWithWhatItPrinted() throws {
        let error = try Self.error("echo 'out of paper' >&2; exit 3")
        #expect(error == ConversionError(Message(.pdfFailed, ["status": "3", "said": Self.said])))
    }

    @Test func aCrashIsAnErrorWithItsSignal() throws {
        let error = try Self.error("echo 'out of paper'; kill -SEGV $$")
        #expect(error == ConversionError(Message(.pdfCrashed, ["signal": "11", "said": Self.said])))
    }

    @Test func aPDFThatIsMissingOrCutShortIsAnErrorNamingIt() throws {
        #expect(
            try Self.error("echo 'out of paper'")
                == ConversionError(Message(.pdfNoOutput, ["name": .text("avtal.pdf"), "said": Self.said])))
        #expect(
            try Self.error("echo 'out of paper'; printf '%%PDF-1.4\\n' > out/1.pdf")
                == ConversionError(Message(.pdfIncomplete, ["name": .text("avtal.pdf"), "said": Self.said])))
    }

    /// A program that writes the PDF and exits, leaving a child of it running: the PDF at once, not a time-out
    /// (Foundation's `Process` on Linux reports the exit only when the child ends too), and the child is stopped.
    @Test func aProgramThatExitsLeavingAChildRunningGivesItsPDFAtOnce() throws {
        let dir = try TestEnvironment.temporaryDirectory("office-ending")
        defer { try? FileManager.default.removeItem(at: dir) }
        let childFile = dir.appendingPathComponent("child").path
        let program = try Self.program(
            "printf '%%PDF-1.4\\n%%%%EOF\\n' > out/1.pdf; sleep 30 & echo $! > '\(childFile)'; exit 0", in: dir)
        let start = Date()
        let pdfs = try OfficeConverter(program: program, timeout: 6).convert(
            [OutputFile(name: "avtal.odt", data: Data("x".utf8))], to: .pdf)
        #expect(pdfs.map(\.name) == ["avtal.pdf"])
        #expect(Date().timeIntervalSince(start) < 5, "waited for the child")
        let child = try String(contentsOfFile: childFile, encoding: .utf8).trimmingCharacters(
            in: .whitespacesAndNewlines)
        Thread.sleep(forTimeInterval: 0.2)
        // Gone, or a zombie not yet collected by its new parent.
        let state = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8)
        #expect(state == nil || state?.contains(") Z ") == true, "the child still runs: \(state ?? "")")
    }

    /// A program that runs past its time is stopped, with whatever it started.
    @Test func aTimeOutStopsTheProgramAndSaysHowToAllowMore() throws {
        let start = Date()
        let error = try Self.error("sleep 30 & sleep 30", timeout: 1)
        #expect(
            error
                == ConversionError(
                    .pdfTimedOut, texts: ["seconds": "1", "variable": OfficeConverter.timeoutVariable]))
        #expect(Date().timeIntervalSince(start) < 20)
    }
}
