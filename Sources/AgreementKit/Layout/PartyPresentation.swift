import Foundation

/// The words that present a party in a party block, the same in every output format:
/// **Region Skåne**, org.nr 232100-0255, 291 89 Kristianstad, offentlig part (”Regionen”); a Danish party's CVR
/// number reads "CVR-nr 12345674".
struct PartyPresentation: Sendable {
    let vocabulary: Vocabulary
    /// The second language of a parallel document, whose block of parties gives each label in both languages
    /// ("org.nr / reg. no."); nil for one language.
    var second: Vocabulary? = nil

    /// A label in the document's language, or in both ("offentlig part / public party").
    private func label(_ word: (Vocabulary) -> String) -> String {
        Vocabulary.both(vocabulary, second, word)
    }

    /// The inline content of one party's entry.
    func entry(_ party: Party) -> [Inline] {
        var out: [Inline] = [.strong([.text(party.name)])]
        if let number = party.organisationNumber, !number.isEmpty {
            out.append(.text(", \(label { $0.organisationNumberLabel(party.organisationNumberKind) }) \(number)"))
        }
        if let address = party.address, !address.isEmpty {
            let lines = address.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if !lines.isEmpty { out.append(.text(", " + lines.joined(separator: ", "))) }
        }
        out.append(.text(", " + label { $0.roleLabel(party.role) }))
        if let short = party.shortName, !short.isEmpty {
            out.append(.text(" ("))
            out.append(.definition(term: short, content: [.text(short)]))
            out.append(.text(")"))
        }
        return out
    }

    /// The parties a block shows: the listed ids in order, or every party when the list is empty.
    func parties(of block: PartyBlock, in metadata: AgreementMetadata) -> [Party] {
        if block.parties.isEmpty { return metadata.parties }
        return block.parties.compactMap { id in metadata.parties.first { $0.id == id } }
    }
}
