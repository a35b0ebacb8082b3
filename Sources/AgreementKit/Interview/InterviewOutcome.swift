/// How an interview ended.
public enum InterviewOutcome: Sendable, Equatable {
    /// Every question was answered and the review confirmed: the answers to build from.
    case completed(Answers)
    /// The input ended first (Ctrl-D, a closed or exhausted stdin): the answers given so far, already saved.
    case inputEnded(Answers)

    /// The answers in either case.
    public var answers: Answers {
        switch self {
        case .completed(let answers), .inputEnded(let answers): return answers
        }
    }
}
