import Foundation

/// A redline between two versions of an agreement: the files of the new version with tracked changes against the
/// old one, and what changed, for the summary `compare` prints.
public struct AgreementComparison: Sendable, Equatable {
    /// The redline in each form asked for.
    public var files: [OutputFile]
    /// The changed clauses, in document order.
    public var clauses: [RedlineChange]
    /// The changed answers, in the questionnaire's order.
    public var answers: [AnswerChange]
    /// The new version's missing answers, warnings and problems, as a build of it reports them.
    public var new: AgreementFiles

    /// The summary lines, in the messages language: the changed clauses ("5.2 Ersättning") and the changed answers
    /// (old → new), or that nothing changed; `oldName` and `newName` name the two versions.
    public func summary(oldName: String, newName: String) -> [String] {
        if clauses.isEmpty && answers.isEmpty { return [Message(.compareNoChanges).description] }
        var lines = [Message(.compareHeading, ["old": .text(oldName), "new": .text(newName)]).description]
        if !clauses.isEmpty {
            lines.append(Message(.compareClauses).description)
            for clause in clauses {
                if clause.outsideClauses > 0 {
                    lines.append(
                        "  " + Message(.compareOutsideClauses, ["count": "\(clause.outsideClauses)"]).description)
                    continue
                }
                var text = [clause.number, clause.title].filter { !$0.isEmpty }.joined(separator: " ")
                if !clause.annex.isEmpty { text = clause.annex + ": " + text }
                let key: MessageKey =
                    switch clause.kind {
                    case .added: .compareClauseAdded
                    case .removed: .compareClauseRemoved
                    case .changed: .compareClauseChanged
                    }
                lines.append("  " + Message(key, ["clause": .text(text)]).description)
            }
        }
        if !answers.isEmpty {
            lines.append(Message(.compareAnswers).description)
            for answer in answers {
                let none = Message.Value.message(Message(.compareNoAnswer))
                lines.append(
                    "  "
                        + Message(
                            .compareAnswer,
                            [
                                "answer": .text(answer.name), "old": answer.old.map { .text($0) } ?? none,
                                "new": answer.new.map { .text($0) } ?? none,
                            ]
                        ).description)
            }
        }
        return lines
    }
}

extension AgreementPipeline {
    /// Assembles `old` with `oldLibrary` (this pipeline's library when nil) and `new` with this pipeline's library,
    /// both with `options`, and renders the redline of the two in each of `formats`, named `base.<extension>`, its
    /// changes by `author`. One language only: a parallel document (`sv+en`) is refused. Problems are
    /// `DiagnosticError`s as `files(for:options:formats:model:base:)` reports them.
    public func comparison(
        from old: Answers, to new: Answers, oldLibrary: ClauseLibrary? = nil, options: AssemblyOptions,
        formats: [OutputFormat], base: String, author: String
    ) throws(DiagnosticError) -> AgreementComparison {
        let file = new.file ?? "answers"
        if options.languages.second != nil {
            throw DiagnosticError(
                Message(.compareNoParallel, ["languages": .text(options.languages.description)]), file: file)
        }
        let oldResult = try Assembler(library: oldLibrary ?? library).assemble(old, options: options)
        let newResult = try Assembler(library: library).assemble(new, options: options)
        var files: [OutputFile] = []
        var renderer = DocumentRenderer(
            options: try .reproducible(for: newResult.agreement, environment: environment), references: references)
        renderer.concurrent = concurrent
        let changes: [RedlineChange]
        do {
            let redline = try renderer.renderRedline(
                from: oldResult.agreement, to: newResult.agreement, author: author, as: formats)
            for rendered in redline.files {
                files.append(OutputFile(name: "\(base).\(rendered.format.fileExtension)", data: rendered.data))
            }
            changes = redline.changes
        } catch {
            throw DiagnosticError(Message(.cliCannotWriteDocuments, ["reason": .text("\(error)")]), file: file)
        }
        return AgreementComparison(
            files: files, clauses: changes,
            answers: AnswerChange.changes(
                from: old, to: new, questionnaire: library.questionnaire, language: options.languages.main),
            new: AgreementFiles(
                files: [], missing: newResult.missing, warnings: newResult.warnings, problems: newResult.problems,
                separateAnnexes: newResult.separateAnnexes,
                summary: AgreementSummary(newResult.agreement, separateAnnexes: newResult.separateAnnexes),
                answersComplete: newResult.answersComplete))
    }
}
