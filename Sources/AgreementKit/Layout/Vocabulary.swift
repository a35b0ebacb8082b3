/// The fixed words a writer puts into a document, in the agreement's language, from its words file.
struct Vocabulary: Sendable {
    let language: Language
    private let words: Words

    init(_ language: Language) {
        self.language = language
        self.words = language.words
    }

    /// The BCP 47 tag, for `xml:lang`, `w:lang` and `fo:language`.
    var languageTag: String { words.text(.languageTag) }
    var languageCode: String { language.rawValue }
    var countryCode: String { words.text(.languageCountry) }
    /// The decimal sign and Word's list separator, for the document's settings.
    var decimalSymbol: String { words.text(.numbersDecimal) }
    var listSeparator: String { words.text(.numbersListSeparator) }

    var clauseWord: String { words.text(.documentClause) }
    var clauseWordCapitalized: String { words.text(.documentClauseCapitalized) }
    /// The word before an annex number, which list numbering prints as its prefix.
    var annexWord: String { words.text(.documentAnnex) }
    func annexLabel(_ n: Int) -> String { words.text(.documentAnnexLabel, ["n": String(n)]) }

    /// "Sida", "av": the footer reads "Sida 3 av 12" / "Page 3 of 12".
    var pageWord: String { words.text(.documentPage) }
    var ofWord: String { words.text(.documentOf) }
    var draftMark: String { words.text(.documentDraft) }

    var annexesHeading: String { words.text(.documentAnnexes) }
    /// Between an annex's label and its title in the annex's heading: " – ".
    var annexTitleSeparator: String { words.text(.documentAnnexTitleSeparator) }
    /// The sentence on the cover page of an annex attached separately.
    var annexAttachedSeparately: String { words.text(.documentAnnexAttachedSeparately) }
    /// The word joining a clause number to the annex that holds it: "punkt 1.2 i Bilaga 2".
    var annexClauseIn: String { words.text(.documentAnnexClauseIn) }
    /// After a clause number of the agreement named from an annex: "punkt 3.2 i Avtalet".
    var agreementClauseIn: String { words.text(.documentAgreementClauseIn) }
    /// The label before a party's organisation number: "org.nr" / "reg. no.", or "CVR-nr" / "CVR no.".
    func organisationNumberLabel(_ kind: OrganisationNumberKind?) -> String {
        switch kind ?? .organisationNumber {
        case .organisationNumber: return words.text(.documentOrganisationNumber)
        case .cvr: return words.text(.documentCvrNumber)
        }
    }
    func roleLabel(_ role: PartyRole) -> String {
        switch role {
        case .publicParty: return words.text(.documentRolePublicParty)
        case .supplier: return words.text(.documentRoleSupplier)
        case .knowledgeInstitution: return words.text(.documentRoleKnowledgeInstitution)
        case .facilitator: return words.text(.documentRoleFacilitator)
        case .other: return words.text(.documentRoleOther)
        }
    }
    /// Text around a short name in the party block: `(”Kommunen”)` / `(“the Municipality”)`.
    var openQuote: String { words.text(.quotesOpen) }
    var closeQuote: String { words.text(.quotesClose) }

    var signatureFor: String { words.text(.documentSignatureFor) }
    var placeAndDate: String { words.text(.documentPlaceAndDate) }
    var nameLabel: String { words.text(.documentName) }
    var titleLabel: String { words.text(.documentTitle) }
    /// "i förening" / "jointly", after the party's name when its signatories sign together.
    var jointlyWord: String { words.text(.documentJointly) }
    /// Who signs on a signature line, by the party's role: "Behörig företrädare" / "Authorised representative" for
    /// public parties, knowledge institutions and other parties; "Firmatecknare" / "Authorised signatory" for
    /// suppliers and facilitators, which are companies.
    func signatoryLabel(_ role: PartyRole?) -> String {
        switch role {
        case .supplier?, .facilitator?: return words.text(.documentSignatoryCompany)
        case .publicParty?, .knowledgeInstitution?, .other?, nil: return words.text(.documentSignatoryPublic)
        }
    }
    /// A date in words, as the title's date line writes it: "1 mars 2026" / "1 March 2026".
    func dateInWords(_ date: CalendarDate) -> String { ValueFormatter(language: language).dateInWords(date) }
    var defaultNoteAuthor: String { "opi-agreement" }
    var fillInLine: String { "______________________________" }
    /// A shorter line to fill in, for a value that shares its line with a label.
    var shortFillInLine: String { "____________" }

    /// A word in `first`'s language, followed by `second`'s when there is a second language and its word differs:
    /// "Ort och datum / Place and date".
    static func both(_ first: Vocabulary, _ second: Vocabulary?, _ word: (Vocabulary) -> String) -> String {
        let main = word(first)
        guard let second else { return main }
        let other = word(second)
        return other == main ? main : "\(main) / \(other)"
    }
}
