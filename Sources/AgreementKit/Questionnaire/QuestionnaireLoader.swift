import Foundation

/// Reads a questionnaire file (`questionnaire.yaml`, see `docs/questionnaire-format.md`).
public enum QuestionnaireLoader {
    /// Reads and checks a questionnaire. Every problem (unknown keys, missing id/type/label, unknown types,
    /// duplicate ids, bad options, defaults, patterns and bounds, missing translations, `ask_when` conditions that
    /// do not parse or type-check) is reported at once, each with its `file:line:col`. Every label, help text and
    /// check message must be given in each of `languages` (the library's, `library.yaml`); others may be given too.
    public static func load(
        _ data: Data, file: String, languages: [Language] = Language.allCases
    ) throws(DiagnosticError) -> Questionnaire {
        guard let root = try YAMLReader.read(data, file: file) else {
            throw DiagnosticError(
                Message(.questionnaireEmpty),
                at: SourceLocation(file: file, line: 1, column: 1))
        }
        var reader = QuestionnaireReader(file: file, languages: languages)
        let questionnaire = reader.read(root)
        if !reader.diagnostics.isEmpty { throw DiagnosticError(reader.diagnostics) }
        return questionnaire
    }
}
