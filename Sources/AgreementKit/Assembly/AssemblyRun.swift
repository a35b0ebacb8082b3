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
    /// Where the text uses `{{survivors}}`, until the list is filled in once every clause is known.
    private var survivorsUsedAt: [SourceLocation] = []
    /// The short name of each party record that has one, by the record's path (`public_parties[0]`): what the
    /// clause text shows for the party's name.
    private var shortNames: [AnswerPath: String] = [:]
    /// Problems in the answers that stop a draft too (a short name given twice).
    private(set) var answerErrors: [Diagnostic] = []
    /// The annexes attached separately, as their headings read: "Bilaga 8 – Bidragsbeslut".
    private(set) var separateAnnexes: [String] = []

    /// The translatable answers without a text in the agreement's language, by path: blanks naming the language.
    let lackingLanguage: [AnswerPath: Language]
    /// The hash of the answers as given (`CanonicalAnswers`), recorded in the document.
    let answersHash: String

    /// Creates a run; `parties` are the outline's party lists, which the budget figures name. `answers` are read in
    /// the agreement's language (`Answers.inLanguage`), `missingTranslations` the answers that lack it, `answersHash` the
    /// hash of the answers as given (`CanonicalAnswers.hash`, before they are read in the language).
    init(
        library: ClauseLibrary, answers: Answers, options: AssemblyOptions, parties: [PartySource] = [],
        missingTranslations: [MissingTranslation] = [], answersHash: String
    ) {
        self.library = library
        self.answers = answers
        self.options = options
        self.lackingLanguage = Dictionary(missingTranslations.map { ($0.path, $0.language) }) { first, _ in first }
        self.answersHash = answersHash
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
        let date = agreementDate(outline)
        let parties = self.parties(outline, date: date)
        var blocks: [Block] = []
        var definitionsAt: (index: Int, id: String, title: String)?
        // The annexes' texts follow the agreement, wherever the annex list stands.
        var annexTexts: [Block] = []
        for item in outline.items {
            switch item {
            case .title:
                // The agreement's date, when given, stands under the title: "Daterat den 1 mars 2026".
                let dated = date.map {
                    [Inline.text(language.words.text(.documentDated, ["date": formatter.dateInWords($0)]))]
                }
                blocks.append(
                    .title(TitleBlock(title: [.text(text(outline.title, or: outline.id))], subtitle: dated ?? [])))
            case .parties:
                blocks.append(.parties(PartyBlock()))
            case .clause(let id, let when, let location):
                guard let file = library.clause(id) else {
                    problems.append(
                        Diagnostic(
                            .error, Message(.buildNoSuchClause, ["id": .text(id)]), at: location))
                    continue
                }
                if let when, !decide(when, subject: "clause \(id) (outline)", depth: 0, location: location) { continue }
                if let block = clauseIfApplicable(file, depth: 0, subject: "clause \(id)") { blocks.append(block) }
            case .slot(let id, let when, let location):
                if let when, !decide(when, subject: "slot \(id)", depth: 0, location: location) { continue }
                if let block = slot(id, location: location) { blocks.append(block) }
            case .definitions(let id, let title, let location):
                definitionsAt = (blocks.count, id, text(title, or: id))
                trace.entries.append(
                    ExplanationEntry(depth: 0, subject: "definitions \(id)", decision: .included, location: location))
            case .pageBreak:
                blocks.append(.pageBreak)
            case .signatures:
                if let question = outline.signingQuestion {
                    blocks.append(.paragraph([.text(signingLeadIn(question, parties: parties.count))]))
                }
                blocks.append(.signatures(SignatureBlock(signatures: parties.flatMap(\.signatures))))
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
                    list.append(Annex(id: annex.id, title: [.text(self.text(annex.title, or: annex.id))]))
                    let text = annexText(annex)
                    if text.isAttachedSeparately {
                        separateAnnexes.append(
                            language.words.text(.documentAnnexLabel, ["n": String(list.count)])
                                + language.words.text(.documentAnnexTitleSeparator)
                                + self.text(annex.title, or: annex.id))
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
        blocks = fillSurvivors(blocks)
        blocks = resolveReferences(blocks)
        // No file name is recorded: a local path or answers-file name would leak into the document properties; the
        // answers hash ties the document to its answers.
        let provenance = [
            ProvenanceEntry(key: "opi.library", value: library.name),
            ProvenanceEntry(key: "opi.library-version", value: library.version.description),
            ProvenanceEntry(key: "opi.agreement-type", value: "\(outline.id)@\(outline.version)"),
            ProvenanceEntry(
                key: "opi.clauses", value: clausesUsed.map { "\($0.id)@\($0.version)" }.joined(separator: ", ")),
            ProvenanceEntry(key: "opi.answers-sha256", value: answersHash),
        ]
        let metadata = AgreementMetadata(
            title: text(outline.title, or: outline.id), language: language,
            date: date,
            status: options.final ? .final : .draft, parties: parties.map(\.party), provenance: provenance)
        return Agreement(metadata: metadata, blocks: blocks)
    }

    /// Evaluates a condition and records the decision; returns whether it holds.
    private mutating func decide(
        _ condition: Condition, subject: String, depth: Int, location: SourceLocation,
        scope: AssemblyScope = AssemblyScope()
    ) -> Bool {
        let outcome = evaluator.evaluate(condition, scope: scope.values)
        trace.entries.append(
            ExplanationEntry(
                depth: depth, subject: subject, decision: outcome.value ? .included : .excluded,
                condition: condition.source, consulted: outcome.consulted, location: location))
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
            problems.append(
                Diagnostic(.warning, Message(.buildNoClauseOfSlot, ["slot": .text(id)]), at: location))
        }
        return chosen
    }

    // MARK: Parties

    struct AssembledParty {
        var party: Party
        /// One signature per signatory, in order.
        var signatures: [Signature]
    }

    /// The options of the outline's signing question (`signing:`).
    static let signingMethods: Set<String> = ["electronic", "paper"]

    /// The sentence before the signatures: "Detta avtal undertecknas elektroniskt.", or on paper "Detta avtal har
    /// upprättats i tre likalydande exemplar, av vilka Parterna har tagit var sitt." (one counterpart per party).
    private func signingLeadIn(_ question: String, parties: Int) -> String {
        let words = language.words
        guard case .choice("paper")? = evaluator.resolve(AnswerPath(question)) else {
            return words.text(.documentSigningElectronic)
        }
        let numbers = words.list(.numbersWords)
        let count = numbers.indices.contains(parties) ? numbers[parties] : String(parties)
        return words.text(.documentSigningPaper, ["n": count])
    }

    /// The agreement's date: the answer to the outline's date question, if any.
    private func agreementDate(_ outline: AgreementOutline) -> CalendarDate? {
        outline.dateQuestion.flatMap { id in
            if case .date(let d)? = evaluator.resolve(AnswerPath(id)) { return d }
            return nil
        }
    }

    private mutating func parties(_ outline: AgreementOutline, date: CalendarDate?) -> [AssembledParty] {
        var out: [AssembledParty] = []
        var shortNameSeen: [String: (path: AnswerPath, location: SourceLocation?)] = [:]
        for source in outline.parties {
            guard case .list(let records)? = evaluator.resolve(AnswerPath(source.list)) else {
                let question = library.questionnaire.question(source.list)
                // An optional party list (knowledge institutions, facilitators) may be left out; a required one is missing.
                if question?.required ?? true {
                    noteMissing(
                        AnswerPath(source.list), label: label(question, or: source.list),
                        at: source.location)
                }
                continue
            }
            let question = library.questionnaire.question(source.list)
            for (i, record) in records.enumerated() {
                func field(_ name: String) -> String? {
                    guard let value = record[name] else { return nil }
                    if let missingLanguage = lackingLanguage[AnswerPath(source.list).index(i).key(name)] {
                        // A translatable field without the agreement's language, as the blank names it.
                        let label = self.label(question?.field(name), or: name)
                        return Blank(
                            name: name,
                            label: language.words.text(
                                .documentMissingTranslation,
                                ["language": language.words.languageName(missingLanguage.rawValue), "label": label])
                        ).displayText
                    }
                    let text = formatter.plain(value, question?.field(name))
                    return text.isEmpty ? nil : text
                }
                let path = AnswerPath(source.list).index(i)
                let recordLocation =
                    record.locations.values.min { ($0.line, $0.column) < ($1.line, $1.column) }
                    ?? answers.locations[source.list]
                let name =
                    field("name")
                    ?? {
                        let label = self.label(question?.field("name"), or: "name")
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
                let shortName = field("short_name")
                if let shortName {
                    let key = shortName.lowercased()
                    if let first = shortNameSeen[key] {
                        answerErrors.append(
                            Diagnostic(
                                .error,
                                Message(
                                    .answersShortNameTwice,
                                    [
                                        "answer": self.name(path.key("short_name")), "name": .text(shortName),
                                        "first": self.name(first.path.prefix(first.path.rest.count - 1)),
                                    ]),
                                at: record.locations["short_name"] ?? recordLocation, file: answers.file))
                        if let firstLocation = first.location {
                            answerErrors.append(
                                Diagnostic(
                                    .note, Message(.answersShortNameFirst, texts: ["name": shortName]),
                                    at: firstLocation))
                        }
                    } else {
                        shortNameSeen[key] = (path.key("short_name"), record.locations["short_name"])
                        shortNames[path] = shortName
                    }
                }
                // One signature per signatory; the signatories of a party with several sign jointly. A party
                // without signatories gets one signature with lines to fill in.
                var signatories: [(name: String?, title: String?)] = [
                    (field("signatory_name"), field("signatory_title")),
                    (field("second_signatory_name"), field("second_signatory_title")),
                ].filter { $0.name != nil || $0.title != nil }
                if signatories.isEmpty { signatories = [(nil, nil)] }
                let signingDate: CalendarDate? = {
                    if case .date(let d)? = record["signing_date"] { return d }
                    return date
                }()
                if options.final, let question {
                    finalPartyProblems(
                        name: name, path: path, record: record, list: question, danish: danish,
                        hasSignatory: signatories.contains { $0.name != nil }, at: recordLocation)
                }
                out.append(
                    AssembledParty(
                        party: Party(
                            id: id, name: name, role: source.role,
                            organisationNumber: useCVR ? cvr : organisationNumber,
                            organisationNumberKind: useCVR ? .cvr : nil,
                            address: field("address"), shortName: shortName),
                        signatures: signatories.map {
                            Signature(
                                party: id, name: $0.name, title: $0.title, place: field("signing_place"),
                                date: signingDate, jointly: signatories.count > 1)
                        }))
            }
        }
        return out
    }

    /// What a final agreement needs of every party whose list asks for it: at least one signatory (`signatory_name`),
    /// and its organisation number (a Swedish party) or CVR number (a Danish party); each missing one is an error
    /// at the party's record.
    private mutating func finalPartyProblems(
        name: String, path: AnswerPath, record: AnswerRecord, list: Question, danish: Bool, hasSignatory: Bool,
        at location: SourceLocation?
    ) {
        if !hasSignatory, list.field("signatory_name") != nil {
            problems.append(
                Diagnostic(
                    .error, Message(.buildNoSignatory, ["party": self.name(path)]), at: location,
                    file: answers.file))
        }
        let number = danish ? "cvr_number" : "organisation_number"
        if record[number] == nil, list.field(number) != nil {
            problems.append(
                Diagnostic(
                    .error,
                    Message(
                        danish ? .buildNoCVRNumber : .buildNoOrganisationNumber,
                        ["party": self.name(path)]), at: location, file: answers.file))
        }
    }

    /// How messages name the answer or record at `path` (`AnswerName`).
    private func name(_ path: AnswerPath) -> Message.Value {
        AnswerName.value(path, questionnaire: library.questionnaire, answers: answers)
    }

    // MARK: Annexes

    /// An annex's text from its clause file, whose `##` sub-clauses are the annex's clauses 1, 2 …; an annex without
    /// a clause file is attached separately.
    private mutating func annexText(_ annex: OutlineAnnex) -> AnnexContent {
        guard let id = annex.clause else { return AnnexContent(annex: annex.id, body: nil) }
        guard let file = library.clause(id) else {
            problems.append(
                Diagnostic(
                    .error, Message(.buildAnnexNoSuchClause, texts: ["annex": annex.id, "id": id]), at: annex.location))
            return AnnexContent(annex: annex.id, body: nil)
        }
        clausesUsed.append(file)
        trace.entries.append(
            ExplanationEntry(depth: 1, subject: "clause \(file.id)", decision: .included, location: file.location))
        guard let body = body(of: file) else { return AnnexContent(annex: annex.id, body: []) }
        return AnnexContent(annex: annex.id, body: blocks(body, clauseID: file.id, scope: AssemblyScope(), depth: 1))
    }

    // MARK: Clauses

    private mutating func clauseBlock(_ file: ClauseFile, depth: Int) -> Block {
        clausesUsed.append(file)
        var heading: [Inline] =
            file.titleMarkup(language).map { inlines($0, scope: AssemblyScope(), depth: depth) } ?? [.text(file.id)]
        if !options.final, let note = file.note?[language] {
            heading.append(.note(DraftingNote(text: note)))
        }
        guard let body = body(of: file) else { return .clause(Clause(id: file.id, heading: heading, body: [])) }
        return .clause(
            Clause(
                id: file.id, heading: heading,
                body: blocks(body, clauseID: file.id, scope: AssemblyScope(), depth: depth)))
    }

    /// A clause file's body in the agreement's language (parsed now when the library was read without its bodies);
    /// nil, with the problem noted, when the file has none or it does not parse.
    private mutating func body(of file: ClauseFile) -> [TemplateBlock]? {
        do throws(DiagnosticError) {
            if let body = try file.body(in: language) { return body }
            problems.append(
                Diagnostic(
                    .error, Message(.buildClauseNoLanguage, texts: ["id": file.id, "language": language.rawValue]),
                    at: file.location))
        } catch {
            problems += error.diagnostics
        }
        return nil
    }

    private mutating func blocks(_ list: [TemplateBlock], clauseID: String, scope: AssemblyScope, depth: Int) -> [Block]
    {
        var out: [Block] = []
        for block in list {
            switch block {
            case .paragraph(let content, _):
                out += paragraphs(content, scope: scope, depth: depth)
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
                // Rows without a header right after an `{{end}}` continue the table that the `{{if}}` or `{{for}}`
                // ended ("| Summa | … |" after the rows of a loop).
                Self.append(
                    [
                        .table(
                            Table(
                                header: table.header.map {
                                    TableRow(cells: $0.map { inlines($0, scope: scope, depth: depth) })
                                },
                                rows: table.rows.map {
                                    TableRow(cells: $0.map { inlines($0, scope: scope, depth: depth) })
                                },
                                widths: table.widths))
                    ], joining: &out)
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

    /// The inline content of a block that holds one paragraph (a heading, a list item, a table cell, a definition):
    /// the paragraphs of a long answer are separated by line breaks.
    private mutating func inlines(_ list: [TemplateInline], scope: AssemblyScope, depth: Int) -> [Inline] {
        AnswerParagraphs.flattened(rawInlines(list, scope: scope, depth: depth, sentenceStart: true))
    }

    /// The paragraphs of a paragraph of the text: one, or more when a long answer in it has several paragraphs.
    private mutating func paragraphs(_ list: [TemplateInline], scope: AssemblyScope, depth: Int) -> [Block] {
        AnswerParagraphs.split(rawInlines(list, scope: scope, depth: depth, sentenceStart: true)).map {
            .paragraph($0)
        }
    }

    /// The inlines of the text, with `AnswerParagraphs.marker` between the paragraphs of a value. `sentenceStart`
    /// tells whether the list starts a sentence when it starts with a value (a party's short name there is
    /// capitalised: "The Municipality shall ...").
    private mutating func rawInlines(
        _ list: [TemplateInline], scope: AssemblyScope, depth: Int, sentenceStart: Bool
    ) -> [Inline] {
        var out: [Inline] = []
        for inline in list {
            let atStart = Self.startsSentence(after: out, start: sentenceStart)
            switch inline {
            case .text(let s): out.append(.text(s))
            case .emphasis(let c):
                out.append(.emphasis(rawInlines(c, scope: scope, depth: depth, sentenceStart: atStart)))
            case .strong(let c):
                out.append(.strong(rawInlines(c, scope: scope, depth: depth, sentenceStart: atStart)))
            case .term(let id, let display, _):
                useTerm(id)
                out.append(.termUse(term: id, content: [.text(display ?? termWord(id))]))
            case .definition(let id, _):
                useTerm(id)
                out.append(.definition(term: id, content: [.text(termWord(id))]))
            case .reference(let target, let form, _):
                out.append(.reference(CrossReference(target: target, form: form)))
            case .value(let reference):
                out += value(reference, scope: scope, sentenceStart: atStart)
            case .conditional(let branches, let otherwise):
                if let chosen = branch(branches, otherwise: otherwise, scope: scope, depth: depth) {
                    out += rawInlines(chosen, scope: scope, depth: depth, sentenceStart: atStart)
                }
            case .loop(let loop):
                for (_, inner) in iterations(
                    loop.variable, loop.list, location: loop.location, scope: scope, depth: depth)
                {
                    out += rawInlines(
                        loop.body, scope: inner, depth: depth,
                        sentenceStart: Self.startsSentence(after: out, start: sentenceStart))
                }
            case .survivors(let capitalized, let location):
                // A placeholder: which clauses survive is known only when the whole agreement is assembled.
                if !survivorsUsedAt.contains(location) { survivorsUsedAt.append(location) }
                out.append(
                    .reference(
                        CrossReference(
                            target: Self.survivorsPlaceholder, form: capitalized ? .clauseCapitalized : .clause)))
            case .blank(let label, _): out.append(.blank(Blank(name: Blank.fillInName, label: label)))
            case .note(let text, _): if !options.final { out.append(.note(DraftingNote(text: text))) }
            case .lineBreak: out.append(.lineBreak)
            }
        }
        return out
    }

    /// Whether what follows `out` starts a sentence: `out` has no text yet and `start` says so, or its text ends
    /// with a full stop, question mark or exclamation mark (and spaces).
    private static func startsSentence(after out: [Inline], start: Bool) -> Bool {
        for inline in out.reversed() {
            switch inline {
            case .note: continue
            case .text(let text):
                let trimmed = text.reversed().drop { $0 == " " }
                guard let last = trimmed.first else { continue }
                return last == "." || last == "?" || last == "!" || last == AnswerParagraphs.separator
            default: return false
            }
        }
        return start
    }

    /// A value's inlines: a blank when the answer is missing, else its text as `AnswerParagraphs` splits it.
    private mutating func value(_ reference: ValueReference, scope: AssemblyScope, sentenceStart: Bool) -> [Inline] {
        let path = answerPath(reference.path, scope: scope)
        guard let value = evaluator.resolve(reference.path, scope: scope.values) else {
            let label = self.label(for: reference.path, scope: scope)
            noteMissing(path, label: label, at: reference.location)
            return [.blank(Blank(name: path.description, label: label))]
        }
        if let missingLanguage = lackingLanguage[path] {
            // A translatable answer without the agreement's language: a blank naming the language.
            let label = language.words.text(
                .documentMissingTranslation,
                [
                    "language": language.words.languageName(missingLanguage.rawValue),
                    "label": label(for: reference.path, scope: scope),
                ])
            return [.blank(Blank(name: path.description, label: label))]
        }
        let question = checker.type(of: reference.path, scope: scope.questions)
        let named = shortNamed(value, at: path)
        let shown = blankingMissingNames(named, at: path, question: question, location: reference.location)
        switch formatter.format(shown, question: question, filters: reference.filters) {
        case .success(var text):
            // A short name at the start of a sentence starts with a capital ("the Region" → "The Region").
            if sentenceStart, named != value, let first = text.first, first.isLowercase {
                text = first.uppercased() + text.dropFirst()
            }
            return AnswerParagraphs.inlines(text)
        case .failure(let mismatch):
            problems.append(
                Diagnostic(
                    .error,
                    Message(
                        .buildFilterMismatch,
                        [
                            "filter": .text(mismatch.filter.rawValue), "value": .text("\(mismatch.value)"),
                            "path": .text("\(path)"),
                        ]),
                    at: reference.location))
            return AnswerParagraphs.inlines(formatter.plain(value, question))
        }
    }

    /// A value as the clause text shows it: a party's name is its short name when it has one (the parties block
    /// defines it), for the name itself (`{{p.name}}`), a party record (`{{p}}`) and a party list
    /// (`{{public_parties | join}}`). `path` is the answer's path.
    private func shortNamed(_ value: AnswerValue, at path: AnswerPath) -> AnswerValue {
        guard !shortNames.isEmpty else { return value }
        func named(_ record: AnswerRecord, _ recordPath: AnswerPath) -> AnswerRecord {
            guard let short = shortNames[recordPath] else { return record }
            var record = record
            record.values["name"] = .text(short)
            return record
        }
        if let records = Self.mappingRecords(value, at: path, named) { return records }
        if case .text = value, path.rest.last == .key("name") {
            return shortNames[path.prefix(path.rest.count - 1)].map(AnswerValue.text) ?? value
        }
        return value
    }

    /// `value` with `transform` applied to each record in it: every record of a whole list (`path` the list's), or
    /// the record itself; nil when the value holds no record.
    private static func mappingRecords(
        _ value: AnswerValue, at path: AnswerPath, _ transform: (AnswerRecord, AnswerPath) -> AnswerRecord
    ) -> AnswerValue? {
        switch value {
        case .list(let records) where path.rest.isEmpty:
            return .list(records.enumerated().map { transform($1, path.index($0)) })
        case .record(let record):
            return .record(transform(record, path))
        default:
            return nil
        }
    }

    /// A list's or a record's value with each record that lacks its `name` named by the name's blank (`[Namn]`, as
    /// the parties block writes it), the name noted as missing: a joined list reads "A och [Namn]", not "A och ".
    /// `path` is the answer's path, `question` the list question.
    private mutating func blankingMissingNames(
        _ value: AnswerValue, at path: AnswerPath, question: Question?, location: SourceLocation
    ) -> AnswerValue {
        guard let question, question.type == .list, let field = question.field("name") else { return value }
        func named(_ record: AnswerRecord, _ recordPath: AnswerPath) -> AnswerRecord {
            guard record["name"] == nil else { return record }
            let label = self.label(field, or: field.id)
            noteMissing(recordPath.key("name"), label: label, at: location)
            var record = record
            record.values["name"] = .text(Blank(name: recordPath.key("name").description, label: label).displayText)
            return record
        }
        return Self.mappingRecords(value, at: path, named) ?? value
    }

    /// The answer a reference stands for: `s.name` inside a loop over `suppliers` is `suppliers[1].name`.
    private func answerPath(_ reference: AnswerPath, scope: AssemblyScope) -> AnswerPath {
        scope.paths[reference.root].map { $0.appending(reference.rest) } ?? reference
    }

    private func label(for path: AnswerPath, scope: AssemblyScope) -> String {
        label(checker.type(of: path, scope: scope.questions), or: path.dotted)
    }

    /// A question's label in the agreement's language, or `fallback` (its id or path) for a question the
    /// questionnaire lacks. The questionnaire reader requires every label in every language of the library, and the
    /// assembler builds only in those, so the label is there whenever the question is.
    private func label(_ question: Question?, or fallback: String) -> String {
        text(question?.label, or: fallback)
    }

    /// A text of the library in the agreement's language (a title, a label, a term's word), or `fallback` (an id)
    /// for one without it: the readers require every such text in each language of the library, and the assembler
    /// builds only in those, so `fallback` stands only for what the library lacks.
    private func text(_ localized: Localized<String>?, or fallback: String) -> String {
        localized?[language] ?? fallback
    }

    private mutating func noteMissing(_ path: AnswerPath, label: String, at location: SourceLocation) {
        if missing[path] == nil {
            missing[path] = MissingAnswer(path: path, label: label)
            missingOrder.append(path)
        }
        if missing[path]?.usedAt.contains(location) == false { missing[path]?.usedAt.append(location) }
    }

    /// The answers the text needed and did not get; with `includingUnused`, also required questions left unanswered.
    func missingAnswers(includingUnused: Bool = false) -> [MissingAnswer] {
        var out = missingOrder.compactMap { missing[$0] }
        if includingUnused {
            for path in answers.missingAnswers(in: library.questionnaire) where missing[path] == nil {
                let label = self.label(library.questionnaire.question(path.root), or: path.description)
                out.append(MissingAnswer(path: path, label: label))
            }
        }
        return out
    }

    // MARK: Terms

    private func termWord(_ id: String) -> String {
        text(library.terms[id]?.word, or: id)
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
        let sorted = Collation.sorted(usedTerms.filter { library.terms[$0] != nil }, in: language) { termWord($0) }
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
        word.prefix(1).uppercased() + word.dropFirst()
    }

    // MARK: Survival

    /// The target of the reference that stands for `{{survivors}}` until `fillSurvivors` replaces it; not an id any
    /// library can have.
    private static let survivorsPlaceholder = "{{survivors}}"

    /// The ids of the clauses and sub-clauses that survive the end of the agreement, in document order: those the
    /// included clauses declare (`survives:`) and the agreement contains.
    private func survivingIDs(_ blocks: [Block]) -> [String] {
        var declared: Set<String> = []
        for file in clausesUsed {
            switch file.survives {
            case .none: break
            case .whole: declared.insert(file.id)
            case .subclauses(let ids): declared.formUnion(ids)
            }
        }
        var ordered: [String] = []
        blocks.forEachBlock { block, _ in
            if case .clause(let clause) = block, declared.contains(clause.id) { ordered.append(clause.id) }
        }
        return ordered
    }

    /// Replaces each `{{survivors}}` placeholder with live references to the surviving clauses: "punkt 7" for one,
    /// "punkterna 7, 9 och 12" for more. With none, a blank, reported (so `--final` refuses it).
    private mutating func fillSurvivors(_ blocks: [Block]) -> [Block] {
        guard !survivorsUsedAt.isEmpty else { return blocks }
        let ids = survivingIDs(blocks)
        let words = language.words
        if ids.isEmpty {
            for location in survivorsUsedAt {
                problems.append(
                    Diagnostic(.warning, Message(.buildNoSurvivors), at: location))
            }
        }
        return blocks.rewritingInlines { inline in
            guard case .reference(let r) = inline, r.target == Self.survivorsPlaceholder else { return nil }
            let capitalized = r.form == .clauseCapitalized
            switch ids.count {
            case 0:
                return [.blank(Blank(name: "survivors", label: words.text(.documentNoSurvivors)))]
            case 1:
                return [.reference(CrossReference(target: ids[0], form: r.form))]
            default:
                let plural = words.text(capitalized ? .documentClausesCapitalized : .documentClauses)
                var out: [Inline] = [.text(plural + " ")]
                for (i, id) in ids.enumerated() {
                    if i == ids.count - 1 {
                        out.append(.text(" " + words.text(.valuesAnd) + " "))
                    } else if i > 0 {
                        out.append(.text(", "))
                    }
                    out.append(.reference(CrossReference(target: id, form: .number)))
                }
                return out
            }
        }
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
                    .error,
                    Message(.buildReferenceLeftOut, ["target": .text("\(target)")]),
                    file: answers.file))
        }
        return fixed
    }
}
