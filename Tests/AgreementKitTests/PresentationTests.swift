import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The words of signatures and party blocks the same in every format: an empty value is a line or label to fill
/// in, a party the metadata lacks is named by its id, a party block shows its listed parties in their order.
@Suite("Signatures and party blocks in words")
struct PresentationTests {
    static func text(_ lines: [[Inline]]) -> [String] { lines.map(Inline.plainText) }

    @Test func emptyValuesAreLinesAndLabelsToFillIn() {
        let presentation = SignaturePresentation(vocabulary: Vocabulary(.sv))
        let signature = Signature(party: "x", name: "", title: "", place: "")
        #expect(
            Self.text(presentation.lines(signature, party: nil)) == [
                "För x", "Ort och datum: ____________, ____________", "", "", "______________________________",
                "Behörig företrädare", "Namnförtydligande",
                "Befattning",
            ])
        let filled = Signature(party: "p", name: "Anna Andersson", title: "Regiondirektör", place: "Malmö")
        let party = Party(id: "p", name: "Region Skåne", role: .publicParty)
        let lines = Self.text(presentation.lines(filled, party: party))
        #expect(lines[0] == "För Region Skåne")
        #expect(lines[1] == "Ort och datum: Malmö, ____________")
        #expect(lines.suffix(3) == ["Behörig företrädare", "Anna Andersson", "Regiondirektör"])
    }

    @Test func aPartyBlockShowsItsListedPartiesInTheirOrderOrAll() {
        let metadata = AgreementMetadata(
            title: "Avtal", language: .sv,
            parties: [
                Party(id: "p", name: "Kommunen", role: .publicParty), Party(id: "s", name: "Bolaget", role: .supplier),
            ])
        let presentation = PartyPresentation(vocabulary: Vocabulary(.sv))
        #expect(
            presentation.parties(of: PartyBlock(parties: ["s", "gone", "p"]), in: metadata).map(\.id) == ["s", "p"])
        #expect(presentation.parties(of: PartyBlock(), in: metadata).map(\.id) == ["p", "s"])
    }
}
