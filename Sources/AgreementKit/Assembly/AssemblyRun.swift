import Foundation

/// The state of one assembly: the trace so far, the terms used, the answers found missing, the clauses used.
struct AssemblyRun {
    let library: ClauseLibrary
    let answers: Answers
    let options: AssemblyOptions
    let evaluator: ConditionEvaluator
    let checker: ConditionChecker
    let formatter: ValueFormatter
    var language: Language { options.language }

    private(set) var trace = ExplanationTrace()
    private(set) var problems: [Diagnostic] = []
    /// Warnings that never stop a final agreement (a contribution naming no party).
    private(set) var warnings: [Diagnostic] = []
    private var usedTerms: [String] = []
    private var usedTermSet: Set<String> = []
    private var missing: [AnswerPath: MissingAnswer] = [:]
    private var missingOrder: [AnswerPath] = []
    private var clausesUsed: [ClauseFile] = []
    /// The annexes attached separately, as their headings read: "Bilaga 8 – Bidragsbeslut".
    private(set) var separateAnnexes: [String] = []

    /// Creates a run; `parties` are the outline's party lists, which the budget figures name.
    init(library: ClauseLibrary, answers: Answers, options: AssemblyOptions, parties: [PartySource] = []) {
        self.library = library
        self.answers = answers
        self.options = options
        // The text sees the answers with the computed budget figures; the figures that do not add up are errors in
        // a final agreement and warnings in a draft.
        let figures = BudgetFigures(
            answers: answers, parties: parties.map { BudgetFigures.PartyList(list: $0.list, role: $0.role) })
        var seen = answers
        seen.values.merge(figures.values) { _, computed in computed }
        for problem in figures.problems {
            let diagnostic = Diagnostic(
                options.final && !problem.isWarning ? .error : .warning, problem.message, at: problem.location,
                file: problem.location == nil ? answers.file : nil)
            if problem.isWarning { warnings.append(diagnostic) } else { problems.append(diagnostic) }
        }
        evaluator = ConditionEvaluator(answers: seen, questionnaire: library.questionnaire)
        checker = ConditionChecker(questionnaire: library.questionnaire)
        formatter = ValueFormatter(language: options.language)
    }

    // MARK: Outline

    mutating func agreement(_ outline: AgreementOutline) -> Agreement {
        let parties = self.parties(outline)
        var blocks: [Block] = []
        var definitionsAt: (index: Int, id: String, title: String)?
        // The annexes' texts follow the agreement, wherever the annex list stands.
        var annexTexts: [Block] = []
        for item in outline.items {
            switch item {
            case .title:
                blocks.append(.title(TitleBlock(title: [.text(outline.title[language] ?? outline.id)])))
            case .parties:
                blocks.append(.parties(PartyBlock()))
            case .clause(let id, let when, let location):
                guard let file = library.clause(id) else {
                    problems.append(
                        Diagnostic(.error, "the outline names clause '\(id)', which does not exist", at: location))
                    continue
                }
                if let when, !decide(when, subject: "clause \(id) (outline)", depth: 0, location: location) { continue }
                if let block = clauseIfApplicable(file, depth: 0, subject: "clause \(id)") { blocks.append(block) }
            case .slot(let id, let when, let location):
                if let when, !decide(when, subject: "slot \(id)", depth: 0, location: location) { continue }
                if let block = slot(id, location: location) { blocks.append(block) }
            case .definitions(let id, let title, let location):
                definitionsAt = (blocks.count, id, title[language] ?? id)
                trace.entries.append(
                    ExplanationEntry(depth: 0, subject: "definitions \(id)", decision: .included, location: location))
            case .pageBreak:
                blocks.append(.pageBreak)
            case .signatures:
                blocks.append(.signatures(SignatureBlock(signatures: parties.map(\.signature))))
            case .annexes(let annexes):
                var list: [Annex] = []
                for annex in annexes {
                    if let when = annex.when,
                        !decide(when, subject: "annex \(annex.id)", depth: 0, location: annex.location)
                    {
                        continue
                    }
                    if annex.when == nil {
                        trace.entries.append(
                            ExplanationEntry(
                                depth: 0, subject: "annex \(annex.id)", decision: .included, location: annex.location))
                    }
                    list.append(Annex(id: annex.id, title: [.text(annex.title[language] ?? annex.id)]))
                    let text = annexText(annex)
                    if text.isAttachedSeparately {
                        separateAnnexes.append(
                            language.words.text(.documentAnnexLabel, ["n": String(list.count)])
                                + language.words.text(.documentAnnexTitleSeparator)
                                + (annex.title[language] ?? annex.id))
                    }
                    annexTexts.append(.annex(text))
                }
                if !list.isEmpty { blocks.append(.annexes(AnnexList(annexes: list))) }
            }
        }
        blocks += annexTexts
        if let at = definitionsAt {
            blocks.insert(definitionsClause(id: at.id, title: at.title), at: at.index)
        }
        blocks = resolveReferences(blocks)
        var provenance = [
            ProvenanceEntry(key: "opi.library", value: library.name),
            ProvenanceEntry(key: "opi.library-version", value: library.version.description),
            ProvenanceEntry(key: "opi.agreement-type", value: "\(outline.id)@\(outline.version)"),
            ProvenanceEntry(
                key: "opi.clauses", value: clausesUsed.map { "\($0.id)@\($0.version)" }.joined(separator: ", ")),
            ProvenanceEntry(key: "opi.answers-sha256", value: CanonicalAnswers.hash(answers)),
        ]
        if let name = answers.sourceName ?? answers.file.map({ ($0 as NSString).lastPathComponent }) {
            provenance.append(ProvenanceEntry(key: "opi.answers-file", value: name))
        }
        let metadata = AgreementMetadata(
            title: outline.title[language] ?? outline.id, language: language,
            date: outline.dateQuestion.flatMap { id in
                if case .date(let d)? = evaluator.resolve(AnswerPath(id)) { return d }
                return nil
            },
            status: options.final ? .final : .draft, parties: parties.map(\.party), provenance: provenance)
        return Agreement(metadata: metadata, blocks: blocks)
    }

