import AgreementKit

/// The text of a clause as its author wrote it, for `clauses show`.
enum ClauseSourceText {
    static func section(of clause: ClauseFile, language: Language) -> String? {
        clause.sources[language].map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    }
}
