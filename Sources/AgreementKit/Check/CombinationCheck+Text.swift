import Foundation

extension CombinationCheck.Report {
    /// The report as `opi-agreement check` prints it, in the messages language: the groups enumerated together,
    /// the answers checked independently, each failure with the answers file that reproduces it, and the summary.
    public func lines(languages: [Language], seconds: Double) -> [String] {
        let words = Words.messages
        var out: [String] = []
        for group in groups {
            out.append(
                words.text(
                    Message(
                        .checkGroup,
                        [
                            "variables": .text(group.variables.joined(separator: ", ")),
                            "count": .text("\(group.combinations)"),
                        ])))
        }
        for single in independent {
            out.append(
                words.text(
                    Message(
                        .checkIndependent, ["variable": .text(single.variable), "count": .text("\(single.values)")])
                ))
        }
        if validatedParts == nil { out.append("note: " + words.text(Message(.checkSchemasSkipped))) }
        for failure in failures {
            out.append("")
            for diagnostic in failure.diagnostics { out.append(diagnostic.description) }
            out.append(
                words.text(
                    Message(
                        .checkFailure,
                        [
                            "count": .text("\(failure.occurrences)"), "language": .text(failure.language.rawValue),
                            "outline": .text(failure.outline),
                            "values": .text(
                                failure.differences.isEmpty ? "-" : failure.differences.joined(separator: ", ")),
                        ])))
            out.append("---")
            out.append(
                contentsOf: failure.answers.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
                    String.init))
            out.append("---")
        }
        out.append(
            words.text(
                Message(
                    .checkSummary,
                    [
                        "combinations": .text("\(combinations)"), "sets": .text("\(answerSets)"),
                        "agreements": .text("\(agreements)"),
                        "languages": .text(languages.map(\.rawValue).joined(separator: ", ")),
                        "excluded": .text("\(excluded)"), "refused": .text("\(refused)"),
                        "parts": .text("\(validatedParts ?? 0)"),
                        "seconds": .text(String(format: "%.1f", seconds)),
                    ])))
        if !failures.isEmpty { out.append(words.text(Message(.checkFailures, ["count": .text("\(failures.count)")]))) }
        return out
    }
}

extension CheckSchemaError {
    /// The error as a diagnostic at the schema file.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, Message(.checkSchemaUnreadable, ["path": .text(path), "reason": .text(reason)]), file: path)
    }
}
