/// The lines of one signature, the same in every output format. A value not yet known is a line to fill in.
///
///     För Region Skåne                (strong)
///     Ort och datum: Malmö, 2026-03-01
///     (space for the signature)
///     ______________________________
///     Anna Andersson                  (or "Namnförtydligande")
///     Regiondirektör                  (or "Befattning")
struct SignaturePresentation: Sendable {
    let vocabulary: Vocabulary

    /// The organisation line ("För Region Skåne").
    func organisationLine(_ party: Party?, id: String) -> [Inline] {
        [.strong([.text("\(vocabulary.signatureFor) \(party?.name ?? id)")])]
    }

    /// The place and date line.
    func placeAndDateLine(_ signature: Signature) -> [Inline] {
        let place = signature.place.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.shortFillInLine
        let date = signature.date?.iso ?? vocabulary.shortFillInLine
        return [.text("\(vocabulary.placeAndDate): \(place), \(date)")]
    }

    /// The signature line itself.
    var signatureLine: [Inline] { [.text(vocabulary.fillInLine)] }

    /// The signatory's name, or the label under which to print it.
    func nameLine(_ signature: Signature) -> [Inline] {
        [.text(signature.name.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.nameLabel)]
    }

    /// The signatory's title, or the label under which to write it.
    func titleLine(_ signature: Signature) -> [Inline] {
        [.text(signature.title.flatMap { $0.isEmpty ? nil : $0 } ?? vocabulary.titleLabel)]
    }

    /// All lines in order; an empty array stands for an empty paragraph (the space for the signature).
    func lines(_ signature: Signature, party: Party?) -> [[Inline]] {
        [
            organisationLine(party, id: signature.party), placeAndDateLine(signature), [], [], signatureLine,
            nameLine(signature), titleLine(signature),
        ]
    }
}
