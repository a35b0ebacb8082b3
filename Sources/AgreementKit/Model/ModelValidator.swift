import Foundation

/// Checks that a model can be written: ids unique and resolvable, nesting within bounds, tables rectangular,
/// and no character that XML 1.0 forbids. Writers refuse a model with issues.
public struct ModelValidator: Sendable {
    /// The deepest clause nesting writers support (Word's list levels). The template parser and `clauses lint` read
    /// it too.
    public static let maxClauseDepth = 9
    /// The deepest list nesting writers support: `ListBlock.maximumDepth`, the one list limit.
    public static let maxListDepth = ListBlock.maximumDepth

    /// Creates a validator.
    public init() {}

    /// Every problem in the model, in document order.
    public func issues(in agreement: Agreement) -> [ModelIssue] {
        var run = Run()
        run.check(agreement)
        return run.issues
    }

    private struct Run: ModelWalker {
        var issues: [ModelIssue] = []
        var ids: [String: ModelPath] = [:]
        var partyIDs: Set<String> = []
        var annexIDs: Set<String> = []
        /// The checks that need the whole model (an annex's text naming a listed annex, a reference's target), in
        /// document order, each with the number of issues found before it: where its issue goes among the others.
        var deferred: [(at: Int, check: Deferred)] = []
        var insideAnnex = false

        enum Deferred {
            case annexText(String, ModelPath)
            case reference(String, ModelPath)

            var path: ModelPath {
                switch self {
                case .annexText(_, let path), .reference(_, let path): return path
                }
            }
        }

        mutating func report(_ path: ModelPath, _ message: Message) {
            issues.append(ModelIssue(path: path, problem: message))
        }

        mutating func report(_ path: ModelPath, _ key: MessageKey, _ values: [String: Message.Value] = [:]) {
            report(path, Message(key, values))
        }

        mutating func string(_ s: String, _ path: ModelPath, what: MessageKey) {
            if let bad = XMLCharacters.firstForbidden(in: s) {
                report(path, .modelBadCharacter, ["what": .key(what), "character": .text(XMLCharacters.describe(bad))])
            }
        }

        mutating func identifier(_ s: String, _ path: ModelPath, what: MessageKey) {
            if s.isBlank(.whitespaces) {
                report(path, .modelEmpty, ["what": .key(what)])
            } else {
                string(s, path, what: what)
            }
        }

        mutating func check(_ agreement: Agreement) {
            let meta = agreement.metadata
            let m = ModelPath().key("metadata")
            if meta.title.isBlank() {
                report(m.key("title"), .modelTitleEmpty)
            }
            string(meta.title, m.key("title"), what: .modelWhatTitle)
            for (i, party) in meta.parties.enumerated() {
                let p = m.key("parties").index(i)
                identifier(party.id, p.key("id"), what: .modelWhatPartyId)
                if !partyIDs.insert(party.id).inserted {
                    report(p.key("id"), .modelPartyIdTwice, ["id": .text(party.id)])
                }
                identifier(party.name, p.key("name"), what: .modelWhatPartyName)
                if let v = party.organisationNumber {
                    string(v, p.key("organisationNumber"), what: .modelWhatOrganisationNumber)
                }
                if let v = party.address { string(v, p.key("address"), what: .modelWhatAddress) }
                if let v = party.shortName { identifier(v, p.key("shortName"), what: .modelWhatShortName) }
            }
            var keys: Set<String> = []
            for (i, entry) in meta.provenance.enumerated() {
                let p = m.key("provenance").index(i)
                identifier(entry.key, p.key("key"), what: .modelWhatProvenanceKey)
                if !keys.insert(entry.key).inserted {
                    report(p.key("key"), .modelProvenanceKeyTwice, ["key": .text(entry.key)])
                }
                string(entry.value, p.key("value"), what: .modelWhatProvenanceValue)
            }
            walk(agreement.blocks)
            var written: Set<String> = []
            var late: [(at: Int, issue: ModelIssue)] = []
            for (at, check) in deferred {
                var problem: Message?
                switch check {
                case .annexText(let annex, _):
                    if !annexIDs.contains(annex) {
                        problem = Message(.modelAnnexTextUnknown, ["annex": .text(annex)])
                    } else if !written.insert(annex).inserted {
                        problem = Message(.modelAnnexTextTwice, ["annex": .text(annex)])
                    }
                case .reference(let target, _):
                    if ids[target] == nil { problem = Message(.modelReferenceUnknown, ["target": .text(target)]) }
                }
                if let problem { late.append((at, ModelIssue(path: check.path, problem: problem))) }
            }
            // Each in its place: the issues before it were found before it in the walk.
            for (offset, entry) in late.enumerated() { issues.insert(entry.issue, at: entry.at + offset) }
        }

