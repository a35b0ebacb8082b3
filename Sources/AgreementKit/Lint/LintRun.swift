/// The state of one lint run. It walks clause texts as a `TemplateWalker`.
struct LintRun: TemplateWalker {
    let library: ClauseLibrary
    let checker: ConditionChecker
    var diagnostics: [Diagnostic] = []
    /// Every id a reference may name, with where it is defined.
    var ids: [String: SourceLocation] = [:]
    /// Question ids used anywhere.
    var usedQuestions: Set<String> = []
    /// Term ids used anywhere.
    var usedTerms: Set<String> = []
    /// The sub-clause ids of each clause file, by clause id.
    var subclauses: [String: [String]] = [:]
    /// The clause ids each outline may include (its clauses and the clauses of its slots), by outline id.
    var outlineClauses: [String: Set<String>] = [:]
    /// Every id each outline's agreement may contain (clauses, sub-clauses, definitions, annexes), by outline id.
    var outlineIDs: [String: Set<String>] = [:]
    /// The clause whose text is being checked, if any.
    var currentClause: String?
    /// The loop variables in force where the walk stands, with their list questions.
    var scope: [String: Question] = [:]
    /// What the text being walked refers to.
    var uses = Uses()
    /// Where clause texts use `{{survivors}}`.
    var survivorsUsedAt: [SourceLocation] = []

    init(library: ClauseLibrary) {
        self.library = library
        checker = ConditionChecker(questionnaire: library.questionnaire)
    }

    mutating func error(_ message: Message, at location: SourceLocation?) {
        diagnostics.append(
            Diagnostic(.error, message, at: location, file: location == nil ? library.root : nil))
    }

    mutating func error(_ key: MessageKey, _ values: [String: Message.Value], at location: SourceLocation?) {
        error(Message(key, values), at: location)
    }

