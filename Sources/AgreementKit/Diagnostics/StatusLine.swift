/// The one-line summaries a command prints when it is done, as messages in the messages language: how many
/// agreements and files a batch wrote, how far a batch has come, what `clauses lint` found. A count of one is
/// said in the singular ("1 file"), every other count in the plural ("0 files", "2 files").
public enum StatusLine {
    /// `3 agreements, 6 files, 1.2 s`, and `; 2 not written` when some agreements were not.
    public static func batch(agreements: Int, files: Int, seconds: Double, notWritten: Int) -> Message {
        let summary = Message(
            .batchSummary,
            [
                "agreements": .message(counted(agreements, .batchCountAgreements, .batchCountAgreementsOne)),
                "files": .message(counted(files, .batchCountFiles, .batchCountFilesOne)),
                "seconds": .message(tenths(seconds)),
            ])
        guard notWritten > 0 else { return summary }
        return Message(.batchSummaryNotWritten, ["summary": .message(summary), "count": "\(notWritten)"])
    }

    /// `building 12/200 agreements`, the progress line a terminal redraws.
    public static func batchProgress(done: Int, total: Int) -> Message {
        Message(.batchProgress, ["done": "\(done)", "total": "\(total)"])
    }

    /// `120 clauses, 0 errors, 1 warning`.
    public static func lint(clauses: Int, errors: Int, warnings: Int) -> Message {
        Message(
            .lintSummary,
            [
                "clauses": .message(counted(clauses, .lintCountClauses, .lintCountClausesOne)),
                "errors": .message(counted(errors, .lintCountErrors, .lintCountErrorsOne)),
                "warnings": .message(counted(warnings, .lintCountWarnings, .lintCountWarningsOne)),
            ])
    }

    /// `count` with the singular text for one and the plural (with `{count}`) otherwise.
    static func counted(_ count: Int, _ plural: MessageKey, _ one: MessageKey) -> Message {
        count == 1 ? Message(one) : Message(plural, ["count": "\(count)"])
    }

    /// `seconds` with one decimal, written with the language's decimal sign (`1.2 s` in English, `1,2 s` in
    /// Swedish and Danish).
    static func tenths(_ seconds: Double) -> Message {
        let tenths = Int((max(0, seconds) * 10).rounded())
        return Message(.batchSeconds, ["whole": "\(tenths / 10)", "tenths": "\(tenths % 10)"])
    }
}
