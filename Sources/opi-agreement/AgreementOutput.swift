import AgreementKit
import Foundation

/// What `build` and `interview` do after the answers are in: the library's pipeline turns them into files, which
/// are written atomically into the output folder; a draft's missing answers are noted on stderr.
enum AgreementOutput {
    /// Builds and writes the agreement; returns the paths written.
    static func write(
        _ answers: Answers, library: ClauseLibrary, document: DocumentOptions, choice: AgreementChoiceOptions,
        base: String, into directory: String
    ) throws -> [String] {
        let built = try AgreementPipeline(library: library, environment: ProcessInfo.processInfo.environment).files(
            for: answers,
            options: AssemblyOptions(outline: choice.outline, language: choice.language, final: document.final),
            formats: document.formats, model: document.model, base: base)
        let paths = try FileAccess.write(built.files, into: directory)
        DiagnosticsEngine.shared.emit(built.warnings)
        for problem in built.problems { DiagnosticsEngine.shared.emit(problem) }
        if document.final, let message = built.separateAnnexesMessage {
            DiagnosticsEngine.shared.emit(Diagnostic(.note, message, file: answers.file))
        }
        if let message = built.missingAnswersMessage {
            DiagnosticsEngine.shared.emit(Diagnostic(.note, message, file: answers.file))
        }
        return paths
    }
}
