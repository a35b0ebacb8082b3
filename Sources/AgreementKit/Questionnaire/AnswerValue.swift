/// A typed answer to a question.
public indirect enum AnswerValue: Sendable, Equatable {
    /// Text, e-mail, organisation or CVR number.
    case text(String)
    /// Yes or no.
    case boolean(Bool)
    /// A whole number.
    case integer(Int)
    /// An amount of money.
    case amount(Amount)
    /// A date.
    case date(CalendarDate)
    /// The value of the chosen option.
    case choice(String)
    /// The values of the chosen options.
    case choices([String])
    /// The records of a list question.
    case list([AnswerRecord])
    /// One record of a list question: what a loop variable (`s` in `{{for s in suppliers}}`) or an indexed path
    /// (`suppliers.0`) stands for. Never the answer to a question itself.
    case record(AnswerRecord)
}
