import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement build ANSWERS.yaml`: assembles an agreement from answers and writes it.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the agreement from an answers file, as a Word (DOCX) and OpenDocument (ODT) document.",
        discussion: """
            The documents are written into the current folder (or the folder given with -o), named after the \
            answers file: avtal.yaml gives avtal.docx and avtal.odt. A draft (the default) shows missing answers as \
            highlighted blanks and carries drafting notes as comments; with --final every missing answer is an \
            error and the notes are left out. The last lines say whether the agreement is a draft (with its blanks \
            and notes) or final, list the warnings and the annexes to attach separately, and for a draft give the \
            command that makes the final one.

            The answers file is described in docs/answers-format.md; 'opi-agreement questions' prints a template \
            of it and 'opi-agreement interview' writes one by asking the questions. --to model writes the document \
            model (docs/model-json.md).
            """
    )

    @Argument(help: "The answers file (YAML, see docs/answers-format.md).")
    var answers: String

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String = "."

    @OptionGroup var document: DocumentOptions

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var reference: ReferenceOptions

    @OptionGroup var library: LibraryOptions

    func run() throws {
        try AgreementOutput.checkTimestamp()
        let pdf = try document.pdf()
        let references = try reference.load(for: pdf?.rendering(document.formats) ?? document.formats)
        let library = try self.library.load(parsingBodies: false)
        let answers = try AnswersInput.load(self.answers, library: library, final: document.final)
        let built = try AgreementOutput.build(
            answers, library: library,
            options: AssemblyOptions(
                outline: choice.outline, languages: choice.languages, final: document.final,
                mainLanguage: AnswersInput.mainLanguage(self.answers)),
            targets: document.targets.values, base: AgreementPipeline.baseName(forAnswers: self.answers), pdf: pdf,
            references: references)
        let paths = try AgreementOutput.write(built, answers: answers, into: output)
        for path in paths { print(path) }
        let ending = AgreementOutput.ending(built, finishKey: .endingFinishBuild, finish: finalCommand)
        for line in ending { DiagnosticsEngine.shared.status(line) }
    }

    /// This build with `--final`, as a command that works from any folder.
    var finalCommand: String {
        let quote = InterviewSettings.shellQuoted
        var words = ["opi-agreement", "build", quote(AgreementOutput.absolute(answers)), "--final"]
        words += ["-o", quote(AgreementOutput.absolute(output))]
        if let forms = document.targetsGiven { words += ["--to", forms.defaultValueDescription] }
        if let languages = choice.languagesGiven { words += ["--lang", languages.description] }
        if let outline = choice.outline { words += ["--type", quote(outline)] }
        for path in reference.paths { words += ["--reference-doc", quote(AgreementOutput.absolute(path))] }
        if let directory = library.directory { words += ["--library", quote(AgreementOutput.absolute(directory))] }
        return words.joined(separator: " ")
    }
}
