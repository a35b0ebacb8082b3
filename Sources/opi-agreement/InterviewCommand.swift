import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement interview`: asks the questionnaire at the terminal (or from piped input), saving each answer as it
/// is given, then builds the agreement like `build`.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Answer the questions one at a time, then write the agreement.",
        discussion: """
            Each answer is saved at once in the answers file (default: opi-answers.yaml in the output folder); when \
            the file exists, the interview goes on from it and asks only what is missing. At the end a review lets \
            you change any answer; the agreement is then built as 'build' would build the answers file. Input may \
            be piped, one answer per line (a long text ends at a line holding only "."). Ctrl-D, or piped input \
            that ends before the questions do, saves the answers so far, says how to go on and exits with status 1; \
            Ctrl-C does the same with status 130. See docs/interview.md.
            """
    )

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    @Option(
        name: .customLong("answers"),
        help: "The answers file to save to and resume from (default: DIR/opi-answers.yaml).")
    var answersFile: String?

    @OptionGroup var document: DocumentOptions

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let language = choice.language
        let library = try self.library.load()
        let path = answersFile ?? (output as NSString).appendingPathComponent("opi-answers.yaml")
        var answers = Answers(file: path)
        var unanswered: Set<AnswerPath> = []
        var position: ListPosition?
        if FileManager.default.fileExists(atPath: path) {
            let data = try FileAccess.read(path)
            answers = try AnswersLoader.load(data, file: path, questionnaire: library.questionnaire)
            unanswered = AnswersFile.emptyPaths(in: data, file: path)
            position = AnswersFile.listPosition(in: data)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            try FileAccess.createDirectory(folder.isEmpty ? "." : folder)
        }
        let text = InterviewText(language: language)
        let io = StandardInterviewIO(environment: ProcessInfo.processInfo.environment)
        let saver = AnswersSaver(
            path: path, writer: AnswersWriter(questionnaire: library.questionnaire, language: language))
        let handler = InterruptHandler(saver: saver, message: text.interrupted(file: path), io: io)
        var interview = Interview(
            questionnaire: library.questionnaire, language: language, answers: answers, unanswered: unanswered,
            position: position, io: io, fileName: path, save: saver.save)
        io.start()
        defer { io.finish() }
        let outcome = try interview.run()
        guard case .completed = outcome else {
            // Ending early is a normal way to stop, not an error: say where the answers are and how to go on.
            DiagnosticsEngine.shared.raw(text.inputEnded(file: path) + "\n")
            throw ExitCode(ExitStatus.invalidInput.rawValue)
        }
        let saved = try AnswersInput.load(path, library: library, final: document.final)
        let paths = try AgreementOutput.write(
            saved, library: library, document: document, choice: choice,
            base: AgreementPipeline.baseName(forAnswers: path), into: output)
        withExtendedLifetime(handler) {}
        io.write("\n\(text.built)\n")
        for written in paths { io.write(written + "\n") }
    }
}
