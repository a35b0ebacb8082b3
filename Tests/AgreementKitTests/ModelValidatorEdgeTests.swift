import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The model checks a writer relies on, each at its path: empty title and ids, ids twice, parties and annexes that
/// are not there, annex texts twice or inside a clause, lists too deep, tables without cells or with widths that do
/// not fit.
@Suite("Model validation: each problem at its path")
struct ModelValidatorEdgeTests {
    static func issues(_ metadata: AgreementMetadata, _ blocks: [Block]) -> [String] {
        ModelValidator().issues(in: Agreement(metadata: metadata, blocks: blocks)).map {
            "\($0.path) \($0.problem.key)"
        }
    }

    @Test func metadataProblemsAreAtTheirFields() {
        let metadata = AgreementMetadata(
            title: " ", language: .sv,
            parties: [
                Party(id: "p", name: "A", role: .publicParty), Party(id: "p", name: "B", role: .supplier),
                Party(id: " ", name: "C", role: .supplier, shortName: " "),
            ],
            provenance: [ProvenanceEntry(key: "k", value: "1"), ProvenanceEntry(key: "k", value: "2")])
        #expect(
            Self.issues(metadata, []) == [
                "metadata.title modelTitleEmpty", "metadata.parties[1].id modelPartyIdTwice",
                "metadata.parties[2].id modelEmpty", "metadata.parties[2].shortName modelEmpty",
                "metadata.provenance[1].key modelProvenanceKeyTwice",
            ])
    }

    /// Issues that need the whole model (an unknown reference, an annex text naming no listed annex) come in
    /// document order with the others, and a reference to a clause further on is no issue.
    @Test func issuesNeedingTheWholeModelComeInDocumentOrder() {
        let metadata = AgreementMetadata(
            title: "Avtal", language: .sv, parties: [Party(id: "p", name: "A", role: .publicParty)])
        let blocks: [Block] = [
            .paragraph([.reference(CrossReference(target: "ghost")), .text("a\u{1}")]),
            .paragraph([.reference(CrossReference(target: "later"))]),
            .annex(AnnexContent(annex: "z", body: [.paragraph([.text("b\u{1}")])])),
            .clause(Clause(id: "later")),
            .parties(PartyBlock(parties: ["x"])),
        ]
        let issues = ModelValidator().issues(in: Agreement(metadata: metadata, blocks: blocks))
        #expect(
            issues.map(\.problem.key) == [
                .modelReferenceUnknown, .modelBadCharacter, .modelAnnexTextUnknown, .modelBadCharacter,
                .modelNotAParty,
            ], "\(issues)")
        #expect(
            issues.map { "\($0.path)".prefix(9) } == ["blocks[0]", "blocks[0]", "blocks[2]", "blocks[2]", "blocks[4]"])
    }

    /// An issue of one of a parallel document's models names the model's language after its path, in the words of
    /// each messages language; one of a single model does not.
    @Test func anIssueOfAParallelModelNamesItsLanguage() {
        let path = ModelPath().key("blocks").index(4)
        let issue = ModelIssue(path: path, problem: Message(.modelTableNoCells), language: .en)
        func text(_ issue: ModelIssue, _ language: Language) -> String {
            language.words.text(Message(.cliCannotWriteDocuments, ["reason": issue.reason]))
        }
        #expect(text(issue, .en) == "cannot write the documents: blocks[4] (English text): the table has no cells")
        #expect(text(issue, .sv).hasPrefix("dokumenten kan inte skrivas: blocks[4] (engelsk text): "))
        #expect(text(issue, .da).hasPrefix("dokumenterne kan ikke skrives: blocks[4] (engelsk tekst): "))
        // The text form, in the messages language, says the same.
        #expect(issue.description.hasPrefix("blocks[4] (") && issue.description.hasSuffix("): \(issue.message)"))
        let single = ModelIssue(path: path, problem: Message(.modelTableNoCells))
        #expect(text(single, .en) == "cannot write the documents: blocks[4]: the table has no cells")
        #expect(single.description == "blocks[4]: \(single.message)")
    }

    /// The annex in a clause is its first text, so the one after it at the top is the second.
    @Test func blockProblemsAreAtTheirBlocks() {
        let metadata = AgreementMetadata(
            title: "Avtal", language: .sv, parties: [Party(id: "p", name: "A", role: .publicParty)])
        var list = ListBlock(kind: .bulleted, items: [ListItem(content: [.text("djup")])])
        for _ in 0..<ListBlock.maximumDepth {
            list = ListBlock(kind: .bulleted, items: [ListItem(content: [.text("x")], children: list)])
        }
        let blocks: [Block] = [
            .parties(PartyBlock(parties: ["p", "x"])),
            .annexes(AnnexList(annexes: [Annex(id: "a", title: [.text("A")])])),
            .clause(Clause(id: "c", body: [.annex(AnnexContent(annex: "a", body: []))])),
            .annex(AnnexContent(annex: "a", body: [])),
            .annex(AnnexContent(annex: "z", body: [])),
            .list(list),
            .table(Table(rows: [])),
            .table(Table(rows: [TableRow(cells: [[.text("a")], [.text("b")]])], widths: [1, 0, 2])),
        ]
        #expect(
            Self.issues(metadata, blocks) == [
                "blocks[0].parties[1] modelNotAParty", "blocks[2].body[0] modelAnnexTextNested",
                "blocks[3].annex modelAnnexTextTwice", "blocks[4].annex modelAnnexTextUnknown",
                "blocks[5].items[0].children.items[0].children.items[0].children modelListTooDeep",
                "blocks[6] modelTableNoCells", "blocks[7].widths modelWidthsCount",
                "blocks[7].widths modelWidthsPositive",
            ])
    }
}
