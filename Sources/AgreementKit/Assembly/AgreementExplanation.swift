/// What `opi-agreement explain` tells a lawyer, in the agreement's language: one line per clause and annex of the
/// outline as numbered in the document ("punkt 6 Resultat och immateriella rättigheter: med eftersom Vem ska äga
/// resultaten? (results_model) = Varje part äger sina resultat"), the other versions of each alternative clause, the
/// warnings that apply, the answers still missing, and a legend of "included", "left out" and "not reached".
///
/// It reads the assembler's trace (`ExplanationTrace`, the machine form `explain --format json` prints) and words it;
/// the decisions inside a clause's text (`if`, `for`) are in the trace only.
public struct AgreementExplanation: Sendable {
    /// The library the agreement was assembled from.
    public let library: ClauseLibrary
    /// The answers.
    public let answers: Answers
    /// The assembled agreement and its trace.
    public let result: AssemblyResult
    /// The language of the explanation (the agreement's).
    public let language: Language

    /// Explains `result`, assembled from `answers` with `library`, in `language`.
    public init(library: ClauseLibrary, answers: Answers, result: AssemblyResult, language: Language) {
        self.library = library
        self.answers = answers
        self.result = result
        self.language = language
    }

    private var words: Words { language.words }

    /// The explanation as text, one line per decision, then the warnings, the missing answers and the legend.
    public var text: String {
        var lines = [words.text(.explainHeader, ["file": answers.file ?? words.text(.explainAnswers)]), ""]
        lines += decisions
        lines.append("")
        let warnings = self.warnings
        if warnings.isEmpty {
            lines.append(words.text(.explainNoWarnings))
        } else {
            lines.append(words.text(.explainWarnings))
            lines += warnings.map { "- " + $0 }
        }
        if !result.missing.isEmpty || !result.missingTranslations.isEmpty {
            lines += ["", words.text(.explainMissing)]
            let naming = AnswerName(questionnaire: library.questionnaire, answers: answers, language: language)
            lines += result.missing.map { "- " + naming.name($0.path) }
            // "- engelsk text saknas: Behov (project_need)".
            lines += result.missingTranslations.map {
                "- "
                    + words.text(
                        .documentMissingTranslation,
                        ["language": words.languageName($0.language.rawValue), "label": naming.name($0.path)])
            }
        }
        lines += [
            "", words.text(.explainLegend), "- " + words.text(.explainLegendIncluded),
            "- " + words.text(.explainLegendExcluded), "- " + words.text(.explainLegendNotReached),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Decisions

    /// One line per clause, alternative and annex of the outline, in document order.
    var decisions: [String] {
        let places = Places(result.agreement)
        var lines: [String] = []
        // The condition of a clause the outline includes only sometimes (`clause: pilot` with `when:`) is traced
        // before the clause; it is the reason the clause is in.
        var outlineReason: [String: ExplanationEntry] = [:]
        var inSlot = false
        for entry in result.trace.entries {
            let parts = entry.subject.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let (kind, rest) = (parts[0], parts[1])
            if entry.depth == 0 { inSlot = false }
            switch kind {
            case "clause" where entry.depth == 0:
                if rest.hasSuffix(" (outline)") {
                    let id = String(rest.dropLast(" (outline)".count))
                    if entry.decision == .excluded {
                        lines.append(line(subject: unplacedTitle(clause: id), entry))
                    } else {
                        outlineReason[id] = entry
                    }
                } else {
                    let reason = outlineReason[rest].map { entry.condition == nil ? $0 : entry } ?? entry
                    lines.append(line(subject: places.clause(rest) ?? unplacedTitle(clause: rest), reason))
                }
            case "clause" where inSlot && entry.depth == 1:
                // The version chosen is the slot's own line; the others are listed by what would choose them.
                if entry.decision == .included { continue }
                lines.append("  " + line(subject: alternative(rest), entry))
            case "slot":
                inSlot = true
                if let arrow = rest.range(of: " → ") {
                    let chosen = String(rest[arrow.upperBound...])
                    // The chosen version's own condition is the reason the slot holds it.
                    let reason =
                        result.trace.entries.first {
                            $0.depth == 1 && $0.subject == "clause \(chosen)" && $0.decision == .included
                        } ?? entry
                    lines.append(line(subject: places.clause(chosen) ?? unplacedTitle(clause: chosen), reason))
                } else if entry.decision == .excluded {
                    // A slot without a clause: its outline condition does not hold, or no version applies.
                    lines.append(line(subject: unplacedTitle(slot: rest), entry))
                }
            case "definitions":
                lines.append(line(subject: places.clause(rest) ?? rest, entry))
            case "annex":
                lines.append(
                    line(subject: places.annex(rest, title: annexTitle(rest)) ?? unplacedTitle(annex: rest), entry))
            default:
                continue
            }
        }
        return lines
    }

    /// "subject: decision because answers".
    private func line(subject: String, _ entry: ExplanationEntry) -> String {
        let decision: String
        switch entry.decision {
        case .included, .repeated:
            decision =
                entry.condition == nil
                ? words.text(.explainAlways) : because(words.text(.explainIncluded), entry.consulted)
        case .excluded: decision = because(words.text(.explainExcluded), entry.consulted)
        case .notReached: decision = words.text(.explainNotReached)
        }
        return words.text(.explainLine, ["subject": subject, "decision": decision])
    }

    private func because(_ decision: String, _ consulted: [ConsultedValue]) -> String {
        guard !consulted.isEmpty else { return decision }
        let answers = consulted.map(value).joined(separator: words.text(.explainAnd))
        return words.text(.explainBecause, ["decision": decision, "answers": answers])
    }

    /// "Vem ska äga resultaten? (results_model) = Varje part äger sina resultat".
    private func value(_ consulted: ConsultedValue) -> String {
        let naming = AnswerName(questionnaire: library.questionnaire, answers: answers, language: language)
        guard let path = AnswerPath(dotted: consulted.path) else {
            return words.text(.explainValue, ["answer": consulted.path, "value": consulted.value])
        }
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: library.questionnaire)
        let text: String
        if let resolved = evaluator.resolve(path), let question = question(at: path) {
            var shown = QuestionDescription(language: language).display(resolved, question)
            if case .list(let records) = resolved, records.count == 1 {
                shown = words.text(.questionsOneEntry, ["n": "1"])
            }
            text = answers[path.root] == nil ? words.text(.explainDefault, ["value": shown]) : shown
        } else if evaluator.resolve(path) == nil {
            text = words.text(.explainUnanswered)
        } else {
            text = consulted.value
        }
        return words.text(.explainValue, ["answer": naming.name(path), "value": text])
    }

    /// The question or field a path names (`suppliers.country`: the field `country`).
    private func question(at path: AnswerPath) -> Question? {
        guard var question = library.questionnaire.question(path.root) else { return nil }
        for case .key(let key) in path.rest {
            guard let field = question.field(key) else { return nil }
            question = field
        }
        return question
    }

    /// "alternativet för Vem ska äga resultaten? = Full öppenhet": a version of an alternative clause named by the
    /// answer that chooses it, when its condition is one answer equal to one option; by its title and id otherwise.
    private func alternative(_ id: String) -> String {
        if let when = library.clause(id)?.when, case .compare(let left, .equal, let right) = when.expression.kind,
            case .path(let path) = left.kind, case .string(let value) = right.kind,
            let question = question(at: path)
        {
            let naming = AnswerName(questionnaire: library.questionnaire, answers: answers, language: language)
            let option = QuestionDescription(language: language).label(value, of: question)
            return words.text(
                .explainAlternative,
                ["condition": words.text(.explainValue, ["answer": naming.name(path), "value": option])])
        }
        return words.text(.explainAlternative, ["condition": "\(title(clause: id)) (\(id))"])
    }

    // MARK: Titles

    private func title(clause id: String) -> String {
        library.clause(id)?.readableTitle(language) ?? id
    }

    private func annexTitle(_ id: String) -> String {
        for outline in library.outlines.values {
            for case .annexes(let annexes) in outline.items {
                if let annex = annexes.first(where: { $0.id == id }) { return annex.title[language] ?? id }
            }
        }
        return id
    }

    private func unplacedTitle(clause id: String) -> String {
        words.text(.explainNotInDocument, ["title": title(clause: id)])
    }

    private func unplacedTitle(slot id: String) -> String {
        words.text(.explainNotInDocument, ["title": library.slot(id).first?.readableTitle(language) ?? id])
    }

    private func unplacedTitle(annex id: String) -> String {
        words.text(.explainNotInDocument, ["title": annexTitle(id)])
    }

    // MARK: Warnings

    /// The warnings that apply: the checks these answers fire, the risky choices made (`ChoiceWarning`), and the
    /// notes of the clauses included that are warnings.
    var warnings: [String] {
        var out: [String] = []
        let describe = QuestionDescription(language: language)
        for check in library.questionnaire.firedChecks(answers) {
            out.append(words.text(.explainCheck, ["message": describe.message(check)]))
        }
        let naming = AnswerName(questionnaire: library.questionnaire, answers: answers, language: language)
        for warning in library.questionnaire.choiceWarnings(answers) {
            out.append(
                words.text(
                    .explainChoiceWarning,
                    [
                        "answer": naming.name(warning.path),
                        "value": describe.label(warning.option),
                        "warning": describe.text(warning.text, or: ""),
                    ]))
        }
        let places = Places(result.agreement)
        for id in places.order {
            guard let note = library.clause(id)?.note?[language], ChoiceWarning.isWarning(note, in: language) else {
                continue
            }
            out.append(words.text(.explainClauseWarning, ["clause": places.clause(id) ?? id, "warning": note]))
        }
        return out
    }

    /// Where each clause and annex stands in the document: "punkt 6.2 Resultat", "Bilaga 2 Personuppgifter".
    private struct Places {
        let layout: DocumentLayout
        let words: Words
        var headings: [String: String] = [:]
        /// The clause ids in document order.
        var order: [String] = []

        init(_ agreement: Agreement) {
            layout = DocumentLayout(agreement)
            words = agreement.metadata.language.words
            var headings: [String: String] = [:]
            var order: [String] = []
            agreement.blocks.forEachBlock { block, _ in
                if case .clause(let clause) = block {
                    headings[clause.id] = clause.heading.map(Inline.plainText) ?? ""
                    order.append(clause.id)
                }
            }
            self.headings = headings
            self.order = order
        }

        /// Nil for a clause not in the document; the layout numbers every clause the walk above finds.
        func clause(_ id: String) -> String? {
            guard let heading = headings[id], let number = layout.number(of: id), number.kind == .clause else {
                return nil
            }
            let text = words.text(.explainClause, ["number": number.numberText, "title": heading])
            return text.trimmingCharacters(in: .whitespaces)
        }

        func annex(_ id: String, title: String) -> String? {
            guard let number = layout.number(of: id), number.kind == .annex else { return nil }
            return words.text(
                .explainAnnex, ["label": layout.vocabulary.annexLabel(number.counters[0]), "title": title])
        }
    }
}
