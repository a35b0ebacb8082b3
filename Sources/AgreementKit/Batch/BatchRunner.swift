import Foundation

/// Writes every agreement of a batch plan: checks that no file would be overwritten, assembles and renders the
/// agreements in parallel into a staging folder, and moves the files into place only when every agreement
/// succeeded (with `keepGoing`, the ones that did). Each document is byte for byte what `opi-agreement build`
/// writes for the agreement's merged answers in a file named `<name>.yaml`.
public struct BatchRunner: Sendable {
    /// The clause library.
    public let library: ClauseLibrary
    /// What to write and how.
    public let options: BatchOptions

    /// Creates a runner.
    public init(library: ClauseLibrary, options: BatchOptions) {
        self.library = library
        self.options = options
    }

    /// The outcome of one agreement, as its worker returns it.
    private enum Outcome: Sendable {
        /// Its files are staged; its notes (the answers its draft lacks, the checks that warned), located; the
        /// document its PDF is made from, when one is asked for.
        case staged(notes: [Diagnostic], pdfSource: OutputFile?)
        /// It has problems; nothing of it is staged.
        case invalid([Diagnostic])
        /// A file could not be written.
        case failed(FileError)
    }

    /// What is kept of an outcome once its notes are in `BatchNotes`: a batch of 10,000 agreements does not hold
    /// 10,000 sets of notes.
    private enum Result {
        case staged(pdfSource: OutputFile?)
        case invalid([Diagnostic])
        case failed(FileError)
    }

    /// Writes the plan's agreements into `directory`, which is created if needed, and returns what was written.
    ///
    /// Throws `DiagnosticError` with every problem when any agreement has one (without `keepGoing`), before
    /// anything is written; `FileError` when a file cannot be written. `progress` is told after each agreement.
    ///
    /// The plan is taken over (`consuming`): its agreements are marked in place rather than copied, and a batch
    /// of 10,000 agreements holds one list of them, not three.
    public func run(
        _ plan: consuming BatchPlan, into directory: String, progress: (@Sendable (BatchProgress) -> Void)? = nil
    ) async throws -> BatchReport {
        var agreements = plan.agreements
        plan.agreements = []
        let withProblems = agreements.filter { !$0.isValid }.count
        var existing: [Diagnostic] = []
        if !options.overwrite {
            for index in agreements.indices {
                guard let name = agreements[index].name else { continue }
                agreements[index].existingFiles = options.fileExtensions.map {
                    (directory as NSString).appendingPathComponent("\(name).\($0)")
                }
                .filter(FileAccess.exists)
            }
            existing = existingFilesDiagnostics(&agreements, file: plan.file)
        }
        if !options.keepGoing, agreements.contains(where: { !$0.isValid }) {
            throw DiagnosticError(
                plan.sharedDiagnostics + agreements.flatMap(\.diagnostics) + existing
                    + nothingWritten(valid: agreements.count - withProblems, of: agreements.count, file: plan.file))
        }
        let all = agreements
        // The valid agreements, as places in `all`.
        let planned = all.indices.filter { all[$0].isValid }
        var failed = all.filter { !$0.isValid }
        var written: [String] = []
        var notes: [Diagnostic] = []
        var count = 0
        if !planned.isEmpty {
            let staging = try BatchStaging.create(in: directory)
            var results = [Result?](repeating: nil, count: planned.count)
            var groupedNotes = BatchNotes()
            var done = 0
            await ParallelWork.each(
                planned.count, jobs: options.jobs,
                { [self] index in
                    stage(all[planned[index]], in: staging)
                },
                receive: { index, outcome in
                    switch outcome {
                    case .staged(let notes, let pdfSource):
                        groupedNotes.add(notes, of: all[planned[index]].number)
                        results[index] = .staged(pdfSource: pdfSource)
                    case .invalid(let diagnostics): results[index] = .invalid(diagnostics)
                    case .failed(let error): results[index] = .failed(error)
                    }
                    done += 1
                    progress?(BatchProgress(done: done, total: planned.count))
                })

            if let failure = results.lazy.compactMap({ result -> FileError? in
                if case .failed(let error)? = result { return error }
                return nil
            }).first {
                staging.discard()
                throw failure
            }
            var ready: [Int] = []
            var pdfSources: [OutputFile] = []
            for (index, result) in zip(planned, results) {
                switch result {
                case .staged(let pdfSource)?:
                    ready.append(index)
                    if let pdfSource { pdfSources.append(pdfSource) }
                case .invalid(let diagnostics)?:
                    var agreement = all[index]
                    for diagnostic in diagnostics { agreement.add(diagnostic) }
                    failed.append(agreement)
                case .failed?, nil: break
                }
            }
            let positions = Dictionary(
                planned.map { (all[$0].number, $0) }, uniquingKeysWith: { first, _ in first })
            notes = groupedNotes.diagnostics { number in
                positions[number].map { all[$0].labelMessage } ?? Message(.batchLabel, ["number": "\(number)"])
            }
            if !failed.isEmpty, !options.keepGoing {
                staging.discard()
                throw DiagnosticError(
                    plan.sharedDiagnostics + failed.sorted { $0.number < $1.number }.flatMap(\.diagnostics)
                        + nothingWritten(valid: agreements.count - failed.count, of: agreements.count, file: plan.file))
            }
            do {
                // Every agreement's PDF by one LibreOffice, once all are rendered; a failure writes nothing.
                if let pdf = options.pdf {
                    for file in try pdf.converter.convert(pdfSources, to: pdf.form) {
                        try staging.write(file.data, name: file.name)
                    }
                }
                for index in ready {
                    for ext in options.fileExtensions {
                        written.append(
                            try staging.commit("\(all[index].name ?? "").\(ext)", overwrite: options.overwrite))
                    }
                    count += 1
                }
            } catch {
                staging.discard()
                throw error
            }
            staging.discard()
        }
        failed.sort { $0.number < $1.number }
        return BatchReport(
            written: written, agreementsWritten: count, failed: failed,
            diagnostics: failed.isEmpty ? [] : plan.sharedDiagnostics + failed.flatMap(\.diagnostics) + existing,
            notes: notes)
    }

