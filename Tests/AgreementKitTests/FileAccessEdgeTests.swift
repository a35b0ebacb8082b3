import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The atomic writes beyond the common case: several files into a new folder, a durable write, a new file written
/// without replacing, and the failures of writing over a folder and of a folder name the system refuses.
@Suite("Files: writing edge cases")
struct FileAccessEdgeTests {
    @Test func filesAreWrittenIntoANewFolderAndTheirPathsReturnedInOrder() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-into")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("out/agreements").path
        let paths = try FileAccess.write(
            [OutputFile(name: "b.odt", data: Data("odt".utf8)), OutputFile(name: "a.docx", data: Data("docx".utf8))],
            into: folder)
        #expect(paths == [folder + "/b.odt", folder + "/a.docx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: paths[0])) == Data("odt".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.docx", "b.odt"])
    }

    @Test func aDurableWriteAndANewFileWrittenWithoutReplacingAreInPlace() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-durable")
        defer { try? FileManager.default.removeItem(at: dir) }
        let answers = dir.appendingPathComponent("answers.yaml").path
        try FileAccess.write(Data("a: 1\n".utf8), to: answers, durable: true)
        try FileAccess.write(Data("a: 2\n".utf8), to: answers, durable: true)
        #expect(try String(contentsOfFile: answers, encoding: .utf8) == "a: 2\n")
        let fresh = dir.appendingPathComponent("new.docx").path
        try FileAccess.write(Data("new".utf8), to: fresh, replacing: false)
        #expect(try Data(contentsOf: URL(fileURLWithPath: fresh)) == Data("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["answers.yaml", "new.docx"])
    }

    /// A folder where the file should go stays as it was, and no temporary file is left beside it.
    @Test func writingOverAFolderFailsInPlainWords() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-folder")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("agreement.docx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("inside.txt"))
        #expect(throws: FileError(path: folder.path, .fileCannotWrite, system: "Is a directory")) {
            try FileAccess.write(Data("x".utf8), to: folder.path)
        }
        #expect(throws: FileError(path: folder.path, .fileExists)) {
            try FileAccess.write(Data("x".utf8), to: folder.path, replacing: false)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["agreement.docx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inside.txt"])
    }

    @Test func aFolderTheSystemCannotCreateIsAFileErrorWithItsReason() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-mkdir")
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = dir.appendingPathComponent(String(repeating: "a", count: 300)).path
        #expect(throws: FileError(path: long, .fileCannotCreateFolder, system: "File name too long")) {
            try FileAccess.createDirectory(long)
        }
        #expect(throws: FileError(path: long, .fileCannotCreateFolder, system: "File name too long")) {
            _ = try FileAccess.write([OutputFile(name: "a.odt", data: Data())], into: long)
        }
    }
}
