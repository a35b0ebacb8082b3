import Foundation

/// From answers to bytes: assembles an agreement and renders each form asked for. `opi-agreement build`,
/// `interview` and `batch` all go through here, so the same answers give the same bytes whichever command wrote
/// them. Nothing is written to disk; see `FileAccess` for that.
public struct AgreementPipeline: Sendable {
    /// The clause library.
    public let library: ClauseLibrary
    /// The environment the timestamps come from (`SOURCE_DATE_EPOCH`, see `RenderOptions.reproducible`).
    public let environment: [String: String]
    /// A firm's reference documents, which give the documents the firm's look.
    public var references: ReferenceDocuments
    /// Whether the pieces of one agreement that do not depend on each other are made on every core at once: the
    /// two languages of a parallel document, and the forms (see `DocumentRenderer.concurrent`). True by default; a
    /// batch, which already builds several agreements at once, sets it false. The bytes are the same either way.
    public var concurrent = true

    /// Creates a pipeline.
    public init(
        library: ClauseLibrary, environment: [String: String] = [:],
        references: ReferenceDocuments = ReferenceDocuments()
    ) {
        self.library = library
        self.environment = environment
        self.references = references
    }

    /// Assembles `answers` and renders the model JSON (when `model`) and each of `formats`, naming every file
    /// `base.<extension>`. Every problem is a `DiagnosticError`: those of the answers and library as the assembler
    /// reports them, and a model that cannot be written located at the answers file.
    ///
    /// For two languages (`options.languages` `sv+en`) the agreement is assembled once in each, and each form is
    /// one parallel document, the main language on the left; the model JSON is the main language's
    /// (`base.json`) and the second's (`base.en.json`). The missing answers, warnings and summary are the main
    /// language's (the answers are the same).
    public func files(
        for answers: Answers, options: AssemblyOptions, formats: [OutputFormat], model: Bool, base: String
    ) throws(DiagnosticError) -> AgreementFiles {
        let assembler = Assembler(library: library)
        var each = [options]
        if let second = options.languages.second {
            var secondOptions = options
            secondOptions.language = second
            // A plain text answer is in the agreement's main language, so the second column shows its translation,
            // or the blank that names the missing language.
            secondOptions.mainLanguage = options.mainLanguage ?? options.languages.main
            each.append(secondOptions)
        }
        let languages = each
        let assemble: @Sendable (Int) -> Result<AssemblyResult, DiagnosticError> = { index in
            Result { () throws(DiagnosticError) in try assembler.assemble(answers, options: languages[index]) }
        }
        let results = concurrent ? ParallelWork.now(languages.count, assemble) : languages.indices.map(assemble)
        let result = try results[0].get()
        let file = answers.file ?? "answers"
        var files: [OutputFile]
        if results.count == 2 {
            let other = try results[1].get()
            let pair: ParallelAgreement
            do {
                pair = try ParallelAgreement(main: result.agreement, second: other.agreement)
            } catch {
                throw DiagnosticError(error.message(options.languages), file: file)
            }
            files = try Self.files(
                for: pair, formats: formats, model: model, base: base, file: file, environment: environment,
                references: references, concurrent: concurrent)
        } else {
            files = try Self.files(
                for: result.agreement, formats: formats, model: model, base: base, file: file,
                environment: environment, references: references, concurrent: concurrent)
        }
        return AgreementFiles(
            files: files, missing: result.missing, warnings: result.warnings, problems: result.problems,
            separateAnnexes: result.separateAnnexes,
            summary: AgreementSummary(result.agreement, separateAnnexes: result.separateAnnexes),
            answersComplete: result.answersComplete)
    }

    /// Renders a model: the JSON (when `model`) and each of `formats`, named `base.<extension>`. A model that cannot
    /// be written is a `DiagnosticError` at `file`, the input it came from. `references` give the firm's look;
    /// `concurrent` writes the forms on every core at once (see `DocumentRenderer.concurrent`).
    public static func files(
        for agreement: Agreement, formats: [OutputFormat], model: Bool, base: String, file: String,
        environment: [String: String], references: ReferenceDocuments = ReferenceDocuments(), concurrent: Bool = true
    ) throws(DiagnosticError) -> [OutputFile] {
        var files: [OutputFile] = []
        if model {
            do {
                files.append(OutputFile(name: "\(base).json", data: try ModelJSON.encode(agreement)))
            } catch {
                throw DiagnosticError(Message(.buildCannotWriteModel, ["reason": .text("\(error)")]), file: file)
            }
        }
        var renderer = DocumentRenderer(
            options: try .reproducible(for: agreement, environment: environment), references: references)
        renderer.concurrent = concurrent
        do {
            for rendered in try renderer.render(agreement, as: formats) {
                files.append(OutputFile(name: "\(base).\(rendered.format.fileExtension)", data: rendered.data))
            }
        } catch let error as ModelValidationError {
            throw DiagnosticError(
                error.issues.map { issue in
                    Diagnostic(
                        .error, Message(.cliCannotWriteDocuments, ["reason": issue.reason]),
                        file: file)
                })
        } catch {
            throw DiagnosticError(Message(.cliCannotWriteDocuments, ["reason": .text("\(error)")]), file: file)
        }
        return files
    }

    /// Renders a parallel document: the models' JSON (when `model`: `base.json` for the main language,
    /// `base.<second>.json` for the other) and each of `formats`, named `base.<extension>`, as
    /// `files(for:formats:model:base:file:environment:references:concurrent:)` does.
    public static func files(
        for pair: ParallelAgreement, formats: [OutputFormat], model: Bool, base: String, file: String,
        environment: [String: String], references: ReferenceDocuments = ReferenceDocuments(), concurrent: Bool = true
    ) throws(DiagnosticError) -> [OutputFile] {
        var files: [OutputFile] = []
        if model {
            do {
                files.append(OutputFile(name: "\(base).json", data: try ModelJSON.encode(pair.main)))
                files.append(
                    OutputFile(
                        name: "\(base).\(pair.second.metadata.language.rawValue).json",
                        data: try ModelJSON.encode(pair.second)))
            } catch {
                throw DiagnosticError(Message(.buildCannotWriteModel, ["reason": .text("\(error)")]), file: file)
            }
        }
        var renderer = DocumentRenderer(
            options: try .reproducible(for: pair.main, environment: environment), references: references)
        renderer.concurrent = concurrent
        do {
            for rendered in try renderer.render(pair, as: formats) {
                files.append(OutputFile(name: "\(base).\(rendered.format.fileExtension)", data: rendered.data))
            }
        } catch {
            throw renderError(error, file: file)
        }
        return files
    }

    /// A model the writers cannot write, as a `DiagnosticError` at `file`.
    private static func renderError(_ error: any Error, file: String) -> DiagnosticError {
        if let error = error as? ModelValidationError {
            return DiagnosticError(
                error.issues.map { issue in
                    Diagnostic(
                        .error, Message(.cliCannotWriteDocuments, ["reason": issue.reason]),
                        file: file)
                })
        }
        return DiagnosticError(Message(.cliCannotWriteDocuments, ["reason": .text("\(error)")]), file: file)
    }

    /// The name of the documents built from an answers file: its file name without the extension.
    public static func baseName(forAnswers path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
