import Foundation

/// `opi-agreement check`: builds a final agreement for every combination of the answers that select text, in
/// every language of the library and for every agreement type, and checks each (see `CombinationCheck.run`).
///
/// The combinations come from `CheckGraph`: each group of variables that conditions combine is enumerated as a
/// product of the values the conditions distinguish (`CheckAnswers.domain`), every other answer at its base value;
/// different groups are enumerated independently. Combinations that leave the same answers (what is not asked left
/// out) are built once.
public struct CombinationCheck: Sendable {
    /// What `run` found.
    public struct Report: Sendable {
        /// The groups enumerated together: their variables and number of combinations, in order.
        public var groups: [(variables: [String], combinations: Int)] = []
        /// The variables checked independently (no condition combines them with another), with their values.
        public var independent: [(variable: String, values: Int)] = []
        /// Combinations enumerated (the sum over groups).
        public var combinations = 0
        /// Distinct answer sets built.
        public var answerSets = 0
        /// Agreements built and checked (answer sets × languages × agreement types).
        public var agreements = 0
        /// Agreements the questionnaire's checks refuse for a final agreement (not failures: left out, counted).
        public var excluded = 0
        /// Combinations whose answers the questionnaire's rules refuse (figures that do not add up, say): no user
        /// can give them, so they are left out and counted.
        public var refused = 0
        /// Distinct XML parts validated against the schemas; nil when the schemas were not given.
        public var validatedParts: Int?
        /// Each distinct failure with the smallest answers found to reproduce it.
        public var failures: [Failure] = []
    }

    /// One failure: what is wrong, where, and the answers file that reproduces it.
    public struct Failure: Sendable {
        /// What is wrong.
        public var diagnostics: [Diagnostic]
        /// The language of the agreement that showed it.
        public var language: Language
        /// The agreement type that showed it.
        public var outline: String
        /// The combinations that gave it.
        public var occurrences: Int
        /// A complete answers file that reproduces it, as small as shrinking found.
        public var answers: String
        /// The answers of the group that differ from the base, after shrinking (`funding_model=grant`).
        public var differences: [String]
    }

    /// The library checked.
    public let library: ClauseLibrary
    /// The agreement types to check; every type of the library when nil.
    public var outline: String?
    /// How many agreements are built at once.
    public var jobs: Int
    /// The folder of the official schemas (`odf/1.3/...`, `ooxml/...`); nil skips the schema validation.
    public var schemas: String?

    /// Creates a check of `library`.
    public init(library: ClauseLibrary, outline: String? = nil, jobs: Int = 2, schemas: String? = nil) {
        self.library = library
        self.outline = outline
        self.jobs = max(1, jobs)
        self.schemas = schemas
    }

    /// One combination to build: the group's values and the answers they give.
    struct Case: Sendable {
        var assignment: [CheckVariable: CheckValue]
        var yaml: String
    }

