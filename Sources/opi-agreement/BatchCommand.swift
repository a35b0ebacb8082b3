import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement batch CONFIG.yaml -o DIR`: writes many agreements from one config (docs/batch-format.md).
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Write many agreements from one batch config: shared defaults plus one entry per agreement.",
        discussion: """
            Every agreement is checked (and assembled) before any file is written; nothing is written if any has a \
            problem, unless --keep-going, which writes the valid ones and lists the others (the exit status is \
            still 1). Existing files are an error unless --force. Each document is byte for byte what `build` \
            writes for the agreement's answers in a file named <name>.yaml. The paths written go to stdout in \
            config order; progress (on a terminal) and a summary go to stderr.
            """
    )

    @Argument(help: "The batch config (YAML, see docs/batch-format.md).")
    var config: String

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (created if missing).")
    var output: String

    // `.unconditional`, so that `--jobs -1` is read as a number (and refused by `validate()`), not as an option.
    @Option(
        name: .customLong("jobs"), parsing: .unconditional,
        help: ArgumentHelp(
            "How many agreements to build at once, at least 1 (default: the number of cores).", valueName: "jobs"))
    var jobsArgument: String?

    /// The number of agreements to build at once, when given (`validate()` checks it is a number of at least 1).
    var jobs: Int? { jobsArgument.flatMap { Int($0) } }

    @OptionGroup var document: DocumentOptions

    @Flag(name: .customLong("keep-going"), help: "Write the valid agreements even if others have problems.")
    var keepGoing = false

    @Flag(name: .customLong("force"), help: "Overwrite files that already exist.")
    var force = false

    @OptionGroup var library: LibraryOptions

    @OptionGroup var reference: ReferenceOptions

    func validate() throws {
        guard let jobsArgument else { return }
        guard let jobs = Int(jobsArgument) else {
            throw ValidationError(Message(.cliJobsNotNumber, texts: ["value": jobsArgument]).description)
        }
        if jobs < 1 { throw ValidationError(Message(.cliJobsTooSmall, texts: ["value": "\(jobs)"]).description) }
    }

    /// Loads the library and the config. Kept out of the `async` `run()`: Swift 6.3's optimiser crashes when it
    /// splits an async function around these typed-throws calls (`swift build -c release`).
    private func load() throws -> (ClauseLibrary, BatchPlan) {
        let library = try self.library.load()
        let plan = try BatchConfigLoader.load(
            try FileAccess.read(config), file: config, library: library, final: document.final)
        return (library, plan)
    }

    func run() async throws {
        let started = ContinuousClock.now
        try AgreementOutput.checkTimestamp()
        let pdf = try document.pdf()
        let (library, plan) = try load()
        // The command line's reference documents replace the config's.
        var referenceOptions = reference
        if referenceOptions.paths.isEmpty { referenceOptions.paths = plan.referenceDocuments }
        let references = try referenceOptions.load(for: pdf?.rendering(document.formats) ?? document.formats)
        var options = BatchOptions(
            formats: document.formats, model: document.model,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            keepGoing: keepGoing, overwrite: force, environment: ProcessInfo.processInfo.environment, pdf: pdf)
        options.references = references
        let engine = DiagnosticsEngine.shared
        let terminal = isatty(STDERR_FILENO) != 0
        var progress: (@Sendable (BatchProgress) -> Void)?
        if terminal {
            progress = { progress in
                engine.raw(
                    "\r\u{1B}[K" + StatusLine.batchProgress(done: progress.done, total: progress.total).description)
            }
        }
        let report: BatchReport
        do {
            report = try await BatchRunner(library: library, options: options).run(
                consume plan, into: output, progress: progress)
        } catch {
            if terminal { engine.raw("\r\u{1B}[K") }
            throw error
        }
        if terminal { engine.raw("\r\u{1B}[K") }
        for path in report.written { print(path) }
        engine.emit(report.notes)
        engine.emit(report.diagnostics)
        if !report.failed.isEmpty {
            engine.emit(
                Diagnostic(
                    .note,
                    Message(
                        .batchNotWritten, ["agreements": .text(report.failed.map(\.label).joined(separator: ", "))]),
                    file: config))
        }
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        engine.status(
            StatusLine.batch(
                agreements: report.agreementsWritten, files: report.written.count, seconds: seconds,
                notWritten: report.failed.count
            ).description)
        if !report.failed.isEmpty { throw ExitCode(ExitStatus.invalidInput.rawValue) }
    }
}
