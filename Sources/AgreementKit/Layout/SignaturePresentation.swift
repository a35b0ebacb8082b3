/// The lines of one signature, the same in every output format. A value not yet known is a line to fill in.
///
///     För Region Skåne (i förening)   (strong; "i förening" when the party's signatories sign jointly)
///     Ort och datum: Malmö, 1 mars 2026     (the date in words, as under the title)
///     (space for the signature)
///     ______________________________
///     Behörig företrädare             (or "Firmatecknare" for a supplier or facilitator)
///     Anna Andersson                  (or "Namnförtydligande")
///     Regiondirektör                  (or "Befattning")
struct SignaturePresentation: Sendable {
    let vocabulary: Vocabulary
    /// The second language of a parallel document, whose signatures (written once) give each label in both
    /// languages ("Ort och datum / Place and date"); nil for one language.
    var second: Vocabulary? = nil

    /// A label in the document's language, or in both.
    private func label(_ word: (Vocabulary) -> String) -> String {
        Vocabulary.both(vocabulary, second, word)
    }

    /// The organisation line ("För Region Skåne"), with "(i förening)" / "(jointly)" for a signatory who signs
    /// with others.
    func organisationLine(_ party: Party?, id: String, jointly: Bool = false) -> [Inline] {
        let joint = jointly ? " (\(label(\.jointlyWord)))" : ""
        return [.strong([.text("\(label(\.signatureFor)) \(party?.name ?? id)\(joint)")])]
    }

    /// The place and date line.
    func placeAndDateLine(_ signature: Signature) -> [Inline] {
        let place = signature.place.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.shortFillInLine
        let date = signature.date.map(vocabulary.dateInWords) ?? vocabulary.shortFillInLine
        return [.text("\(label(\.placeAndDate)): \(place), \(date)")]
    }

    /// The signature line itself.
    var signatureLine: [Inline] { [.text(vocabulary.fillInLine)] }

    /// Who signs on the line: the label that fits the party's role.
    func capacityLine(_ party: Party?) -> [Inline] {
        [.text(label { $0.signatoryLabel(party?.role) })]
    }

    /// The signatory's name, or the label under which to print it.
    func nameLine(_ signature: Signature) -> [Inline] {
        [.text(signature.name.flatMap { $0.isEmpty ? nil : $0 } ?? label(\.nameLabel))]
    }

    /// The signatory's title, or the label under which to write it.
    func titleLine(_ signature: Signature) -> [Inline] {
        [.text(signature.title.flatMap { $0.isEmpty ? nil : $0 } ?? label(\.titleLabel))]
    }

    /// All lines in order; an empty array stands for an empty paragraph (the space for the signature).
    func lines(_ signature: Signature, party: Party?) -> [[Inline]] {
        [
            organisationLine(party, id: signature.party, jointly: signature.jointly), placeAndDateLine(signature), [],
            [], signatureLine, capacityLine(party), nameLine(signature), titleLine(signature),
        ]
    }
}
