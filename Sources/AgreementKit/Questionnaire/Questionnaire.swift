/// The questions an agreement type needs, grouped into sections, in the order asked.
public struct Questionnaire: Sendable, Equatable {
    /// The sections.
    public var sections: [QuestionSection]
    /// The checks across answers (`checks:`), in the order declared.
    public var checks: [AnswerCheck]
    /// The file it was read from.
    public var file: String

    /// Creates a questionnaire.
    public init(sections: [QuestionSection], checks: [AnswerCheck] = [], file: String) {
        self.sections = sections
        self.checks = checks
        self.file = file
    }

    /// Every top-level question, in order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The top-level question with this id.
    public func question(_ id: String) -> Question? {
        for section in sections {
            if let q = section.questions.first(where: { $0.id == id }) { return q }
        }
        return nil
    }
}
