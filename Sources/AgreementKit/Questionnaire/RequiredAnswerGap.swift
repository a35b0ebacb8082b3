/// A required answer that is asked but not given, found by `Answers.missingAnswers(in:)`.
struct RequiredAnswerGap: Sendable {
    /// The path: `project_title`, or `public_parties[1].name` (records counted from 0).
    var path: AnswerPath
    /// The question or field.
    var question: Question
    /// For a field of a record: the list question's id and the record's index.
    var record: (list: String, index: Int)?
    /// When the answer is there but has too few elements: the minimum.
    var minimum: Int?
}