    /// Evaluates a condition and records the decision; returns whether it holds.
    private mutating func decide(
        _ condition: Condition, subject: String, depth: Int, location: SourceLocation?,
        scope: AssemblyScope = AssemblyScope()
    ) -> Bool {
        let outcome = evaluator.evaluate(condition, scope: scope.values)
        trace.entries.append(
            ExplanationEntry(
                depth: depth, subject: subject, decision: outcome.value ? .included : .excluded,
                condition: condition.source, consulted: outcome.consulted, location: location ?? condition.location))
        return outcome.value
    }

    private mutating func clauseIfApplicable(_ file: ClauseFile, depth: Int, subject: String) -> Block? {
        if let when = file.when {
            guard decide(when, subject: subject, depth: depth, location: file.location) else { return nil }
        } else {
            trace.entries.append(
                ExplanationEntry(depth: depth, subject: subject, decision: .included, location: file.location))
        }
        return clauseBlock(file, depth: depth + 1)
    }

    private mutating func slot(_ id: String, location: SourceLocation) -> Block? {
        let candidates = library.slot(id)
        let slotIndex = trace.entries.count
        trace.entries.append(ExplanationEntry(depth: 0, subject: "slot \(id)", decision: .excluded, location: location))
        var chosen: Block?
        for file in candidates {
            if chosen != nil {
                trace.entries.append(
                    ExplanationEntry(
                        depth: 1, subject: "clause \(file.id)", decision: .notReached, condition: file.when?.source,
                        location: file.location))
                continue
            }
            chosen = clauseIfApplicable(file, depth: 1, subject: "clause \(file.id)")
        }
        if let chosen, case .clause(let clause) = chosen {
            trace.entries[slotIndex].decision = .included
            trace.entries[slotIndex].subject = "slot \(id) → \(clause.id)"
        } else {
            problems.append(Diagnostic(.warning, "no clause of slot '\(id)' applies to these answers", at: location))
        }
        return chosen
    }

    // MARK: Parties

    struct AssembledParty {
        var party: Party
        var signature: Signature
    }

