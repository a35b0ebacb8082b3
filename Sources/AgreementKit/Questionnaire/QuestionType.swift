/// The kind of answer a question takes.
public enum QuestionType: String, Sendable, Equatable, CaseIterable {
    /// One line of text.
    case text
    /// Several lines of text.
    case longText = "long_text"
    /// Yes or no.
    case yesNo = "yes_no"
    /// One of the options.
    case choice
    /// Any number of the options.
    case multipleChoice = "multiple_choice"
    /// A whole number, with optional bounds.
    case integer
    /// An amount of money with a currency.
    case amount
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// An e-mail address.
    case email
    /// A Swedish organisation number, `NNNNNN-NNNN`, with a valid check digit.
    case organisationNumberSE = "org_number_se"
    /// A Danish CVR number, eight digits passing the modulus-11 check.
    case cvrDK = "cvr_dk"
    /// One of the parties already entered: the name of a record of one of the question's `parties` lists.
    case party
    /// A list of records, each answering the question's `fields`.
    case list
}
