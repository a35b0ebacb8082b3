/// One prompt of an interview.
enum InterviewStep: Sendable, Equatable, Hashable {
    /// A top-level question that is not a list, by its index in the questionnaire's questions.
    case question(Int)
    /// A field of a record of a list question: the list's index, the record (from 0), the field's index.
    case field(list: Int, record: Int, field: Int)
    /// "Another one?" after record `record` of a list (-1: before the first record of a list that may be empty).
    case another(list: Int, record: Int)
}

/// A step that asks for an answer: a top-level question, or a field of a record ("another one?" asks for none).
enum AnswerStep: Sendable, Equatable {
    /// A top-level question that is not a list.
    case question(Int)
    /// A field of a record of a list question.
    case field(list: Int, record: Int, field: Int)

    /// The step as the walk knows it.
    var step: InterviewStep {
        switch self {
        case .question(let index): return .question(index)
        case .field(let list, let record, let field): return .field(list: list, record: record, field: field)
        }
    }
}
