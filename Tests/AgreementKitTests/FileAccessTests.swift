import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The one atomic-write helper and its one error type, the pipeline from answers to bytes, and the order of
/// source locations.
@Suite("Files and pipeline")
struct FileAccessTests {
    @Test func atomicWriteReplacesTheFileKeepsItsPermissionsAndLeavesNoTemporaryFile() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.yaml").path
        try FileAccess.write(Data("one: 1\n".utf8), to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try FileAccess.write(Data("two: 2\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two: 2\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.yaml"])
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
    }

    @Test func withoutReplacingAnExistingFileStaysAsItWas() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-keep")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("a.docx").path
        try FileAccess.write(Data("old".utf8), to: path)
        #expect(throws: FileError(path: path, .fileExists)) {
            try FileAccess.write(Data("new".utf8), to: path, replacing: false)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.docx"])
    }

    /// Failures name the path and the operating system's reason, never a Foundation message.
    @Test func failuresAreFileErrorsInPlainWords() throws {
        let dir = try TestEnvironment.temporaryDirectory("file-access-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing/a.yaml").path
        #expect(throws: FileError(path: missing, .fileCannotWrite, system: "No such file or directory")) {
            try FileAccess.write(Data("x".utf8), to: missing)
        }
        #expect(throws: FileError(path: missing, .fileNoSuchFile)) { try FileAccess.read(missing) }
        #expect(
            FileError(path: missing, .fileCannotWrite, system: "No such file or directory").description
                == "\(missing): cannot write (No such file or directory)")
        #expect(throws: FileError(path: dir.path, .fileIsFolder)) { try FileAccess.read(dir.path) }
        let file = dir.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: FileError(path: file.path, .fileIsFile)) {
            try FileAccess.createDirectory(file.appendingPathComponent("sub").path)
        }
        #expect(try FileAccess.createDirectory(dir.appendingPathComponent("x/y").path))
        #expect(try !FileAccess.createDirectory(dir.appendingPathComponent("x/y").path))
    }

    @Test func sourceLocationsSortByFileLineAndColumn() {
        let locations = [
            SourceLocation(file: "b.yaml", line: 1, column: 1), SourceLocation(file: "a.yaml", line: 10, column: 2),
            SourceLocation(file: "a.yaml", line: 2, column: 30), SourceLocation(file: "a.yaml", line: 10, column: 1),
        ]
        #expect(locations.sorted().map(\.description) == ["a.yaml:2:30", "a.yaml:10:1", "a.yaml:10:2", "b.yaml:1:1"])
        #expect(SourceLocation(file: "a", line: 3, column: 9) < SourceLocation(file: "a", line: 4, column: 1))
    }

    @Test func thePipelineNamesTheFilesAndPutsTheModelFirst() throws {
        let library = try MiniLibrary.load()
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        let built = try AgreementPipeline(library: library).files(
            for: answers, options: AssemblyOptions(final: true), formats: [.odt, .docx], model: true, base: "x")
        #expect(built.files.map(\.name) == ["x.json", "x.odt", "x.docx"])
        #expect(built.missing.isEmpty && built.missingAnswersMessage == nil)
        let assembled = try Assembler(library: library).assemble(answers, options: AssemblyOptions(final: true))
        #expect(built.files[0].data == (try ModelJSON.encode(assembled.agreement)))
        let renderer = try DocumentRenderer(options: .reproducible(for: assembled.agreement, environment: [:]))
        #expect(built.files[2].data == (try renderer.render(assembled.agreement, as: .docx)))
    }

    /// A model the writers refuse is a diagnostic at the answers file, not an uncaught writer error.
    @Test func aModelTheWritersRefuseIsADiagnosticAtTheAnswers() throws {
        let library = try MiniLibrary.load()
        var answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        answers.values["project_title"] = .text("Smart\u{1}avfall")
        #expect {
            try AgreementPipeline(library: library).files(
                for: answers, options: AssemblyOptions(), formats: [.docx], model: false, base: "x")
        } throws: { error in
            guard let error = error as? DiagnosticError else { return false }
            return error.diagnostics.allSatisfy { $0.file == "answers.yaml" && $0.severity == .error }
                && error.description.contains("U+0001")
        }
    }
}

/// `FilePath.parent`, which every path's folder goes through: the answers `NSString.deletingLastPathComponent`
/// gives, without its trap on a one-character relative path.
@Suite("File paths")
struct FilePathTests {
    @Test(arguments: [
        ("s", ""), (".", ""), ("out", ""), ("/", "/"), ("/s", "/"), ("//s", "/"), ("a/b", "a"), ("a/b/", "a"),
        ("a//b", "a"), ("/tmp/a b/c.docx", "/tmp/a b"), ("./s", "."), ("../s", ".."), ("", ""),
        ("word/document.xml", "word"),
    ])
    func parentIsTheFolderPart(path: String, parent: String) {
        #expect(FilePath.parent(path) == parent)
    }
}
