/// The questions an agreement type needs, grouped into sections, in the order asked.
public struct Questionnaire: Sendable, Equatable {
    /// The sections.
    public var sections: [QuestionSection] {
        didSet {
            positions = Self.positions(of: sections)
            questions = sections.flatMap(\.questions)
        }
    }
    /// Where each top-level question is (section, question), by id; the first when ids repeat.
    private var positions: [String: QuestionPosition]
    /// The checks across answers (`checks:`), in the order declared.
    public var checks: [AnswerCheck]
    /// The file it was read from.
    public var file: String

    /// Creates a questionnaire.
    public init(sections: [QuestionSection], checks: [AnswerCheck] = [], file: String) {
        self.sections = sections
        self.positions = Self.positions(of: sections)
        self.questions = sections.flatMap(\.questions)
        self.checks = checks
        self.file = file
    }

    /// Every top-level question, in order: the sections' questions, kept with them (every answers file and every
    /// agreement of a batch walks them, so they are not gathered anew each time).
    public private(set) var questions: [Question]

    /// The top-level question with this id.
    public func question(_ id: String) -> Question? {
        positions[id].map { sections[$0.section].questions[$0.question] }
    }

    private struct QuestionPosition: Sendable, Equatable {
        var section: Int
        var question: Int
    }

    private static func positions(of sections: [QuestionSection]) -> [String: QuestionPosition] {
        var positions: [String: QuestionPosition] = [:]
        for (s, section) in sections.enumerated() {
            for (q, question) in section.questions.enumerated() where positions[question.id] == nil {
                positions[question.id] = QuestionPosition(section: s, question: q)
            }
        }
        return positions
    }
}