    /// A warning; every warning stands at a place in a file (a clause, a question, a term, a text).
    mutating func warning(_ key: MessageKey, _ values: [String: Message.Value], at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, Message(key, values), at: location))
    }

    mutating func check() {
        collectIDs()
        collectOutlineIDs()
        for outline in library.outlines.values.sorted(by: { $0.id < $1.id }) { checkOutline(outline) }
        for clause in library.clauses { checkClause(clause) }
        for term in library.terms.values.sorted(by: { $0.id < $1.id }) { checkTerm(term) }
        if !library.clauses.contains(where: { $0.survives != .none }) {
            for location in survivorsUsedAt {
                warning(.lintSurvivorsListNothing, ["markup": "{{survivors}}"], at: location)
            }
        }
        for question in library.questionnaire.questions {
            if let ask = question.askWhen { condition(ask, scope: [:]) }
            // A field's `ask_when` may name the other fields of the same record.
            let siblings = Dictionary(question.fields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for field in question.fields { if let ask = field.askWhen { condition(ask, scope: siblings) } }
        }
        // The questionnaire type-checks the checks' conditions; here they count as uses of their questions.
        for answerCheck in library.questionnaire.checks { collectQuestions(answerCheck.when.expression, scope: [:]) }
        for term in library.terms.values.sorted(by: { $0.id < $1.id }) where !usedTerms.contains(term.id) {
            error(.lintTermUnused, ["id": .text(term.id)], at: term.location)
        }
        for question in library.questionnaire.questions where !usedQuestions.contains(question.id) {
            warning(.lintQuestionUnused, ["id": .text(question.id)], at: question.location)
        }
    }

    // MARK: Ids

    mutating func define(_ id: String, at location: SourceLocation) {
        if let first = ids[id] {
            if first != location { error(.lintIdUsed, ["id": .text(id), "first": "\(first)"], at: location) }
        } else {
            ids[id] = location
        }
    }

    mutating func collectIDs() {
        for outline in library.outlines.values.sorted(by: { $0.id < $1.id }) {
            for item in outline.items {
                switch item {
                case .definitions(let id, _, let location): define(id, at: location)
                case .annexes(let annexes): annexes.forEach { define($0.id, at: $0.location) }
                default: break
                }
            }
        }
        for clause in library.clauses {
            define(clause.id, at: clause.location)
            var seen: Set<String> = []
            var own: [String] = []
            for language in library.languages {
                for (id, location) in subclauseIDs(clause.bodies[language] ?? []) where seen.insert(id).inserted {
                    define(id, at: location)
                    own.append(id)
                }
            }
            subclauses[clause.id] = own
            checkSurvives(clause, subclauses: own)
        }
    }

    /// The sub-clauses `survives` names must be sub-clauses of the clause (`own`).
    mutating func checkSurvives(_ clause: ClauseFile, subclauses own: [String]) {
        guard case .subclauses(let ids) = clause.survives else { return }
        for id in ids where !own.contains(id) {
            let hint = SpellingSuggestion.hintValue(for: id, in: own)
            error(
                .lintSurvivesNotSubclause, ["id": .text(id), "clause": .text(clause.id), "hint": hint],
                at: clause.keyLocations["survives"] ?? clause.location)
        }
    }

    /// Which clauses and ids each outline may include.
    mutating func collectOutlineIDs() {
        for outline in library.outlines.values {
            var clauses: Set<String> = []
            var ids: Set<String> = []
            for item in outline.items {
                switch item {
                case .clause(let id, _, _): clauses.insert(id)
                case .slot(let id, _, _): library.slot(id).forEach { clauses.insert($0.id) }
                case .definitions(let id, _, _): ids.insert(id)
                case .annexes(let annexes):
                    for annex in annexes {
                        ids.insert(annex.id)
                        if let clause = annex.clause { clauses.insert(clause) }
                    }
                default: break
                }
            }
            for id in clauses {
                ids.insert(id)
                ids.formUnion(subclauses[id] ?? [])
            }
            outlineClauses[outline.id] = clauses
            outlineIDs[outline.id] = ids
        }
    }

    func subclauseIDs(_ blocks: [TemplateBlock]) -> [(String, SourceLocation)] {
        var out: [(String, SourceLocation)] = []
        blocks.forEachBlock { block in
            if case .subclause(let s) = block, let id = s.id { out.append((id, s.location)) }
        }
        return out
    }

    // MARK: Outline

    mutating func checkOutline(_ outline: AgreementOutline) {
        for source in outline.parties {
            usedQuestions.insert(source.list)
            if let q = library.questionnaire.question(source.list) {
                if q.type != .list {
                    error(.lintPartyListNotList, ["list": .text(source.list)], at: source.location)
                } else if q.field("name") == nil {
                    error(.lintPartyListNoName, ["list": .text(source.list)], at: source.location)
                }
            } else {
                error(.lintPartyListNotQuestion, ["list": .text(source.list)], at: source.location)
            }
        }
        if let date = outline.dateQuestion {
            usedQuestions.insert(date)
            let question = library.questionnaire.question(date)
            if question?.type != .date {
                error(
                    .lintDateNotDate, ["id": .text(date)], at: outline.dateQuestionLocation ?? question?.location)
            }
        }
        if let signing = outline.signingQuestion {
            usedQuestions.insert(signing)
            let question = library.questionnaire.question(signing)
            let values = Set(question?.options.map(\.value) ?? [])
            if question?.type != .choice || values != AssemblyRun.signingMethods {
                let options = AssemblyRun.signingMethods.sorted().joined(separator: ", ")
                error(
                    .lintSigningNotChoice, ["id": .text(signing), "options": .text(options)],
                    at: outline.signingQuestionLocation ?? question?.location)
            }
        }
        // Where each clause (and slot) first stands in this outline: a second place would repeat its ids.
        var placed: [String: SourceLocation] = [:]
        var placedSlots: [String: SourceLocation] = [:]
        for item in outline.items {
            switch item {
            case .clause(let id, let when, let location):
                if let file = library.clause(id) {
                    if file.category == .annexes {
                        error(.lintAnnexTextAsClause, ["id": .text(id)], at: location)
                    }
                } else {
                    error(.lintNoSuchClause, ["id": .text(id)], at: location)
                }
                if let first = placed[id] {
                    error(.lintClauseTwice, ["id": .text(id), "first": "\(first)"], at: location)
                } else {
                    placed[id] = location
                }
                if let when { condition(when, scope: [:]) }
            case .slot(let id, let when, let location):
                let members = library.slot(id)
                if members.isEmpty { error(.lintEmptySlot, ["id": .text(id)], at: location) }
                if let first = placedSlots[id] {
                    error(.lintSlotTwice, ["id": .text(id), "first": "\(first)"], at: location)
                } else {
                    placedSlots[id] = location
                    for member in members {
                        if let first = placed[member.id] {
                            error(
                                .lintSlotClauseTwice,
                                ["id": .text(id), "clause": .text(member.id), "first": "\(first)"], at: location)
                        } else {
                            placed[member.id] = location
                        }
                    }
                }
                if let when { condition(when, scope: [:]) }
            case .annexes(let annexes):
                for annex in annexes {
                    if let when = annex.when { condition(when, scope: [:]) }
                    if let id = annex.clause {
                        if let file = library.clause(id) {
                            if file.category != .annexes {
                                error(
                                    .lintAnnexTextCategory,
                                    [
                                        "annex": .text(annex.id), "id": .text(id),
                                        "category": .text(file.category.rawValue),
                                    ], at: annex.location)
                            }
                            if file.when != nil || file.slot != nil {
                                error(.lintAnnexTextWhen, ["id": .text(id)], at: file.location)
                            }
                        } else {
                            error(
                                .lintAnnexNoSuchClause, ["annex": .text(annex.id), "id": .text(id)],
                                at: annex.location)
                        }
                        if let first = placed[id] {
                            error(
                                .lintAnnexClauseTwice, ["id": .text(id), "first": .text("\(first)")],
                                at: annex.location)
                        } else {
                            placed[id] = annex.location
                        }
                    }
                    for language in library.languages where annex.title[language] == nil {
                        error(
                            .lintAnnexNoTitle, ["id": .text(annex.id), "language": .text(language.rawValue)],
                            at: annex.location)
                    }
                }
            case .definitions(let id, let title, let location):
                for language in library.languages where title[language] == nil {
                    error(
                        .lintDefinitionsNoTitle, ["id": .text(id), "language": .text(language.rawValue)], at: location)
                }
            default: break
            }
        }
    }

    // MARK: Clauses

    /// What one language's text of a clause refers to, for comparing translations.
    struct Uses: Equatable {
        var references: Set<String> = []
        var terms: Set<String> = []
        var values: Set<String> = []
        var conditions: Set<String> = []
    }

    mutating func checkClause(_ clause: ClauseFile) {
        if let when = clause.when { condition(when, scope: [:]) }
        if !outlineClauses.values.contains(where: { $0.contains(clause.id) }) {
            warning(.lintClauseUnused, ["id": .text(clause.id)], at: clause.location)
        }
        currentClause = clause.id
        defer { currentClause = nil }
        var usesByLanguage: [Language: Uses] = [:]
        for language in library.languages {
            if clause.title[language] == nil {
                error(
                    .lintClauseNoTitle, ["id": .text(clause.id), "language": .text(language.rawValue)],
                    at: clause.keyLocations["title"] ?? clause.location)
            }
            if clause.note != nil && clause.note?[language] == nil {
                error(
                    .lintNoteNoText, ["language": .text(language.rawValue)],
                    at: clause.keyLocations["note"] ?? clause.location)
            }
            guard let body = clause.bodies[language] else {
                error(
                    .lintClauseNoText, ["id": .text(clause.id), "language": .text(language.rawValue)],
                    at: clause.location)
                continue
            }
            // A title's conditions are checked, but not compared between languages: one language may need to
            // inflect a heading (plural) that another writes alike.
            if let title = clause.titleTemplates[language] {
                walk(title)
            }
            uses = Uses()
            walk(body)
            usesByLanguage[language] = uses
        }
        compareTranslations(clause, usesByLanguage)
    }

    mutating func compareTranslations(_ clause: ClauseFile, _ uses: [Language: Uses]) {
        guard let first = library.languages.first, let base = uses[first] else { return }
        for language in library.languages.dropFirst() {
            guard let other = uses[language] else { continue }
            let at = clause.bodyLocations[language] ?? clause.location
            func compare(_ a: Set<String>, _ b: Set<String>, _ what: MessageKey) {
                func values(_ x: String) -> [String: Message.Value] {
                    [
                        "language": .text(language.rawValue), "what": .key(what), "item": .text(x),
                        "first": .text(first.rawValue),
                    ]
                }
                for x in a.subtracting(b).sorted() { error(.lintTranslationLacks, values(x), at: at) }
                for x in b.subtracting(a).sorted() { error(.lintTranslationHas, values(x), at: at) }
            }
            compare(base.references, other.references, .lintWhatReference)
            compare(base.terms, other.terms, .lintWhatTerm)
            compare(base.values, other.values, .lintWhatValue)
            compare(base.conditions, other.conditions, .lintWhatCondition)
        }
    }

    // MARK: Clause texts

    mutating func visit(_ blocks: [TemplateBlock], in context: TemplateContext) {
        var tableColumns: Int?
        for block in blocks { tableColumns = continuedTable(block, after: tableColumns) }
        descend(into: blocks, in: context)
    }

    mutating func visit(_ block: TemplateBlock, in context: TemplateContext) {
        switch block {
        case .subclause(let s):
            if s.depth + 1 > ModelValidator.maxClauseDepth {
                error(
                    .lintSubclauseTooDeep, ["depth": "\(s.depth + 1)", "maximum": "\(ModelValidator.maxClauseDepth)"],
                    at: s.location)
            }
            if context.loopDepth > 0, let id = s.id {
                error(.lintSubclauseInLoop, ["id": .text(id)], at: s.location)
            }
            descend(into: block, in: context)
        case .loop(let loop):
            let outer = scope
            scope = loopScope(loop.variable, loop.list)
            descend(into: block, in: context)
            scope = outer
        case .paragraph, .list, .table, .conditional:
            descend(into: block, in: context)
        }
    }

    mutating func visit(_ condition: Condition, in context: TemplateContext) {
        self.condition(condition, scope: scope)
        uses.conditions.insert(condition.source)
    }

    /// Checks that rows an `{{if}}` or `{{for}}` adds to the table above it have as many cells, and returns the
    /// number of columns of the table that continues after `block`, if any.
    mutating func continuedTable(_ block: TemplateBlock, after columns: Int?) -> Int? {
        switch block {
        case .table(let t):
            return t.header?.count ?? t.rows.first?.count
        case .conditional(let branches, let otherwise):
            guard let columns else { return nil }
            for body in branches.map(\.content) + [otherwise ?? []] { leadingRows(body, columns: columns) }
            return columns
        case .loop(let loop):
            guard let columns else { return nil }
            leadingRows(loop.body, columns: columns)
            return columns
        default:
            return nil
        }
    }

    private mutating func leadingRows(_ body: [TemplateBlock], columns: Int) {
        guard case .table(let t)? = body.first, t.header == nil, let first = t.rows.first, first.count != columns
        else { return }
        error(.lintTableRows, ["columns": "\(columns)", "cells": "\(first.count)"], at: t.location)
    }

    /// Checks a list `context.listDepth` levels deep (1 for a top-level list).
    mutating func visit(_ list: TemplateList, in context: TemplateContext) {
        if context.listDepth > ListBlock.maximumDepth { error(ListBlock.tooDeep(context.listDepth), at: list.location) }
        descend(into: list, in: context)
    }

    mutating func loopScope(_ variable: String, _ list: ValueReference) -> [String: Question] {
        // The list is repeated over, not printed: its records need no 'name' field.
        uses.values.insert(list.path.dotted)
        if scope[list.path.root] == nil { usedQuestions.insert(list.path.root) }
        var inner = scope
        switch checker.resolve(list.path, bindings: ConditionChecker.bindings(scope), at: list.location, columns: false)
        {
        case .failure(let problem):
            diagnostics += problem.diagnostics
        case .success(.question(let q)) where q.type == .list:
            inner[variable] = q
        case .success:
            error(.lintLoopNotList, ["path": .text(list.path.dotted)], at: list.location)
        }
        return inner
    }

    mutating func visit(_ inline: TemplateInline, in context: TemplateContext) {
        switch inline {
        case .term(let id, let display, let location):
            term(id, at: location)
            if let display, let first = display.first, first.isLetter, !first.isUppercase {
                warning(.lintTermLowercase, ["id": .text(id), "display": .text(display)], at: location)
            }
        case .definition(let id, let location): term(id, at: location)
        case .reference(let target, _, let location):
            uses.references.insert(target)
            if ids[target] == nil {
                error(.lintUnknownReference, ["target": .text(target)], at: location)
            } else if let clause = currentClause {
                reference(target, from: clause, at: location)
            }
        case .survivors(_, let location):
            uses.references.insert("{{survivors}}")
            survivorsUsedAt.append(location)
        case .value(let v): value(v)
        case .loop(let loop):
            let outer = scope
            scope = loopScope(loop.variable, loop.list)
            descend(into: inline, in: context)
            scope = outer
        case .emphasis, .strong, .conditional: descend(into: inline, in: context)
        case .text, .lineBreak, .blank, .note: break
        }
    }

    /// A reference from a clause must name something an agreement with that clause can contain.
    mutating func reference(_ target: String, from clause: String, at location: SourceLocation) {
        let outlines = outlineClauses.filter { $0.value.contains(clause) }.map(\.key)
        guard !outlines.isEmpty, !outlines.contains(where: { outlineIDs[$0]?.contains(target) == true }) else { return }
        error(.lintReferenceNotIncluded, ["target": .text(target)], at: location)
    }

    mutating func term(_ id: String, at location: SourceLocation) {
        uses.terms.insert(id)
        usedTerms.insert(id)
        if library.terms[id] == nil {
            error(.lintTermUndefined, ["id": .text(id)], at: location)
        }
    }

    mutating func value(_ v: ValueReference) {
        uses.values.insert(v.path.dotted + v.filters.map { "|\($0.rawValue)" }.joined())
        if scope[v.path.root] == nil { usedQuestions.insert(v.path.root) }
        for d in checker.check(v, scope: scope) { diagnostics.append(d) }
    }

    mutating func condition(_ c: Condition, scope: [String: Question]) {
        collectQuestions(c.expression, scope: scope)
        for d in checker.check(c, scope: scope) { diagnostics.append(d) }
    }

    mutating func collectQuestions(_ e: Expression, scope: [String: Question]) {
        switch e.kind {
        case .path(let p): if scope[p.root] == nil { usedQuestions.insert(p.root) }
        case .not(let a), .count(let a), .answered(let a): collectQuestions(a, scope: scope)
        case .and(let operands), .or(let operands): operands.forEach { collectQuestions($0, scope: scope) }
        case .compare(let a, _, let b):
            collectQuestions(a, scope: scope)
            collectQuestions(b, scope: scope)
        case .list(let items): items.forEach { collectQuestions($0, scope: scope) }
        case .any(let list, let variable, let c):
            collectQuestions(list, scope: scope)
            var inner = scope
            if case .path(let p) = list.kind, let q = library.questionnaire.question(p.root) { inner[variable] = q }
            collectQuestions(c, scope: inner)
        case .string, .integer, .boolean: break
        }
    }

    // MARK: Terms

    mutating func checkTerm(_ term: TermDefinition) {
        if let counts = term.counts, library.questionnaire.question(counts.list)?.type != .list {
            error(.lintTermCountsNotList, ["id": .text(term.id), "list": .text(counts.list)], at: counts.location)
        }
        for language in library.languages {
            if term.word[language] == nil {
                error(
                    .lintTermNoWord, ["id": .text(term.id), "language": .text(language.rawValue)], at: term.location)
            }
            guard let definition = term.definition[language] else {
                error(
                    .lintTermNoDefinition, ["id": .text(term.id), "language": .text(language.rawValue)],
                    at: term.location)
                continue
            }
            walk(definition)
        }
    }
}