    /// Runs the check. Throws `CheckSchemaError` when `schemas` is given but a schema cannot be read.
    public func run() throws -> Report {
        let jobs = self.jobs
        let validator = try schemas.map { try PartValidator(directory: $0, pool: jobs) }
        let graph = CheckGraph(library: library)
        let maker = CheckAnswers(library: library)
        let writer = AnswersWriter(questionnaire: library.questionnaire, language: .en)
        var report = Report()
        var cases: [Case] = []
        var seen: Set<String> = []
        func add(_ assignment: [CheckVariable: CheckValue]) {
            let yaml = writer.yaml(maker.answers(assignment))
            if seen.insert(yaml).inserted { cases.append(Case(assignment: assignment, yaml: yaml)) }
        }
        add([:])
        for group in graph.groups {
            let domains = group.map { maker.domain($0, reads: graph.reads[$0] ?? CheckReads()) }
            let total = domains.reduce(1) { $0.multipliedReportingOverflow(by: $1.count).partialValue }
            guard total > 1 else { continue }
            report.combinations += total
            let varying = zip(group, domains).filter { $0.1.count > 1 }
            if varying.count == 1 {
                report.independent.append((varying[0].0.description, varying[0].1.count))
            } else {
                report.groups.append((varying.map { $0.0.description }, total))
            }
            var index = [Int](repeating: 0, count: varying.count)
            repeat {
                var assignment: [CheckVariable: CheckValue] = [:]
                for (k, i) in index.enumerated() where i > 0 { assignment[varying[k].0] = varying[k].1[i] }
                add(assignment)
            } while Self.advance(&index, sizes: varying.map { $0.1.count })
        }
        report.combinations += 1  // the base
        report.answerSets = cases.count

        let outlines = outline.map { [$0] } ?? library.outlines.keys.sorted()
        let builder = AgreementChecker(library: library, validator: validator)
        struct Work: Sendable {
            var caseIndex: Int
            var language: Language
            var outline: String
        }
        // One task per answer set and type, its languages in turn (the answers are read once).
        var tasks: [(caseIndex: Int, outline: String)] = []
        for i in cases.indices { for o in outlines { tasks.append((i, o)) } }
        let languages = library.languages
        let items = tasks
        let snapshot = cases
        let all = ParallelWork.now(items.count, jobs: jobs) { n in
            builder.check(yaml: snapshot[items[n].caseIndex].yaml, languages: languages, outline: items[n].outline)
        }
        var work: [Work] = []
        var outcomes: [AgreementChecker.Outcome] = []
        for (n, task) in tasks.enumerated() {
            for (k, language) in languages.enumerated() {
                work.append(Work(caseIndex: task.caseIndex, language: language, outline: task.outline))
                outcomes.append(all[n][k])
            }
        }
        var failures: [String: (Work, [Diagnostic], Int)] = [:]
        var order: [String] = []
        for (n, outcome) in outcomes.enumerated() {
            switch outcome {
            case .ok: report.agreements += 1
            case .excluded:
                report.agreements += 1
                report.excluded += 1
            case .refused(let diagnostics):
                // The base answers must load: every other combination starts from them.
                guard work[n].caseIndex == 0 else {
                    report.refused += 1
                    continue
                }
                report.agreements += 1
                let key = AgreementChecker.key(diagnostics)
                if failures[key] == nil {
                    failures[key] = (work[n], diagnostics, 1)
                    order.append(key)
                }
            case .failed(let diagnostics):
                report.agreements += 1
                let key = AgreementChecker.key(diagnostics)
                if let known = failures[key] {
                    failures[key] = (known.0, known.1, known.2 + 1)
                } else {
                    failures[key] = (work[n], diagnostics, 1)
                    order.append(key)
                }
            }
        }
        // Each failure is shrunk on its own, several at once.
        let found = order.compactMap { key in failures[key].map { (key: key, found: $0) } }
        let allCases = cases
        let shrunk = ParallelWork.now(found.count) { i in
            let (w, _, _) = found[i].found
            return shrink(
                allCases[w.caseIndex].assignment, key: found[i].key, maker: maker, writer: writer,
                builder: builder, language: w.language, outline: w.outline)
        }
        for (i, item) in found.enumerated() {
            let (w, diagnostics, count) = item.found
            let (answers, differences) = shrunk[i]
            report.failures.append(
                Failure(
                    diagnostics: diagnostics, language: w.language, outline: w.outline, occurrences: count,
                    answers: answers, differences: differences))
        }
        report.validatedParts = validator?.validatedCount
        return report
    }

    /// The next index of a product (the last position fastest); false after the last.
    static func advance(_ index: inout [Int], sizes: [Int]) -> Bool {
        var k = index.count - 1
        while k >= 0 {
            index[k] += 1
            if index[k] < sizes[k] { return true }
            index[k] = 0
            k -= 1
        }
        return false
    }

    /// The smallest answers found that still fail with `key`: each of the group's values reset to the base while
    /// the failure stays, then each optional answer left out while it stays.
    func shrink(
        _ assignment: [CheckVariable: CheckValue], key: String, maker: CheckAnswers, writer: AnswersWriter,
        builder: AgreementChecker, language: Language, outline: String
    ) -> (String, [String]) {
        func fails(_ yaml: String) -> Bool {
            switch builder.check(yaml: yaml, language: language, outline: outline) {
            case .failed(let d), .refused(let d): return AgreementChecker.key(d) == key
            case .ok, .excluded: return false
            }
        }
        var kept = assignment
        for variable in assignment.keys.sorted() {
            var trial = kept
            trial[variable] = nil
            if fails(writer.yaml(maker.answers(trial))) { kept = trial }
        }
        var answers = maker.answers(kept)
        for question in library.questionnaire.questions where !question.required && answers[question.id] != nil {
            var trial = answers
            trial.values[question.id] = nil
            if fails(writer.yaml(trial)) { answers = trial }
        }
        let differences = kept.keys.sorted().map { "\($0)=\(kept[$0]!)" }
        return (writer.yaml(answers), differences)
    }
}
