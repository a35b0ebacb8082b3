/// Which answers the library's conditions read, and which of them decide together whether a piece of text is in
/// the agreement: the groups `opi-agreement check` enumerates as products, derived from the library alone.
///
/// A piece of text is decided by the condition of its `{{if}}` and every condition it is evaluated under: the
/// enclosing `{{if}}`s (and the earlier `{{elif}}`s of its chain), the loop it is in (the list's number of records),
/// its clause's `when:` and the outline entry that includes the clause. A reference adds the conditions that decide
/// its target; a term's definition is evaluated under the conditions of each use of the term; an answer read adds
/// its question's `ask_when`; a form of a term that says one or more than one (`[[supplier|Leverantörerna]]`) adds
/// the number of records of the list the term counts, since `check` compares the two; a question's `ask_when` and
/// `default_when` and each check of the questionnaire are groups of their own. Every such set of variables is a
/// group unless another group holds all of it. Variables that are the only one of every group they are in are
/// checked independently.
struct CheckGraph: Sendable {
    /// What the conditions do with each variable they read.
    var reads: [CheckVariable: CheckReads] = [:]
    /// The groups of variables enumerated together, each sorted, the groups in order.
    var groups: [[CheckVariable]] = []

    init(library: ClauseLibrary) {
        var builder = Builder(questionnaire: library.questionnaire, terms: library.terms)
        builder.scanQuestionnaire()
        let outlineConditions = builder.scanOutlines(library.outlines.values.sorted { $0.id < $1.id })
        for clause in library.clauses {
            var context = outlineConditions[clause.id] ?? []
            if let slot = clause.slot { context += outlineConditions[slot] ?? [] }
            if let when = clause.when { context.append(builder.scan(when, bindings: [:])) }
            builder.target(clause.id, context: context)
            for (language, body) in clause.bodies.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                builder.walk(body, context: context, bindings: [:])
                for inline in clause.titleTemplates[language] ?? [] {
                    builder.walk(inline, context: context, bindings: [:])
                }
            }
        }
        // A definition is in the agreement wherever its term is used: it is evaluated under the conditions of each
        // use in turn. A definition that uses another term adds uses of that term, so this runs until none is new.
        var walked: [String: Set<Set<CheckVariable>>] = [:]
        var added = true
        while added {
            added = false
            for term in library.terms.values.sorted(by: { $0.id < $1.id }) {
                let uses = builder.termContexts[term.id] ?? []
                let new = uses.subtracting(walked[term.id] ?? [])
                guard !new.isEmpty else { continue }
                walked[term.id, default: []].formUnion(new)
                added = true
                for context in new.sorted(by: { $0.sorted().lexicographicallyPrecedes($1.sorted()) }) {
                    for (_, definition) in term.definition.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                        for inline in definition { builder.walk(inline, context: [context], bindings: [:]) }
                    }
                }
            }
        }
        builder.joinPending()
        builder.joinReferences()
        reads = builder.reads
        var sets = builder.sets.map { builder.withAskWhen($0) }
        sets.sort { $0.count > $1.count }
        var maximal: [Set<CheckVariable>] = []
        for set in sets where !maximal.contains(where: { set.isSubset(of: $0) }) { maximal.append(set) }
        groups = maximal.map { $0.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private struct Builder {
        let questionnaire: Questionnaire
        let terms: [String: TermDefinition]
        var reads: [CheckVariable: CheckReads] = [:]

        init(questionnaire: Questionnaire, terms: [String: TermDefinition]) {
            self.questionnaire = questionnaire
            self.terms = terms
        }

        /// The sets of variables that decide together.
        var sets: Set<Set<CheckVariable>> = []
        /// The variables each question's `ask_when` reads.
        var asked: [String: Set<CheckVariable>] = [:]
        /// The variables that decide whether each clause, annex or sub-clause id is in the agreement.
        var targets: [String: Set<CheckVariable>] = [:]
        /// For each term, the sets of variables that decide whether one of its uses is in the agreement (and so its
        /// definition given).
        var termContexts: [String: Set<Set<CheckVariable>>] = [:]
        /// Each reference with the variables that decide whether it is in the agreement.
        var references: [(String, Set<CheckVariable>)] = []

        mutating func join(_ set: Set<CheckVariable>) {
            if !set.isEmpty { sets.insert(set) }
        }

        /// A set with the `ask_when` variables of the questions it reads, until none is added.
        func withAskWhen(_ set: Set<CheckVariable>) -> Set<CheckVariable> {
            var out = set
            var queue = Array(set)
            while let v = queue.popLast() {
                let id: String
                switch v {
                case .answer(let q), .count(let q), .field(let q, _): id = q
                }
                for a in asked[id] ?? [] where out.insert(a).inserted { queue.append(a) }
            }
            return out
        }

        /// Records what decides whether `id` is in the agreement.
        mutating func target(_ id: String, context: [Set<CheckVariable>]) {
            targets[id, default: []].formUnion(context.reduce(into: Set<CheckVariable>()) { $0.formUnion($1) })
        }

        mutating func joinReferences() {
            for (target, context) in references { join(context.union(targets[target] ?? [])) }
        }

        /// The variables `condition` reads, recorded and joined together.
        mutating func scan(_ condition: Condition, bindings: [String: String], recordList: String? = nil)
            -> Set<CheckVariable>
        {
            var scan = ConditionScan(questionnaire: questionnaire, bindings: bindings, recordList: recordList)
            scan.scan(condition.expression)
            for (v, r) in scan.reads {
                var merged = reads[v, default: CheckReads()]
                merged.integers.formUnion(r.integers)
                merged.strings.formUnion(r.strings)
                merged.answered = merged.answered || r.answered
                merged.relational = merged.relational || r.relational
                merged.decides = merged.decides || r.decides
                reads[v] = merged
            }
            join(scan.variables)
            return scan.variables
        }

        /// A condition evaluated only where the `context` conditions decided: joined with them.
        mutating func scan(
            _ condition: Condition, context: [Set<CheckVariable>], bindings: [String: String]
        ) -> Set<CheckVariable> {
            let own = scan(condition, bindings: bindings)
            join(context.reduce(own) { $0.union($1) })
            return own
        }

        mutating func scanQuestionnaire() {
            for question in questionnaire.questions {
                var own: Set<CheckVariable> = [
                    question.type == .list ? .count(question.id) : .answer(question.id)
                ]
                for field in question.fields where question.type == .list { own.insert(.field(question.id, field.id)) }
                if let askWhen = question.askWhen {
                    // The question's answer exists only where its `ask_when` holds.
                    asked[question.id] = scan(askWhen, bindings: [:])
                }
                for rule in question.defaultWhen { joinIfRead(own, with: scan(rule.when, bindings: [:])) }
                for field in question.fields {
                    guard let askWhen = field.askWhen else { continue }
                    let fieldAsked = scan(askWhen, bindings: [:], recordList: question.id)
                    joinIfRead([.field(question.id, field.id)], with: fieldAsked)
                }
            }
            for check in questionnaire.checks { _ = scan(check.when, bindings: [:]) }
        }

        /// Joins `asked` with those of `variables` that some condition reads; decided after every condition is
        /// scanned (`joinPending`).
        mutating func joinIfRead(_ variables: Set<CheckVariable>, with asked: Set<CheckVariable>) {
            pending.append((variables, asked))
        }

        var pending: [(Set<CheckVariable>, Set<CheckVariable>)] = []

        mutating func joinPending() {
            for (variables, asked) in pending {
                let read = variables.filter { reads[$0] != nil }
                if !read.isEmpty { join(read.union(asked)) }
            }
        }

        /// The conditions of the outline entries, by the clause or slot id they include.
        mutating func scanOutlines(_ outlines: [AgreementOutline]) -> [String: [Set<CheckVariable>]] {
            var out: [String: [Set<CheckVariable>]] = [:]
            for outline in outlines {
                for item in outline.items {
                    switch item {
                    case .clause(let id, let when?, _), .slot(let id, let when?, _):
                        out[id, default: []].append(scan(when, bindings: [:]))
                    case .annexes(let annexes):
                        for annex in annexes {
                            guard let when = annex.when else { continue }
                            let read = scan(when, bindings: [:])
                            out[annex.clause ?? annex.id, default: []].append(read)
                            target(annex.id, context: [read])
                        }
                    default:
                        break
                    }
                }
            }
            return out
        }

        mutating func walk(_ blocks: [TemplateBlock], context: [Set<CheckVariable>], bindings: [String: String]) {
            for block in blocks { walk(block, context: context, bindings: bindings) }
        }

        mutating func walk(_ block: TemplateBlock, context: [Set<CheckVariable>], bindings: [String: String]) {
            switch block {
            case .paragraph(let content, _):
                for inline in content { walk(inline, context: context, bindings: bindings) }
            case .subclause(let s):
                if let id = s.id { target(id, context: context) }
                for inline in s.heading ?? [] { walk(inline, context: context, bindings: bindings) }
                walk(s.body, context: context, bindings: bindings)
            case .list(let list):
                walk(list, context: context, bindings: bindings)
            case .table(let t):
                for cell in (t.header ?? []) + t.rows.flatMap({ $0 }) {
                    for inline in cell { walk(inline, context: context, bindings: bindings) }
                }
            case .conditional(let branches, let otherwise):
                var chain = context
                for branch in branches {
                    let own = scan(branch.condition, context: chain, bindings: bindings)
                    chain.append(own)
                    walk(branch.content, context: chain, bindings: bindings)
                }
                walk(otherwise ?? [], context: chain, bindings: bindings)
            case .loop(let loop):
                var inner = bindings
                if let list = ConditionScan(questionnaire: questionnaire, bindings: bindings).variable(loop.list.path),
                    case .count(let id) = list
                {
                    inner[loop.variable] = id
                    walk(loop.body, context: context + [[list]], bindings: inner)
                } else {
                    walk(loop.body, context: context, bindings: inner)
                }
            }
        }

        mutating func walk(_ list: TemplateList, context: [Set<CheckVariable>], bindings: [String: String]) {
            for item in list.items {
                for inline in item.content { walk(inline, context: context, bindings: bindings) }
                if let children = item.children { walk(children, context: context, bindings: bindings) }
            }
        }

        mutating func walk(_ inline: TemplateInline, context: [Set<CheckVariable>], bindings: [String: String]) {
            switch inline {
            case .emphasis(let content), .strong(let content):
                for i in content { walk(i, context: context, bindings: bindings) }
            case .conditional(let branches, let otherwise):
                var chain = context
                for branch in branches {
                    let own = scan(branch.condition, context: chain, bindings: bindings)
                    chain.append(own)
                    for i in branch.content { walk(i, context: chain, bindings: bindings) }
                }
                for i in otherwise ?? [] { walk(i, context: chain, bindings: bindings) }
            case .loop(let loop):
                var inner = bindings
                var looped = context
                if let list = ConditionScan(questionnaire: questionnaire, bindings: bindings).variable(loop.list.path),
                    case .count(let id) = list
                {
                    inner[loop.variable] = id
                    looped.append([list])
                }
                for i in loop.body { walk(i, context: looped, bindings: inner) }
            case .reference(let target, _, _):
                references.append((target, context.reduce(into: Set<CheckVariable>()) { $0.formUnion($1) }))
            case .term(let id, let display, _):
                termContexts[id, default: []].insert(context.reduce(into: Set<CheckVariable>()) { $0.formUnion($1) })
                // A form that says one or more than one is right only for some numbers of records of its list.
                guard let term = terms[id], let list = term.counts?.list,
                    let question = questionnaire.question(list), question.type == .list
                else { break }
                let shown = display.map { [$0] } ?? Array(term.word.values.values)
                guard shown.contains(where: term.saysNumber) else { break }
                let count = CheckVariable.count(list)
                reads[count, default: CheckReads()].decides = true
                join(context.reduce([count]) { $0.union($1) })
            case .text, .definition, .survivors, .value, .blank, .note, .lineBreak:
                break
            }
        }
    }
}