    private mutating func parties(_ outline: AgreementOutline) -> [AssembledParty] {
        var out: [AssembledParty] = []
        for source in outline.parties {
            guard case .list(let records)? = evaluator.resolve(AnswerPath(source.list)) else {
                let question = library.questionnaire.question(source.list)
                // An optional party list (knowledge institutions, facilitators) may be left out; a required one is missing.
                if question?.required ?? true {
                    noteMissing(
                        AnswerPath(source.list), label: question.map { $0.label[language] ?? $0.id } ?? source.list,
                        at: source.location)
                }
                continue
            }
            let question = library.questionnaire.question(source.list)
            for (i, record) in records.enumerated() {
                func field(_ name: String) -> String? {
                    guard let value = record[name] else { return nil }
                    let text = formatter.plain(value, question?.field(name))
                    return text.isEmpty ? nil : text
                }
                let path = AnswerPath(source.list).index(i)
                let name =
                    field("name")
                    ?? {
                        let label = question?.field("name")?.label[language] ?? "name"
                        noteMissing(path.key("name"), label: label, at: source.location)
                        return "[\(label)]"
                    }()
                let id = "\(source.list)-\(i + 1)"
                // A Danish party's CVR number stands where a Swedish party's organisation number does.
                let organisationNumber = field("organisation_number")
                let cvr = field("cvr_number")
                let danish: Bool = {
                    if case .choice("dk")? = record["country"] { return true }
                    return false
                }()
                let useCVR = cvr != nil && (organisationNumber == nil || danish)
                out.append(
                    AssembledParty(
                        party: Party(
                            id: id, name: name, role: source.role,
                            organisationNumber: useCVR ? cvr : organisationNumber,
                            organisationNumberKind: useCVR ? .cvr : nil,
                            address: field("address"), shortName: field("short_name")),
                        signature: Signature(
                            party: id, name: field("signatory_name"), title: field("signatory_title"),
                            place: field("signing_place"))))
            }
        }
        return out
    }

    // MARK: Annexes

    /// An annex's text from its clause file, whose `##` sub-clauses are the annex's clauses 1, 2 …; an annex without
    /// a clause file is attached separately.
    private mutating func annexText(_ annex: OutlineAnnex) -> AnnexContent {
        guard let id = annex.clause else { return AnnexContent(annex: annex.id, body: nil) }
        guard let file = library.clause(id) else {
            problems.append(
                Diagnostic(
                    .error, "the annex '\(annex.id)' names clause '\(id)', which does not exist", at: annex.location))
            return AnnexContent(annex: annex.id, body: nil)
        }
        clausesUsed.append(file)
        trace.entries.append(
            ExplanationEntry(depth: 1, subject: "clause \(file.id)", decision: .included, location: file.location))
        guard let body = file.bodies[language] else {
            problems.append(
                Diagnostic(.error, "clause '\(file.id)' has no '\(language.rawValue)' text", at: file.location))
            return AnnexContent(annex: annex.id, body: [])
        }
        return AnnexContent(annex: annex.id, body: blocks(body, clauseID: file.id, scope: AssemblyScope(), depth: 1))
    }

    // MARK: Clauses

    private mutating func clauseBlock(_ file: ClauseFile, depth: Int) -> Block {
        clausesUsed.append(file)
        var heading: [Inline] = [.text(file.title[language] ?? file.id)]
        if !options.final, let note = file.note?[language] {
            heading.append(.note(DraftingNote(text: note)))
        }
        guard let body = file.bodies[language] else {
            problems.append(
                Diagnostic(.error, "clause '\(file.id)' has no '\(language.rawValue)' text", at: file.location))
            return .clause(Clause(id: file.id, heading: heading, body: []))
        }
        return .clause(
            Clause(
                id: file.id, heading: heading,
                body: blocks(body, clauseID: file.id, scope: AssemblyScope(), depth: depth)))
    }

    private mutating func blocks(_ list: [TemplateBlock], clauseID: String, scope: AssemblyScope, depth: Int) -> [Block]
    {
        var out: [Block] = []
        for block in list {
            switch block {
            case .paragraph(let content, _):
                out.append(.paragraph(inlines(content, scope: scope, depth: depth)))
            case .subclause(let sub):
                let id = (sub.id ?? "\(clauseID)-l\(sub.location.line)") + scope.idSuffix
                out.append(
                    .clause(
                        Clause(
                            id: id, heading: sub.heading.map { inlines($0, scope: scope, depth: depth) },
                            body: blocks(sub.body, clauseID: clauseID, scope: scope, depth: depth))))
            case .list(let list):
                out.append(.list(self.list(list, scope: scope, depth: depth)))
            case .table(let table):
                out.append(
                    .table(
                        Table(
                            header: table.header.map {
                                TableRow(cells: $0.map { inlines($0, scope: scope, depth: depth) })
                            },
                            rows: table.rows.map {
                                TableRow(cells: $0.map { inlines($0, scope: scope, depth: depth) })
                            },
                            widths: table.widths)))
            case .conditional(let branches, let otherwise):
                if let chosen = branch(branches, otherwise: otherwise, scope: scope, depth: depth) {
                    Self.append(blocks(chosen, clauseID: clauseID, scope: scope, depth: depth), joining: &out)
                }
            case .loop(let loop):
                for (element, inner) in iterations(
                    loop.variable, loop.list, location: loop.location, scope: scope, depth: depth)
                {
                    _ = element
                    Self.append(blocks(loop.body, clauseID: clauseID, scope: inner, depth: depth), joining: &out)
                }
            }
        }
        return out
    }

