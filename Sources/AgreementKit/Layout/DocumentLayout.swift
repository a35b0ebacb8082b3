/// What writers compute from a model before writing: every clause and annex number, their bookmarks, and the
/// visible text of each cross-reference. Writers still number with list numbering; these numbers are the cached
/// field results, so a document shows the right text before any field update.
struct DocumentLayout: Sendable {
    /// The numbers by clause or annex id.
    private(set) var numbers: [String: ClauseNumber] = [:]
    /// The vocabulary of the agreement's language.
    let vocabulary: Vocabulary

    /// Computes the layout of a validated model; every bookmark name starts with `bookmarkPrefix` (a parallel
    /// document gives each column its own, so that no name is used twice).
    init(_ agreement: Agreement, bookmarkPrefix: String = "_opi_") {
        vocabulary = Vocabulary(agreement.metadata.language)
        var counters: [Int] = []
        var annexCount = 0
        var used: Set<String> = []
        func bookmark(for id: String, ordinal: Int) -> String {
            var name = bookmarkPrefix
            for scalar in id.unicodeScalars {
                let ok =
                    (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
                    || (scalar >= "0" && scalar <= "9")
                name.unicodeScalars.append(ok ? scalar : "_")
            }
            if name.count > 40 || used.contains(name) { name = "\(bookmarkPrefix)ref_\(ordinal)" }
            used.insert(name)
            return name
        }
        var ordinal = 0
        var annex: String?
        func visit(_ block: Block, _ depth: Int) {
            switch block {
            case .clause(let clause):
                counters = Array(counters.prefix(depth + 1))
                if counters.count == depth { counters.append(0) }
                counters[depth] += 1
                ordinal += 1
                numbers[clause.id] = ClauseNumber(
                    kind: .clause, counters: counters, bookmark: bookmark(for: clause.id, ordinal: ordinal))
                if let annex { annexOfClause[clause.id] = annex }
            case .annexes(let list):
                for annex in list.annexes {
                    annexCount += 1
                    ordinal += 1
                    numbers[annex.id] = ClauseNumber(
                        kind: .annex, counters: [annexCount], bookmark: bookmark(for: annex.id, ordinal: ordinal))
                }
            default:
                break
            }
        }
        // The agreement's clauses count on from one to the next; an annex's clauses count from 1 again.
        var agreementCounters: [Int] = []
        for block in agreement.blocks {
            if case .annex(let content) = block {
                annex = content.annex
                counters = []
                content.body?.forEachBlock(visit)
            } else {
                annex = nil
                counters = agreementCounters
                [block].forEachBlock(visit)
                agreementCounters = counters
            }
        }
    }

    /// The annex whose text holds a clause, by clause id; clauses of the agreement itself are not in it.
    private(set) var annexOfClause: [String: String] = [:]

    /// The number of a clause or annex id; nil for an unknown id (the validator rejects those).
    func number(of id: String) -> ClauseNumber? { numbers[id] }

    /// The text before the field ("punkt ") and the field's cached result ("7.2", or "Bilaga 2" for an annex).
    func referenceText(_ reference: CrossReference) -> (prefix: String, field: String) {
        guard let number = numbers[reference.target] else { return ("", "??") }
        switch number.kind {
        case .annex:
            return ("", vocabulary.annexLabel(number.counters[0]))
        case .clause:
            switch reference.form {
            case .clause: return (vocabulary.clauseWord + " ", number.numberText)
            case .clauseCapitalized: return (vocabulary.clauseWordCapitalized + " ", number.numberText)
            case .number: return ("", number.numberText)
            }
        }
    }
}
