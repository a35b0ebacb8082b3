import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement interview`: asks the questionnaire at the terminal (or from piped input), saving each answer as it
/// is given, then builds the agreement like `build`.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Write an OPI agreement by answering questions, one at a time; no files to edit.",
        discussion: """
            Start it in a folder for the agreement (or give one with -o). Every answer is saved at once in \
            opi-answers.yaml there, so you can stop whenever you like (Ctrl-C or Ctrl-D): the tool prints the \
            command that goes on, which works from any folder. Started again in the same folder, it asks whether \
            to go on with that interview or start a new one (--new). At the end you review the answers, and the \
            agreement is written into the folder, named after the project ("Smart avfall.docx" and .odt). The last \
            lines say whether it is a draft (with its blanks and notes) or final, list the warnings and the annexes \
            to attach, and give the command that makes the final agreement. Documents already there are not \
            replaced without asking (--force replaces them).

            The folder, forms, language and --final are remembered in the answers file: going on with only \
            --answers FILE writes as the first run would; an option given again wins. Answers may be piped, one \
            per line (a long text ends at a line holding only "."). Ctrl-D, or piped input that ends before the \
            questions do, saves the answers so far, says how to go on and exits with status 1; Ctrl-C does the \
            same with status 130. See docs/interview.md.
            """
    )

    @Option(
        name: [.short, .customLong("output")],
        help: "The folder to write into (created if missing; default: the current folder, or the folder of the case).")
    var output: String?

    @Option(
        name: .customLong("answers"),
        help: "The answers file to save to and resume from (default: DIR/opi-answers.yaml).")
    var answersFile: String?

    @Flag(name: .customLong("new"), help: "Start a new interview even when the folder holds one.")
    var new = false

    @Flag(name: .customLong("force"), help: "Replace the documents of an earlier run without asking.")
    var force = false

    @OptionGroup var document: DocumentOptions

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var reference: ReferenceOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let io = StandardInterviewIO(environment: ProcessInfo.processInfo.environment)
        let path = try answersPath(io: io)
        let data = FileManager.default.fileExists(atPath: path) ? try FileAccess.read(path) : nil
        let (settings, folder, formNames, languages) = resolved(
            data.flatMap { InterviewSettings.read(String(decoding: $0, as: UTF8.self)) })
        let language = languages.main
        MessagesLanguage.resume(in: language)
        // Before the questions: a SOURCE_DATE_EPOCH the documents cannot record, a missing LibreOffice, or a bad
        // reference document, is better said now than after the last answer.
        try AgreementOutput.checkTimestamp()
        let pdf = try PDFForm.request(in: formNames)
        let forms = formNames.compactMap(OutputTarget.init(rawValue:)).compactMap(\.format)
        var referenceOptions = reference
        referenceOptions.paths = settings.referenceDocuments
        let references = try referenceOptions.load(
            for: pdf?.rendering(forms) ?? (forms.isEmpty ? [.docx, .odt] : forms))
        var libraryOptions = self.library
        libraryOptions.directory = settings.library
        let library = try libraryOptions.load(parsingBodies: false)
        // A language the library lacks is refused before the first question, not by the build after the last.
        for language in languages.all { try library.requireLanguage(language) }
        var answers = Answers(file: path)
        var unanswered: Set<AnswerPath> = []
        var position: ListPosition?
        if let data {
            answers = try AnswersLoader.load(data, file: path, questionnaire: library.questionnaire)
            unanswered = AnswersFile.emptyPaths(in: data, file: path)
            position = AnswersFile.listPosition(in: data)
        } else {
            try FileAccess.createDirectory(FilePath.parent(path))
        }
        let text = InterviewText(language: language)
        let quotedPath = InterviewSettings.shellQuoted(path)
        let saver = AnswersSaver(
            path: path, writer: AnswersWriter(questionnaire: library.questionnaire, language: language),
            settings: settings)
        let handler = InterruptHandler(saver: saver, message: text.interrupted(file: quotedPath), io: io)
        var interview = Interview(
            questionnaire: library.questionnaire, language: language, languages: languages.all, answers: answers,
            unanswered: unanswered, position: position, io: io, fileName: path, save: saver.save)
        io.start()
        defer { io.finish() }
        let outcome = try interview.run()
        guard case .completed = outcome else {
            // Ending early is a normal way to stop, not an error: say where the answers are and how to go on.
            DiagnosticsEngine.shared.raw(text.inputEnded(file: quotedPath) + "\n")
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        let saved = try AnswersInput.load(path, library: library, final: settings.final)
        let targets = formNames.compactMap(OutputTarget.init(rawValue:))
        let built = try AgreementOutput.build(
            saved, library: library,
            options: AssemblyOptions(
                outline: settings.outline, languages: languages, final: settings.final, mainLanguage: language),
            targets: targets.isEmpty ? [.docx, .odt] : targets, base: Self.baseName(saved, answersFile: path),
            pdf: pdf, references: references)
        let existing = AgreementOutput.existing(built, in: folder)
        if !existing.isEmpty && !force {
            let files = AgreementOutput.shortList(existing)
            var replace = false
            if io.isTerminal {
                io.write(text.overwrite(files: files) + " ")
                replace = io.readLine().flatMap(text.yesNo) ?? false
            }
            guard replace else {
                DiagnosticsEngine.shared.emit(
                    Diagnostic(.error, Message(.endingDocumentsExist, ["files": .text(files)])))
                throw ExitCode(ExitStatus.invalidInput.rawValue)
            }
        }
        // The warnings were shown at their answers and in the review; the ending lists them in words, without the
        // file positions a build prints for editors.
        let paths = try AgreementOutput.write(built, answers: saved, into: folder, locatedWarnings: false)
        withExtendedLifetime(handler) {}
        io.write("\n\(text.built)\n")
        for written in paths { io.write(written + "\n") }
        let finish = "opi-agreement interview --answers \(quotedPath) --final"
        for line in AgreementOutput.ending(built, finishKey: .endingFinishInterview, finish: finish) {
            DiagnosticsEngine.shared.status(line)
        }
    }

    /// The answers file, absolute: `--answers`; else the case in the folder when there is one and the person goes
    /// on with it (asked at a terminal; without `--new`); else a new file `opi-answers.yaml` (`opi-answers-2.yaml`,
    /// ... when taken).
    func answersPath(io: StandardInterviewIO) throws -> String {
        if let answersFile { return AgreementOutput.absolute(answersFile) }
        let folder = AgreementOutput.absolute(output ?? ".")
        if !new, let found = InterviewCase.latest(in: folder) {
            let stored = FileManager.default.contents(atPath: found).flatMap {
                InterviewSettings.read(String(decoding: $0, as: UTF8.self))
            }
            let text = InterviewText(language: choice.languagesGiven?.main ?? stored?.language ?? .standard)
            guard io.isTerminal else {
                DiagnosticsEngine.shared.emit(Diagnostic(.note, worded: text.caseGoingOn(file: found)))
                return found
            }
            io.write(text.caseFound(file: found) + "\n" + text.caseContinue + " ")
            if io.readLine().flatMap(text.yesNo) ?? true { return found }
        }
        return InterviewCase.freshPath(in: folder)
    }

    /// The settings of this run: the options given, else those kept in the answers file, else the defaults; and
    /// the folder, forms and languages they hold (every run has them).
    func resolved(_ stored: InterviewSettings?) -> (
        settings: InterviewSettings, output: String, forms: [String], languages: AgreementLanguages
    ) {
        let stored = stored ?? InterviewSettings()
        let folder = output.map(AgreementOutput.absolute) ?? stored.output ?? AgreementOutput.absolute(".")
        let forms = document.targetsGiven.map { $0.values.map(\.rawValue) } ?? stored.forms ?? ["docx", "odt"]
        let languages = choice.languagesGiven ?? stored.languages ?? .standard
        var settings = InterviewSettings(
            output: folder, forms: forms, languages: languages, final: document.final || stored.final,
            outline: choice.outline ?? stored.outline,
            library: library.directory.map(AgreementOutput.absolute) ?? stored.library)
        settings.referenceDocuments =
            reference.paths.isEmpty ? stored.referenceDocuments : reference.paths.map(AgreementOutput.absolute)
        return (settings, folder, forms, languages)
    }

    /// The name of the documents: the project title as a safe file name; the answers file's name before it has one.
    static func baseName(_ answers: Answers, answersFile path: String) -> String {
        let fallback = AgreementPipeline.baseName(forAnswers: path)
        guard case .text(let title)? = answers["project_title"] else { return fallback }
        return SafeFileName.make(title, fallback: fallback)
    }
}
