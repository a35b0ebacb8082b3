/// A typed answer to a question.
public indirect enum AnswerValue: Sendable, Equatable {
    /// Text, e-mail, organisation or CVR number.
    case text(String)
    /// A free-text answer given per language, to a question marked `translate: true` (a plain text answer is in
    /// the agreement's main language). A build in one language reads it as `.text` (`Answers.inLanguage`).
    case texts(LanguageTexts)
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