        mutating func define(_ id: String, _ path: ModelPath, what: MessageKey) {
            identifier(id, path, what: what)
            if let first = ids[id] {
                report(path, .modelIdUsed, ["id": .text(id), "first": "\(first)"])
            } else {
                ids[id] = path
            }
        }

        mutating func party(_ id: String, _ path: ModelPath) {
            if !partyIDs.contains(id) {
                report(path, .modelNotAParty, ["id": .text(id)])
            }
        }

        mutating func visit(_ block: Block, at position: ModelPosition) {
            let path = position.path
            switch block {
            case .parties(let b):
                for (i, id) in b.parties.enumerated() { party(id, path.key("parties").index(i)) }
            case .clause(let clause):
                define(clause.id, path.key("id"), what: .modelWhatClauseId)
                let depth = position.clauseDepth + 1
                if depth > ModelValidator.maxClauseDepth {
                    report(
                        path, .modelClauseTooDeep,
                        ["id": .text(clause.id), "depth": "\(depth)", "maximum": "\(ModelValidator.maxClauseDepth)"])
                }
                descend(into: block, at: position)
            case .table(let t):
                table(t, position)
            case .signatures(let s):
                for (i, sig) in s.signatures.enumerated() {
                    let p = path.key("signatures").index(i)
                    party(sig.party, p.key("party"))
                    if let v = sig.name { string(v, p.key("name"), what: .modelWhatSignatoryName) }
                    if let v = sig.title { string(v, p.key("title"), what: .modelWhatSignatoryTitle) }
                    if let v = sig.place { string(v, p.key("place"), what: .modelWhatPlace) }
                }
            case .annexes(let a):
                for (i, annex) in a.annexes.enumerated() {
                    let p = position.key("annexes").index(i)
                    define(annex.id, p.path.key("id"), what: .modelWhatAnnexId)
                    annexIDs.insert(annex.id)
                    walk(annex.title, at: p.key("title"))
                }
            case .annex(let content):
                deferred.append((issues.count, .annexText(content.annex, path.key("annex"))))
                if position.clauseDepth > 0 || insideAnnex {
                    report(path, .modelAnnexTextNested)
                }
                insideAnnex = true
                descend(into: block, at: position)
                insideAnnex = false
            case .title, .paragraph, .list, .pageBreak:
                descend(into: block, at: position)
            }
        }

        mutating func visit(_ list: ListBlock, at position: ModelPosition) {
            if position.listDepth > ListBlock.maximumDepth {
                report(position.path, ListBlock.tooDeep(position.listDepth))
            }
            descend(into: list, at: position)
        }

        /// Each row's cell count is checked before its cells, so issues come in document order.
        mutating func table(_ t: Table, _ position: ModelPosition) {
            let path = position.path
            let columns = t.columnCount
            if columns == 0 { report(path, .modelTableNoCells) }
            if let header = t.header {
                for (c, cell) in header.cells.enumerated() { walk(cell, at: position.key("header").index(c)) }
            }
            for (r, row) in t.rows.enumerated() {
                let p = position.key("rows").index(r)
                if row.cells.count != columns {
                    report(p.path, .modelRowCells, ["cells": "\(row.cells.count)", "columns": "\(columns)"])
                }
                for (c, cell) in row.cells.enumerated() { walk(cell, at: p.index(c)) }
            }
            if let widths = t.widths {
                if widths.count != columns {
                    report(
                        path.key("widths"), .modelWidthsCount, ["widths": "\(widths.count)", "columns": "\(columns)"])
                }
                if widths.contains(where: { $0 <= 0 }) {
                    report(path.key("widths"), .modelWidthsPositive)
                }
                if let large = widths.first(where: { $0 > Table.maximumWidth }) {
                    report(
                        path.key("widths"), .modelWidthsTooLarge,
                        ["found": "\(large)", "maximum": "\(Table.maximumWidth)"])
                }
            }
        }

        mutating func visit(_ inline: Inline, at position: ModelPosition) {
            let p = position.path
            switch inline {
            case .text(let s): string(s, p, what: .modelWhatText)
            case .definition(let term, _), .termUse(let term, _): identifier(term, p.key("term"), what: .modelWhatTerm)
            case .reference(let r): deferred.append((issues.count, .reference(r.target, p.key("target"))))
            case .blank(let b):
                identifier(b.name, p.key("name"), what: .modelWhatBlankName)
                if let label = b.label { string(label, p.key("label"), what: .modelWhatBlankLabel) }
            case .note(let n):
                string(n.text, p.key("text"), what: .modelWhatNote)
                if let author = n.author { string(author, p.key("author"), what: .modelWhatNoteAuthor) }
            case .emphasis, .strong, .lineBreak: break
            }
            descend(into: inline, at: position)
        }
    }
}
