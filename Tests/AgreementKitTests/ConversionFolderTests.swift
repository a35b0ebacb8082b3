import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The private temporary folder of a PDF conversion: made with `in/` and `out/` for its owner only, written into,
/// removed; and the end of what LibreOffice printed, as a message says it.
@Suite("PDF conversion: the temporary folder")
struct ConversionFolderTests {
    @Test func theFolderIsPrivateHoldsInAndOutAndIsRemoved() throws {
        let folder = try ConversionFolder()
        defer { folder.remove() }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect(attributes[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["in", "out"])
        try folder.write(Data("docx".utf8), to: "in/a.docx")
        #expect(FileManager.default.contents(atPath: folder.path + "/in/a.docx") == Data("docx".utf8))
        folder.remove()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aFileThatCannotBeWrittenIsATemporaryFolderError() throws {
        let folder = try ConversionFolder()
        defer { folder.remove() }
        do {
            try folder.write(Data(), to: "missing/a.docx")
            Issue.record("written")
        } catch {
            #expect(error.reason.key == .pdfTemporaryFolder)
            #expect(error.reason.values["folder"] == .text(folder.path))
        }
    }

    /// Its last three lines that say something, without the Java warning LibreOffice prints on every run.
    @Test func whatLibreOfficePrintedIsItsLastLinesThatSaySomething() throws {
        let folder = try ConversionFolder()
        defer { folder.remove() }
        #expect(folder.said() == .text(""), "nothing printed")
        let handle = try folder.outputHandle()
        handle.write(Data("one\n\n  two  \r\nWarning: failed to launch javaldx\nthree\nfour\n".utf8))
        try handle.close()
        #expect(folder.said() == .message(Message(.pdfSaid, ["output": .text("two / three / four")])))
        try Data("javaldx only\n \n".utf8).write(to: URL(fileURLWithPath: folder.path + "/output.log"))
        #expect(folder.said() == .text(""))
        try Data((String(repeating: "x", count: 500) + "\nend").utf8).write(
            to: URL(fileURLWithPath: folder.path + "/output.log"))
        guard case .message(let message) = folder.said(), case .text(let shown)? = message.values["output"] else {
            Issue.record("no message")
            return
        }
        #expect(shown.count == 400)
        #expect(shown.hasPrefix("…x") && shown.hasSuffix("x / end"))
    }

    /// Without a PATH, a program is looked for in the usual folders.
    @Test func withoutAPathTheUsualFoldersAreSearched() throws {
        let shell = try #require(OfficeConverter.executable("sh", path: nil))
        #expect(["/usr/local/bin/sh", "/usr/bin/sh", "/bin/sh"].contains(shell))
        #expect(OfficeConverter.executable("no-such-program-here", path: nil) == nil)
    }
}