    /// The problem of files that already exist: one file is an error of its agreement (`'x.docx' already exists`);
    /// more are one error for the batch, naming the first three (unquoted, as quotes differ by language) and how many more (`5 files already exist (a, b,
    /// c and 2 more)`), so that a rerun does not print a line for every file.
    private func existingFilesDiagnostics(_ agreements: inout [BatchAgreement], file: String) -> [Diagnostic] {
        let paths = agreements.flatMap(\.existingFiles)
        if paths.count == 1, let index = agreements.firstIndex(where: { !$0.existingFiles.isEmpty }) {
            agreements[index].addError(Message(.batchFileExists, ["path": .text(paths[0])]))
            return []
        }
        guard paths.count > 1 else { return [] }
        let first = Message.Value.text(paths.prefix(3).joined(separator: ", "))
        let shown =
            paths.count > 3
            ? Message.Value.message(Message(.endingAndMore, ["list": first, "count": "\(paths.count - 3)"])) : first
        return [
            Diagnostic(.error, Message(.batchFilesExist, ["count": "\(paths.count)", "files": shown]), file: file)
        ]
    }

    /// The summary after the problems of a batch that writes nothing (without `keepGoing`): how many agreements
    /// are valid; none when every agreement is (only files that exist stand in the way).
    private func nothingWritten(valid: Int, of total: Int, file: String) -> [Diagnostic] {
        guard valid < total else { return [] }
        return [
            Diagnostic(
                .note, Message(.batchNothingWritten, ["valid": "\(valid)", "total": "\(total)"]), file: file)
        ]
    }

    /// Assembles and renders one agreement, as `build` does, into the staging folder. With a PDF asked for, the
    /// ODT it is made from is rendered too (staged only when asked for) and returned for the conversion.
    private func stage(_ agreement: BatchAgreement, in staging: BatchStaging) -> Outcome {
        guard let name = agreement.name else { return .invalid([]) }
        var built: AgreementFiles
        do {
            // The batch builds `jobs` agreements at once; each is made on one core.
            var pipeline = AgreementPipeline(
                library: library, environment: options.environment, references: options.references)
            pipeline.concurrent = false
            built = try pipeline.files(
                for: agreement.answers, options: agreement.options,
                formats: options.pdf?.rendering(options.formats) ?? options.formats, model: options.model,
                base: name)
        } catch {
            return .invalid(error.diagnostics)
        }
        var pdfSource: OutputFile?
        if let pdf = options.pdf {
            (pdfSource, built.files) = pdf.split(built.files, base: name, formats: options.formats)
        }
        do {
            for file in built.files { try staging.write(file.data, name: file.name) }
        } catch {
            return .failed(error)
        }
        var notes = built.warnings.map { warning in
            warning.location == nil
                ? Diagnostic(warning.severity, content: warning.content, at: agreement.location) : warning
        }
        if let message = built.missingAnswersMessage {
            notes.append(Diagnostic(.note, message, at: agreement.location))
        }
        return .staged(notes: notes, pdfSource: pdfSource)
    }
}
