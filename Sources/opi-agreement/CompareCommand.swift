import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement compare OLD.yaml NEW.yaml`: writes the new version of an agreement with tracked changes against
/// the old one (a redline), and prints what changed.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Write a redline: the NEW agreement with tracked changes against the OLD one (DOCX and ODT).",
        discussion: """
            OLD and NEW are answers files; with --batch CONFIG they are the names (or numbers) of two agreements of \
            that batch config, both built with the NEW agreement's language. With --old-library DIR the OLD version \
            is built with that clause library and the NEW one with --library (or the built-in library): the \
            redline then shows what a library update changes (give the same answers file twice). \
            The redline is named after NEW (new.docx, new.odt); accepting every change gives the NEW agreement, \
            rejecting every change the OLD one. Changes are word by word inside paragraphs; clauses added or removed \
            are inserted or deleted whole; a clause renumbered by an insertion earlier is no change. The summary \
            on stdout lists the changed clauses and the changed answers. One language only (no sv+en).
            """
    )

    @Argument(help: "The old version: an answers file (or with --batch, an agreement's name or number).")
    var old: String

    @Argument(help: "The new version: an answers file (or with --batch, an agreement's name or number).")
    var new: String

    @Option(name: .customLong("batch"), help: "A batch config whose agreements OLD and NEW name.")
    var batch: String?

    @Option(name: .customLong("old-library"), help: "The clause library folder the old version is built with.")
    var oldLibrary: String?

    @Option(name: .customLong("author"), help: "The author of the tracked changes (default: opi-agreement).")
    var author = "opi-agreement"

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    @OptionGroup var document: DocumentOptions

    @OptionGroup var reference: ReferenceOptions

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        // A redline is a document: there is no model of the changes to write.
        if document.model { throw ValidationError(Message(.compareNoModel).description) }
    }

    func run() throws {
        try AgreementOutput.checkTimestamp()
        let pdf = try document.pdf()
        let formats = pdf?.rendering(document.formats) ?? document.formats
        let references = try reference.load(for: formats)
        let library = try self.library.load()
        let oldLibrary = try self.oldLibrary.map(Self.loadLibrary) ?? library
        let (oldAnswers, newAnswers, options, base) = try versions(library: library, oldLibrary: oldLibrary)
        let comparison = try AgreementPipeline(
            library: library, environment: ProcessInfo.processInfo.environment, references: references
        ).comparison(
            from: oldAnswers, to: newAnswers, oldLibrary: oldLibrary, options: options, formats: formats, base: base,
            author: author)
        var files = comparison.files
        // The PDF shows the changes as LibreOffice shows them: marked, with the deleted text struck through.
        if let pdf { files = try pdf.adding(to: files, base: base, formats: document.formats) }
        let paths = try FileAccess.write(files, into: output)
        DiagnosticsEngine.shared.emit(comparison.new.warnings)
        for problem in comparison.new.problems { DiagnosticsEngine.shared.emit(problem) }
        if let message = comparison.new.missingAnswersMessage {
            DiagnosticsEngine.shared.emit(Diagnostic(.note, message, file: newAnswers.file))
        }
        for path in paths { print(path) }
        for line in comparison.summary(oldName: old, newName: new) { print(line) }
    }

    /// The two answer sets, the options both are built with and the name of the redline.
    private func versions(
        library: ClauseLibrary, oldLibrary: ClauseLibrary
    ) throws -> (Answers, Answers, AssemblyOptions, String) {
        if let batch {
            let plan = try BatchConfigLoader.load(
                try FileAccess.read(batch), file: batch, library: library, final: document.final)
            let oldAgreement = try Self.agreement(old, in: plan)
            let newAgreement = try Self.agreement(new, in: plan)
            var options = newAgreement.options
            if let languages = choice.languagesGiven { options.languages = languages }
            return (oldAgreement.answers, newAgreement.answers, options, newAgreement.name ?? new)
        }
        let oldAnswers = try AnswersInput.load(old, library: oldLibrary, final: document.final)
        let newAnswers = try AnswersInput.load(new, library: library, final: document.final)
        let options = AssemblyOptions(
            outline: choice.outline, languages: choice.languages, final: document.final,
            mainLanguage: AnswersInput.mainLanguage(new))
        return (oldAnswers, newAnswers, options, AgreementPipeline.baseName(forAnswers: new))
    }

    /// The agreement of a batch plan named `name` (its file name) or numbered `name` (from 1); its problems when it
    /// has any, or the problems of the defaults when it uses an invalid one.
    private static func agreement(_ name: String, in plan: BatchPlan) throws -> BatchAgreement {
        let found =
            plan.agreements.first { $0.name == name }
            ?? Int(name).flatMap { number in
                plan.agreements.first { $0.number == number }
            }
        guard let found else {
            throw DiagnosticError(
                Message(
                    .compareNoSuchAgreement,
                    [
                        "name": .text(name),
                        "names": .text(plan.agreements.map { $0.name ?? "\($0.number)" }.joined(separator: ", ")),
                    ]), file: plan.file)
        }
        if !found.diagnostics.isEmpty { throw DiagnosticError(found.diagnostics) }
        // A default it uses is invalid: without the answer the comparison would be of another agreement. The
        // problems of the defaults each name the agreements that use them.
        if found.usesInvalidDefault { throw DiagnosticError(plan.sharedDiagnostics) }
        return found
    }

    /// Reads and lints a library folder, as `--library` does.
    private static func loadLibrary(_ directory: String) throws -> ClauseLibrary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(path: directory, .fileNoSuchFolder)
        }
        let check = LibraryLoader.check(directory: directory)
        let library = try check.checked()
        DiagnosticsEngine.shared.emit(check.warnings)
        return library
    }
}

extension CompareCommand: ChoosesMessagesLanguage {
    var messagesLanguage: Language { choice.language }
}
