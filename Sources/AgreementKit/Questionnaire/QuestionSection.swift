/// A group of questions asked together ("Parter", "Resultat").
public struct QuestionSection: Sendable, Equatable {
    /// The section id.
    public var id: String
    /// The section title.
    public var title: Localized<String>
    /// The questions, in the order asked.
    public var questions: [Question]

    /// Creates a section.
    public init(id: String, title: Localized<String>, questions: [Question]) {
        self.id = id
        self.title = title
        self.questions = questions
    }
}
