import AgreementKit
import Foundation

/// What `build` and `interview` do after the answers are in: the library's pipeline turns them into files, which
/// are written atomically into the output folder; the checks' warnings and a draft's missing answers are noted on
/// stderr, and the end says whether the agreement is a draft or final (`ending`).
enum AgreementOutput {
    /// Refuses a `SOURCE_DATE_EPOCH` the documents cannot record (`RenderOptions.sourceDateEpoch(in:)`), before any
    /// work is done: every command that writes documents calls it first, so nothing is asked, assembled or written.
    static func checkTimestamp() throws {
        _ = try RenderOptions.sourceDateEpoch(in: ProcessInfo.processInfo.environment)
    }

    /// Assembles and renders the agreement, and makes its PDF when `pdf` asks for one, writing nothing yet.
    static func build(
        _ answers: Answers, library: ClauseLibrary, options: AssemblyOptions, targets: [OutputTarget], base: String,
        pdf: PDFRequest? = nil, references: ReferenceDocuments = ReferenceDocuments()
    ) throws -> AgreementFiles {
        let formats = targets.compactMap(\.format)
        var built = try AgreementPipeline(
            library: library, environment: ProcessInfo.processInfo.environment, references: references
        ).files(
            for: answers, options: options, formats: pdf?.rendering(formats) ?? formats,
            model: targets.contains(.model), base: base)
        if let pdf { built.files = try pdf.adding(to: built.files, base: base, formats: formats) }
        return built
    }

    /// The paths of the files of `built` that already exist in `directory`.
    static func existing(_ built: AgreementFiles, in directory: String) -> [String] {
        built.files.map { (directory as NSString).appendingPathComponent($0.name) }.filter {
            FileManager.default.fileExists(atPath: $0)
        }
    }

    /// Writes the files; returns the paths written. Prints the checks' warnings (unless `locatedWarnings` is false:
    /// the interview has shown each at its answer, and its ending lists them in words) and a draft's missing answers.
    static func write(
        _ built: AgreementFiles, answers: Answers, into directory: String, locatedWarnings: Bool = true
    ) throws -> [String] {
        let paths = try FileAccess.write(built.files, into: directory)
        if locatedWarnings { DiagnosticsEngine.shared.emit(built.warnings) }
        for problem in built.problems { DiagnosticsEngine.shared.emit(problem) }
        if let message = built.missingAnswersMessage {
            DiagnosticsEngine.shared.emit(Diagnostic(.note, message, file: answers.file))
        }
        return paths
    }

    /// The end of a build, in the messages language: draft (its blanks and drafting notes) or final, the places to
    /// fill in by hand (blanks no answer fills, which a final agreement keeps too), the warnings,
    /// the annexes to attach separately and, for a draft, `finish` (the command that makes the final agreement)
    /// after the sentence `finishKey` (answer what is missing, then run it) or, when nothing is left to answer
    /// (`AgreementFiles.answersComplete`), after the sentence that only says to run it.
    static func ending(_ built: AgreementFiles, finishKey: MessageKey, finish: String) -> [String] {
        let summary = built.summary
        var lines: [String] = []
        if summary.status == .final {
            lines.append(Message(.endingFinal).description)
        } else {
            lines.append(
                Message(
                    .endingDraft,
                    [
                        "blanks": .message(
                            count(summary.blanks, none: .endingNoBlanks, one: .endingOneBlank, many: .endingBlanks)),
                        "notes": .message(
                            count(summary.notes, none: .endingNoNotes, one: .endingOneNote, many: .endingNotes)),
                    ]
                ).description)
        }
        if summary.fillIns > 0 {
            lines.append(
                Message(summary.fillIns == 1 ? .endingOneFillIn : .endingFillIns, ["count": "\(summary.fillIns)"])
                    .description)
        }
        if !built.warnings.isEmpty {
            lines.append(Message(.endingWarnings).description)
            lines += built.warnings.map { "  - " + $0.message }
        }
        if !summary.annexes.isEmpty {
            lines.append(Message(.endingAnnexes).description)
            lines += summary.annexes.map { "  - \($0)" }
        }
        if summary.status == .draft {
            lines.append(Message(built.answersComplete ? .endingFinishComplete : finishKey).description)
            lines.append("  " + finish)
        }
        return lines
    }

    private static func count(_ n: Int, none: MessageKey, one: MessageKey, many: MessageKey) -> Message {
        n == 0 ? Message(none) : n == 1 ? Message(one) : Message(many, ["count": "\(n)"])
    }

    /// `paths` for a message: the first three, then "and N more".
    static func shortList(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        if paths.count <= 3 { return shown }
        return Message(.endingAndMore, ["list": .text(shown), "count": "\(paths.count - 3)"]).description
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