    /// Appends the blocks an `{{if}}` or `{{for}}` produced; table rows (without a header) and list items that
    /// directly follow a table with as many columns, or a list of the same kind, continue it.
    static func append(_ produced: [Block], joining out: inout [Block]) {
        for block in produced {
            switch (out.last, block) {
            case (.table(var table)?, .table(let rows))
            where rows.header == nil && table.columnCount == rows.columnCount:
                table.rows += rows.rows
                out[out.count - 1] = .table(table)
            case (.list(var list)?, .list(let more)) where list.kind == more.kind:
                list.items += more.items
                out[out.count - 1] = .list(list)
            default:
                out.append(block)
            }
        }
    }

    private mutating func list(_ list: TemplateList, scope: AssemblyScope, depth: Int) -> ListBlock {
        ListBlock(
            kind: list.kind,
            items: list.items.map { item in
                ListItem(
                    content: inlines(item.content, scope: scope, depth: depth),
                    children: item.children.map { self.list($0, scope: scope, depth: depth) })
            })
    }

    /// Chooses the branch of an `if` whose condition holds, recording each test.
    private mutating func branch<T>(_ branches: [TemplateBranch<T>], otherwise: [T]?, scope: AssemblyScope, depth: Int)
        -> [T]?
    {
        for (i, branch) in branches.enumerated() {
            if decide(
                branch.condition, subject: i == 0 ? "if" : "elif", depth: depth, location: branch.condition.location,
                scope: scope)
            {
                return branch.content
            }
        }
        return otherwise
    }

    /// The scopes of a `for` loop, one per element of the list answer.
    private mutating func iterations(
        _ variable: String, _ list: ValueReference, location: SourceLocation, scope: AssemblyScope, depth: Int
    ) -> [(AnswerRecord, AssemblyScope)] {
        let value = evaluator.resolve(list.path, scope: scope.values)
        let records: [AnswerRecord]
        if case .list(let r)? = value { records = r } else { records = [] }
        let listPath = answerPath(list.path, scope: scope)
        trace.entries.append(
            ExplanationEntry(
                depth: depth, subject: "for \(variable) in \(list.path.dotted)", decision: .repeated,
                consulted: [ConsultedValue(path: "count(\(listPath))", value: String(records.count))],
                location: location))
        let question = checker.type(of: list.path, scope: scope.questions)
        // An optional list left unanswered has no records; a required one is a missing answer.
        if value == nil, question?.required ?? true {
            noteMissing(listPath, label: label(for: list.path, scope: scope), at: list.location)
        }
        return records.enumerated().map { i, record in
            var inner = scope
            inner.values[variable] = .record(record)
            if let question { inner.questions[variable] = question }
            inner.paths[variable] = listPath.index(i)
            inner.idSuffix += "-\(i + 1)"
            return (record, inner)
        }
    }

    // MARK: Inlines

    private mutating func inlines(_ list: [TemplateInline], scope: AssemblyScope, depth: Int) -> [Inline] {
        var out: [Inline] = []
        for inline in list {
            switch inline {
            case .text(let s): out.append(.text(s))
            case .emphasis(let c): out.append(.emphasis(inlines(c, scope: scope, depth: depth)))
            case .strong(let c): out.append(.strong(inlines(c, scope: scope, depth: depth)))
            case .term(let id, let display, _):
                useTerm(id)
                out.append(.termUse(term: id, content: [.text(display ?? termWord(id))]))
            case .definition(let id, _):
                useTerm(id)
                out.append(.definition(term: id, content: [.text(termWord(id))]))
            case .reference(let target, let form, _):
                out.append(.reference(CrossReference(target: target, form: form)))
            case .value(let reference):
                out.append(value(reference, scope: scope))
            case .conditional(let branches, let otherwise):
                if let chosen = branch(branches, otherwise: otherwise, scope: scope, depth: depth) {
                    out += inlines(chosen, scope: scope, depth: depth)
                }
            case .loop(let loop):
                for (_, inner) in iterations(
                    loop.variable, loop.list, location: loop.location, scope: scope, depth: depth)
                {
                    out += inlines(loop.body, scope: inner, depth: depth)
                }
            case .blank(let label, _): out.append(.blank(Blank(name: "blank", label: label)))
            case .note(let text, _): if !options.final { out.append(.note(DraftingNote(text: text))) }
            case .lineBreak: out.append(.lineBreak)
            }
        }
        return out
    }

