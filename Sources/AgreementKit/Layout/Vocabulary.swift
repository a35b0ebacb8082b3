/// The fixed words a writer puts into a document, in the agreement's language.
struct Vocabulary: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    /// The BCP 47 tag, for `xml:lang`, `w:lang` and `fo:language`.
    var languageTag: String { language == .sv ? "sv-SE" : "en-GB" }
    var languageCode: String { language == .sv ? "sv" : "en" }
    var countryCode: String { language == .sv ? "SE" : "GB" }
    /// The decimal symbol and the list separator of numbers and formulas.
    var decimalSymbol: String { language == .sv ? "," : "." }
    var listSeparator: String { language == .sv ? ";" : "," }

    var clauseWord: String { language == .sv ? "punkt" : "clause" }
    var clauseWordCapitalized: String { language == .sv ? "Punkt" : "Clause" }
    /// The word before an annex number, which list numbering prints as its prefix.
    var annexWord: String { language == .sv ? "Bilaga" : "Annex" }
    func annexLabel(_ n: Int) -> String { "\(annexWord) \(n)" }

    /// "Sida", "av": the footer reads "Sida 3 av 12" / "Page 3 of 12".
    var pageWord: String { language == .sv ? "Sida" : "Page" }
    var ofWord: String { language == .sv ? "av" : "of" }
    var draftMark: String { language == .sv ? "UTKAST" : "DRAFT" }

    var annexesHeading: String { language == .sv ? "Bilagor" : "Annexes" }
    /// The label before a party's organisation number: "org.nr" / "reg. no.", or "CVR-nr" / "CVR no.".
    func organisationNumberLabel(_ kind: OrganisationNumberKind?) -> String {
        switch (language, kind ?? .organisationNumber) {
        case (.sv, .organisationNumber): return "org.nr"
        case (.en, .organisationNumber): return "reg. no."
        case (.sv, .cvr): return "CVR-nr"
        case (.en, .cvr): return "CVR no."
        }
    }
    func roleLabel(_ role: PartyRole) -> String {
        switch (language, role) {
        case (.sv, .publicParty): return "offentlig part"
        case (.sv, .supplier): return "leverantör"
        case (.sv, .knowledgeInstitution): return "kunskapsinstitution"
        case (.sv, .facilitator): return "processledare"
        case (.sv, .other): return "övrig part"
        case (.en, .publicParty): return "public party"
        case (.en, .supplier): return "supplier"
        case (.en, .knowledgeInstitution): return "knowledge institution"
        case (.en, .facilitator): return "facilitator"
        case (.en, .other): return "other party"
        }
    }
    /// Text around a short name in the party block: `(”Kommunen”)` / `(“the Municipality”)`.
    var openQuote: String { language == .sv ? "\u{201D}" : "\u{201C}" }
    var closeQuote: String { "\u{201D}" }

    var signatureFor: String { language == .sv ? "För" : "For" }
    var placeAndDate: String { language == .sv ? "Ort och datum" : "Place and date" }
    var nameLabel: String { language == .sv ? "Namnförtydligande" : "Name" }
    var titleLabel: String { language == .sv ? "Befattning" : "Title" }
    var defaultNoteAuthor: String { "opi-agreement" }
    var fillInLine: String { "______________________________" }
    /// A shorter line to fill in, for a value that shares its line with a label.
    var shortFillInLine: String { "____________" }
}
