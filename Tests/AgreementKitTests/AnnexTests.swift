import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Annex texts: written after the agreement, each on a new page under "Bilaga N – Titel", numbered from 1, reachable
/// by references; annexes without a text get a cover page and are listed for `--final`.
@Suite("Annexes")
struct AnnexTests {
    /// The annex list of an agreement, in order.
    private func annexList(_ agreement: Agreement) -> [Annex] {
        agreement.blocks.compactMap { block -> [Annex]? in
            if case .annexes(let list) = block { return list.annexes }
            return nil
        }.flatMap { $0 }
    }

    private func annexTexts(_ agreement: Agreement) -> [AnnexContent] {
        agreement.blocks.compactMap { block in
            if case .annex(let content) = block { return content }
            return nil
        }
    }

    private func plain(_ content: [LaidOutInline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let t): return t
            case .span(_, let inner): return plain(inner)
            case .reference(let r): return r.result
            default: return ""
            }
        }.joined()
    }

    /// Every paragraph of the laid-out body, in order, tables and lists included.
    private func paragraphs(_ body: [LaidOutBlock]) -> [LaidOutParagraph] {
        func items(_ list: LaidOutList) -> [LaidOutParagraph] {
            list.items.flatMap { [$0.paragraph] + ($0.children.map(items) ?? []) }
        }
        return body.flatMap { block -> [LaidOutParagraph] in
            switch block {
            case .paragraph(let p): return [p]
            case .list(let list): return items(list)
            case .table(let table):
                return ((table.header.map { [$0] } ?? []) + table.rows).flatMap { $0.cells.flatMap { $0 } }
            case .columns(let columns): return columns.rows.flatMap { $0.cells.flatMap(paragraphs) }
            case .pageBreak: return []
            }
        }
    }

    @Test(arguments: Examples.names, [Language.sv, .en])
    func everyExampleWritesItsAnnexesInOrder(name: String, language: Language) throws {
        let agreement = try Examples.agreement(name, language, final: true)
        let list = annexList(agreement)
        let texts = annexTexts(agreement)
        #expect(texts.map(\.annex) == list.map(\.id))
        let written = Set(texts.filter { !$0.isAttachedSeparately }.map(\.annex))
        #expect(
            written.isSuperset(of: [
                "annex-project-description", "annex-budget", "annex-background", "annex-log-rules",
                "annex-publication-plan", "annex-roles", "annex-added-values",
            ]))
        // The state-aid account is in the list only with co-financing, and is then written out.
        if list.contains(where: { $0.id == "annex-state-aid-account" }) {
            #expect(written.contains("annex-state-aid-account"))
        }

        let laid = LayoutBuilder.layOut(agreement)
        // Each annex starts on a new page with its heading, "Bilaga N – Titel", N its place in the list.
        var headings: [String] = []
        for (index, block) in laid.body.enumerated() {
            guard case .paragraph(let p) = block, p.role == .annexTitle else { continue }
            if case .pageBreak = laid.body[index - 1] {} else { Issue.record("no page break before \(p.origin)") }
            headings.append(plain(p.content))
        }
        let label = language == .sv ? "Bilaga" : "Annex"
        #expect(
            headings
                == list.enumerated().map { index, annex in
                    "\(label) \(index + 1) – \(annex.title.map { if case .text(let t) = $0 { t } else { "" } }.joined())"
                })
        // The first clause of each written annex restarts the numbering at 1, with a list instance of its own.
        let all = paragraphs(laid.body)
        let restarting = all.filter { $0.numbering?.restarts == true }
        #expect(restarting.count == written.count)
        for p in restarting {
            let instance = laid.listInstances[p.numbering!.instance]
            #expect(instance.list == .clauses && !instance.isShared)
            let number = laid.numbers.values.first { $0.bookmark == p.bookmark }
            #expect(number?.counters == [1], "\(p.origin)")
        }
    }

    @Test func referencesIntoAndOutOfAnnexesResolve() throws {
        let agreement = Agreement(
            metadata: AgreementMetadata(title: "Avtal", language: .sv),
            blocks: [
                .clause(
                    Clause(
                        id: "main", heading: [.text("Huvud")],
                        body: [.paragraph([.text("Se "), .reference(CrossReference(target: "inside"))])])),
                .annexes(
                    AnnexList(annexes: [
                        Annex(id: "annex-a", title: [.text("Budget")]),
                        Annex(id: "annex-b", title: [.text("Bidragsbeslut")]),
                    ])),
                .annex(
                    AnnexContent(
                        annex: "annex-a",
                        body: [
                            .clause(Clause(id: "first", heading: [.text("Första")])),
                            .clause(
                                Clause(
                                    id: "inside", heading: [.text("Andra")],
                                    body: [
                                        .paragraph([
                                            .reference(CrossReference(target: "first", form: .clauseCapitalized)),
                                            .text("; "), .reference(CrossReference(target: "main")),
                                        ])
                                    ])),
                        ])),
                .annex(AnnexContent(annex: "annex-b", body: nil)),
            ])
        #expect(ModelValidator().issues(in: agreement).isEmpty)
        let laid = LayoutBuilder.layOut(agreement)
        let texts = paragraphs(laid.body).map { plain($0.content) }
        #expect(texts.contains("Se punkt 2 i Bilaga 1"))
        #expect(texts.contains("Punkt 1; punkt 1 i Avtalet"))
        #expect(texts.contains("Bilaga 1 – Budget"))
        // The annex without a text: a cover page.
        #expect(texts.suffix(2) == ["Bilaga 2 – Bidragsbeslut", "Bilagan bifogas separat."])
        #expect(paragraphs(laid.body).last?.role == .annexCover)
        // The reference into the annex is a live field to the clause's bookmark, then one to the annex's entry.
        let main = paragraphs(laid.body).first { plain($0.content) == "Se punkt 2 i Bilaga 1" }
        let fields = main?.content.compactMap { inline -> LaidOutReference? in
            if case .reference(let r) = inline { return r }
            return nil
        }
        #expect(fields?.map(\.kind) == [.clause, .annex])
        #expect(fields?.first?.bookmark == laid.numbers["inside"]?.bookmark)
        #expect(fields?.last?.bookmark == laid.numbers["annex-a"]?.bookmark)

        // Both formats carry the restart: Word by a list instance that restarts, ODF by a clause list of the annex's
        // own, which its later clauses continue.
        let odt = try DocumentRenderer(options: Samples.options).render(agreement, as: .fodt)
        let xml = String(decoding: odt, as: UTF8.self)
        #expect(xml.contains(#"<text:list xml:id="clauses-1""#))
        #expect(xml.contains(#"text:continue-list="clauses-1""#))
        #expect(xml.contains("Bilagan bifogas separat."))
        let docx = try DocumentRenderer(options: Samples.options).render(agreement, as: .flatDocx)
        #expect(String(decoding: docx, as: UTF8.self).contains("w:startOverride"))
    }

    @Test func annexTextsAreCheckedAndRoundTrip() throws {
        var agreement = Agreement(
            metadata: AgreementMetadata(title: "Avtal", language: .sv),
            blocks: [
                .annexes(AnnexList(annexes: [Annex(id: "annex-a", title: [.text("Budget")])])),
                .annex(AnnexContent(annex: "annex-a", body: [.paragraph([.text("Text")])])),
                .annex(AnnexContent(annex: "annex-a", body: nil)),
                .annex(AnnexContent(annex: "annex-x", body: nil)),
            ])
        let messages = ModelValidator().issues(in: agreement).map(\.message)
        #expect(messages.contains("the annex 'annex-a' has more than one text"))
        #expect(messages.contains("the annex text names 'annex-x', which is no annex of the annex list"))
        agreement.blocks.removeLast(2)
        let json = try ModelJSON.encode(agreement)
        #expect(String(decoding: json, as: UTF8.self).contains(#""type" : "annex""#))
        #expect(try ModelJSON.decode(json, file: "annex.json") == agreement)
    }

    @Test func finalAssemblyListsTheAnnexesToAttach() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/cross-border.yaml")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire, requireComplete: true)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: .sv, final: true))
        let list = annexList(result.agreement)
        let separate = annexTexts(result.agreement).filter(\.isAttachedSeparately).map(\.annex)
        #expect(separate.contains("annex-grant-decision"))
        #expect(
            result.separateAnnexes
                == separate.map { id in
                    let index = list.firstIndex { $0.id == id }!
                    let title = list[index].title.map { if case .text(let t) = $0 { t } else { "" } }.joined()
                    return "Bilaga \(index + 1) – \(title)"
                })
    }

    @Test func lintChecksAnnexTexts() throws {
        let dir = try TestEnvironment.temporaryDirectory("annex-lint")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = TestEnvironment.repositoryRoot.appendingPathComponent("clauses")
        let copy = dir.appendingPathComponent("clauses")
        try FileManager.default.copyItem(at: source, to: copy)
        let file = copy.appendingPathComponent("annexes/annex-budget-body.clause")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "{{ref annex-budget-totals}}", with: "{{ref annex-budget-sums}}", options: [], range: nil)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let diagnostics = LibraryLoader.check(directory: copy.path).diagnostics
        #expect(
            diagnostics.contains {
                $0.severity == .error && $0.message.contains("annex-budget-sums")
                    && $0.location?.file.hasSuffix("annex-budget-body.clause") == true
            }, "\(diagnostics)")
    }
}
