import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Where the outlines of a parallel document's two models part: a clause or block one side lacks, a sub-clause
/// deeper down, an annex one side attaches separately; running text between them is no part of the outline.
@Suite("Parallel documents: outline mismatches")
struct ParallelOutlineTests {
    static func mismatch(_ a: [Block], _ b: [Block]) -> ParallelAgreement.OutlineMismatch? {
        let main = Agreement(metadata: AgreementMetadata(title: "A", language: .sv), blocks: a)
        let second = Agreement(metadata: AgreementMetadata(title: "A", language: .en), blocks: b)
        do {
            _ = try ParallelAgreement(main: main, second: second)
            return nil
        } catch {
            return error
        }
    }

    static func clause(_ id: String, _ body: [Block] = []) -> Block {
        .clause(Clause(id: id, heading: [.text(id)], body: body))
    }

    @Test func aClauseOneSideLacksIsAgainstNothing() {
        let short = [Self.clause("a"), Self.clause("b")]
        let long = short + [Self.clause("c")]
        #expect(
            Self.mismatch(long, short)
                == ParallelAgreement.OutlineMismatch(place: "blocks[2]", first: "clause 'c'", second: "nothing"))
        #expect(
            Self.mismatch(short, long)
                == ParallelAgreement.OutlineMismatch(place: "blocks[2]", first: "nothing", second: "clause 'c'"))
    }

    @Test func aSubClauseIsFoundAtItsPlaceInTheBody() {
        let a = [Self.clause("a", [.paragraph([.text("x")]), Self.clause("a1")])]
        let b = [Self.clause("a", [Self.clause("a2"), .paragraph([.text("y")]), .paragraph([.text("z")])])]
        #expect(
            Self.mismatch(a, b)
                == ParallelAgreement.OutlineMismatch(
                    place: "blocks[0].body[0]", first: "clause 'a1'", second: "clause 'a2'"))
    }

    @Test func runningTextListsAndTablesAreNoPartOfTheOutline() {
        let a: [Block] = [
            .title(TitleBlock(title: [.text("Avtal")])), .paragraph([.text("Inledning")]),
            .parties(PartyBlock(parties: ["p", "s"])), Self.clause("a"),
            .list(ListBlock(kind: .bulleted, items: [ListItem(content: [.text("punkt")])])),
            .annexes(AnnexList(annexes: [Annex(id: "x", title: [.text("X")])])), .pageBreak,
            .annex(AnnexContent(annex: "x", body: [.table(Table(rows: [TableRow(cells: [[.text("1")]])]))])),
            .signatures(SignatureBlock(signatures: [Signature(party: "p")])),
        ]
        let b = a.filter {
            switch $0 {
            case .paragraph, .list: return false
            default: return true
            }
        }
        #expect(Self.mismatch(a, b) == nil)
    }

    @Test(arguments: [
        (Block.pageBreak, "page break"), (.parties(PartyBlock(parties: ["p", "s"])), "parties p,s"),
        (.signatures(SignatureBlock(signatures: [Signature(party: "p"), Signature(party: "s")])), "signatures p,s"),
        (.annexes(AnnexList(annexes: [Annex(id: "x", title: [])])), "annexes x"),
        (.title(TitleBlock(title: [.text("Avtal")])), "title"),
    ])
    func eachStructuralBlockIsNamedInTheMismatch(block: Block, name: String) {
        #expect(
            Self.mismatch([block], [Self.clause("a")])
                == ParallelAgreement.OutlineMismatch(place: "blocks[0]", first: name, second: "clause 'a'"))
    }

    @Test func anAnnexAttachedSeparatelyInOneLanguageOnlyIsAMismatch() {
        let attached = [Block.annex(AnnexContent(annex: "x", body: nil))]
        let written = [Block.annex(AnnexContent(annex: "x", body: [.paragraph([.text("Text")])]))]
        #expect(
            Self.mismatch(attached, written)
                == ParallelAgreement.OutlineMismatch(place: "blocks[0]", first: "no text", second: "a text"))
        #expect(
            Self.mismatch(written, attached)
                == ParallelAgreement.OutlineMismatch(place: "blocks[0]", first: "a text", second: "no text"))
        #expect(Self.mismatch(attached, attached) == nil)
    }

    @Test func theMessageNamesBothLanguagesAndWithOneLanguageLeavesTheSecondEmpty() {
        let mismatch = ParallelAgreement.OutlineMismatch(place: "blocks[0]", first: "no text", second: "a text")
        let message = mismatch.message(AgreementLanguages(.sv))
        #expect(message.key == .languagesOutlinesDiffer)
        #expect(message.values["second"] == .text(""))
        #expect(message.values["first"] == .text("sv"))
    }
}
