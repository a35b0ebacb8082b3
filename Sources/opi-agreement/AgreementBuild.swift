import AgreementKit
import Foundation

/// The build pipeline shared by `build` and `interview`: assemble the answers, render every form asked for, write
/// the files atomically, and note missing answers of a draft on stderr.
enum AgreementBuild {
    /// Assembles `answers` with `library` and writes `base.<extension>` into `directory` for each form (and the
    /// model JSON when `model`); returns the paths written.
    static func write(
        _ answers: Answers, library: ClauseLibrary, formats: [OutputFormat], model: Bool, language: Language,
        final: Bool, outline: String?, base: String, into directory: String
    ) throws -> [String] {
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(outline: outline, language: language, final: final))
        let renderer = DocumentRenderer(
            options: .reproducible(for: result.agreement, environment: ProcessInfo.processInfo.environment))
        var files: [(name: String, data: Data)] = []
        if model { files.append((name: "\(base).json", data: try ModelJSON.encode(result.agreement))) }
        for rendered in try renderer.render(result.agreement, as: formats) {
            files.append((name: "\(base).\(rendered.format.fileExtension)", data: rendered.data))
        }
        let paths = try OutputFiles.write(files, into: directory)
        if !result.missing.isEmpty {
            FileHandle.standardError.write(Data("note: \(result.missing.count) answer(s) missing, shown as blanks: \(result.missing.map(\.path).joined(separator: ", "))\n".utf8))
        }
        return paths
    }

    /// The name of the documents for an answers file: its file name without the extension.
    static func baseName(forAnswers path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
