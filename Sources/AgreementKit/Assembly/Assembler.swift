import Foundation

/// Turns answers into a document model: walks an agreement outline, chooses clauses and alternatives by their
/// conditions, fills values from the answers (always as literal text), builds the definitions clause from the terms
/// the text uses, and records every decision for `explain`.
public struct Assembler: Sendable {
    /// The clause library.
    public let library: ClauseLibrary

    /// Creates an assembler over a library.
    public init(library: ClauseLibrary) {
        self.library = library
    }

    /// Assembles one agreement. Throws when the library and answers cannot make one (an unknown outline, a language
    /// the library lacks) or, for a final agreement, when answers are missing (every one listed) or a check of level
    /// `final` fires (see `AnswerCheck`). The checks that fire and do not block, and the risky choices
    /// (`ChoiceWarning`), come back as `warnings`.
    ///
    /// The agreement reads each translatable answer in `options.language` (`Answers.inLanguage`): one without that
    /// language's text is a blank naming the language in a draft, and an error located at the answer in a final
    /// agreement.
    public func assemble(_ given: Answers, options: AssemblyOptions) throws(DiagnosticError) -> AssemblyResult {
        let outline = try self.outline(options.outline)
        try library.requireLanguage(options.language, file: outline.file)
        let main = options.mainLanguage ?? options.language
        let inLanguage = given.inLanguage(options.language, main: main, questionnaire: library.questionnaire)
        let answers = inLanguage.answers
        var run = AssemblyRun(
            library: library, answers: answers, options: options, parties: outline.parties,
            missingTranslations: inLanguage.missing, answersHash: CanonicalAnswers.hash(given))
        let agreement = run.agreement(outline)
        let partyErrors = library.questionnaire.partyDiagnostics(answers)
        if !run.answerErrors.isEmpty || !partyErrors.isEmpty {
            throw DiagnosticError(run.answerErrors + partyErrors)
        }
        var missing = named(run.missingAnswers(), answers)
        let checks =
            library.questionnaire.checkDiagnostics(answers, language: options.language, final: options.final)
            + languageVersions(answers, options: options)
        if options.final {
            missing = named(run.missingAnswers(includingUnused: true), answers)
            let translationErrors = given.missingTranslationErrors(
                inLanguage.missing, main: main, questionnaire: library.questionnaire)
            if !missing.isEmpty || !run.problems.isEmpty || !translationErrors.isEmpty
                || checks.contains(where: { $0.severity == .error })
            {
                let file = answers.file ?? "answers"
                throw DiagnosticError(
                    run.problems + checks + translationErrors
                        + missing.map { entry in
                            let values: [String: Message.Value] = [
                                "answer": entry.name ?? .text(entry.path.description),
                                "places": .text(entry.usedAt.map(\.description).joined(separator: ", ")),
                            ]
                            return Diagnostic(
                                .error,
                                Message(entry.usedAt.isEmpty ? .buildMissingAnswer : .buildMissingAnswerUsedAt, values),
                                at: answers.location(of: entry.path), file: file)
                        })
            }
        }
        // The risky choices (an option whose help is a warning) never block: a lawyer may choose them knowingly.
        let risky = library.questionnaire.choiceWarningDiagnostics(answers)
        return AssemblyResult(
            agreement: agreement, trace: run.trace, missing: missing, warnings: checks + risky,
            problems: run.problems + run.warnings, separateAnnexes: run.separateAnnexes,
            missingTranslations: inLanguage.missing,
            answersComplete: options.final
                || (inLanguage.missing.isEmpty && run.missingAnswers(includingUnused: true).isEmpty))
    }

    /// The question whose answer says in which languages the agreement is drawn up and which prevails; the general
    /// clause words the prevailing-language sentence from it.
    public static let languageVersionsQuestion = "language_versions"
    /// Its answer for an agreement in one language.
    static let singleLanguageVersion = "single"

    /// A parallel document whose answers say the agreement is drawn up in one language: its general clause would
    /// say so in both columns. An error in a final agreement, a warning in a draft, located at the answer (or the
    /// answers file when the default applies). Nothing for one language, or a library without the question.
    func languageVersions(_ answers: Answers, options: AssemblyOptions) -> [Diagnostic] {
        let id = Self.languageVersionsQuestion
        guard options.languages.isParallel, let question = library.questionnaire.question(id) else { return [] }
        let value = answers[id] ?? question.defaultValue
        guard case .choice(Self.singleLanguageVersion)? = value else { return [] }
        let others = question.options.map(\.value).filter { $0 != Self.singleLanguageVersion }
        return [
            Diagnostic(
                options.final ? .error : .warning,
                Message(
                    .languagesSingleVersion,
                    [
                        "languages": .text(options.languages.description), "question": .text(id),
                        "options": .text(others.joined(separator: ", ")),
                    ]),
                at: answers.location(of: AnswerPath(id)), file: answers.file ?? "answers")
        ]
    }

    /// The missing answers with the names messages give them.
    private func named(_ missing: [MissingAnswer], _ answers: Answers) -> [MissingAnswer] {
        missing.map { entry in
            var entry = entry
            entry.name = AnswerName.value(entry.path, questionnaire: library.questionnaire, answers: answers)
            return entry
        }
    }

    private func outline(_ id: String?) throws(DiagnosticError) -> AgreementOutline {
        if let id {
            guard let outline = library.outlines[id] else {
                throw DiagnosticError(
                    Message(
                        .buildNoType,
                        ["type": .text(id), "types": .text(library.outlines.keys.sorted().joined(separator: ", "))]),
                    file: library.root)
            }
            return outline
        }
        guard library.outlines.count == 1, let only = library.outlines.values.first else {
            throw DiagnosticError(
                Message(.buildSeveralTypes, ["types": .text(library.outlines.keys.sorted().joined(separator: ", "))]),
                file: library.root)
        }
        return only
    }
}