    private mutating func value(_ reference: ValueReference, scope: AssemblyScope) -> Inline {
        let path = answerPath(reference.path, scope: scope)
        guard let value = evaluator.resolve(reference.path, scope: scope.values) else {
            let label = label(for: reference.path, scope: scope)
            noteMissing(path, label: label, at: reference.location)
            return .blank(Blank(name: path.description, label: label))
        }
        let question = checker.type(of: reference.path, scope: scope.questions)
        switch formatter.format(value, question: question, filters: reference.filters) {
        case .success(let text):
            return .text(text)
        case .failure(let mismatch):
            problems.append(
                Diagnostic(
                    .error, "the filter '\(mismatch.filter.rawValue)' does not apply to \(mismatch.value) ('\(path)')",
                    at: reference.location))
            return .text(formatter.plain(value, question))
        }
    }

    /// The answer a reference stands for: `s.name` inside a loop over `suppliers` is `suppliers[1].name`.
    private func answerPath(_ reference: AnswerPath, scope: AssemblyScope) -> AnswerPath {
        scope.paths[reference.root].map { $0.appending(reference.rest) } ?? reference
    }

    private func label(for path: AnswerPath, scope: AssemblyScope) -> String {
        checker.type(of: path, scope: scope.questions)?.label[language] ?? path.dotted
    }

    private mutating func noteMissing(_ path: AnswerPath, label: String, at location: SourceLocation) {
        if missing[path] == nil {
            missing[path] = MissingAnswer(path: path, label: label)
            missingOrder.append(path)
        }
        if !(missing[path]?.usedAt.contains(location) ?? true) { missing[path]?.usedAt.append(location) }
    }

    /// The answers the text needed and did not get; with `includingUnused`, also required questions left unanswered.
    func missingAnswers(includingUnused: Bool = false) -> [MissingAnswer] {
        var out = missingOrder.compactMap { missing[$0] }
        if includingUnused {
            for path in answers.missingAnswers(in: library.questionnaire) where missing[path] == nil {
                let label = library.questionnaire.question(path.root)?.label[language] ?? path.description
                out.append(MissingAnswer(path: path, label: label))
            }
        }
        return out
    }

    // MARK: Terms

    private func termWord(_ id: String) -> String {
        library.terms[id]?.word[language] ?? id
    }

    private mutating func useTerm(_ id: String) {
        if usedTermSet.insert(id).inserted { usedTerms.append(id) }
    }

    /// The definitions clause: exactly the terms used, in the language's alphabetical order. Terms used only inside
    /// other definitions are included too.
    private mutating func definitionsClause(id: String, title: String) -> Block {
        var rendered: [String: [Inline]] = [:]
        var index = 0
        while index < usedTerms.count {
            let term = usedTerms[index]
            index += 1
            guard let definition = library.terms[term]?.definition[language] else { continue }
            rendered[term] = inlines(definition, scope: AssemblyScope(), depth: 1)
        }
        let sorted = usedTerms.filter { library.terms[$0] != nil }.sorted {
            Collation.precedes(termWord($0), termWord($1), in: language)
        }
        let body: [Block] = sorted.map { term in
            .clause(
                Clause(
                    id: "\(id)-\(term)",
                    body: [
                        .paragraph(
                            [.definition(term: term, content: [.text(capitalized(termWord(term)))]), .text(" ")]
                                + (rendered[term] ?? []))
                    ]))
        }
        return .clause(Clause(id: id, heading: [.text(title)], body: body))
    }

    private func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    // MARK: References

    /// Replaces references to clauses the answers left out with a blank, and reports each.
    private mutating func resolveReferences(_ blocks: [Block]) -> [Block] {
        var ids: Set<String> = []
        blocks.forEachBlock { block, _ in
            switch block {
            case .clause(let c): ids.insert(c.id)
            case .annexes(let a): a.annexes.forEach { ids.insert($0.id) }
            default: break
            }
        }
        var dangling: [String] = []
        let fixed = blocks.rewritingInlines { inline in
            guard case .reference(let r) = inline, !ids.contains(r.target) else { return nil }
            dangling.append(r.target)
            return [
                .blank(
                    Blank(name: "ref-\(r.target)", label: language.words.text(.documentLeftOut, ["target": r.target])))
            ]
        }
        for target in Set(dangling).sorted() {
            problems.append(
                Diagnostic(
                    .error, "the text refers to '\(target)', which these answers leave out of the agreement",
                    file: answers.file))
        }
        return fixed
    }
}
