/// The interactive questionnaire: asks a questionnaire's questions one at a time through an `InterviewIO`, checks
/// every answer as an answers file would, saves after each answer, and ends with a review where any answer can be
/// changed.
///
/// - Questions are asked in order; one whose `ask_when` is false given the answers so far is skipped. A list
///   question is asked one record at a time, each field a question of its own (a field's `ask_when` sees the
///   record's other fields), followed by "another one?" within the list's `min` and `max`.
/// - Each prompt shows progress ("Fråga 7 av ~18", the estimate following the conditions), the label, numbered
///   options, the expected form and the default or earlier answer in brackets: Enter takes it; Enter on an optional
///   question without one leaves it unanswered, as does `-`.
/// - `?` shows the help, `<` goes back one question (also across records), `!review` lists the answers so far; a
///   leading `\` makes any of these an ordinary answer. Invalid input is explained and asked again.
/// - With answers already given (resuming a saved file) only what is still missing is asked.
/// - `save` is called with the answers and the paths deliberately left unanswered after every change; the command
///   line writes them with `AnswersWriter` and `FileAccess.write`.
public struct Interview {
    /// The questionnaire asked.
    public let questionnaire: Questionnaire
    /// The language of the questions and of the interview's own words.
    public let language: Language
    /// The answers so far.
    public internal(set) var answers: Answers
    /// The questions and record fields (`suppliers[0].name`) the person chose to leave unanswered.
    public internal(set) var unanswered: Set<AnswerPath>
    /// The answers file, named in the introduction.
    public var fileName: String?

    let io: any InterviewIO
    let save: (Answers, Set<AnswerPath>) throws -> Void
    let questions: [Question]
    let sectionOf: [Int]
    let text: InterviewText
    let describe: QuestionDescription
    let input: InterviewInput
    let style: TerminalStyle

    /// The steps answered in the current pass, for `<`.
    var history: [InterviewStep] = []
    /// Whether every question is asked (a new interview), or only what is missing (resuming, after a change).
    var askAll = true
    /// The question being changed from the review: asked even though it has an answer.
    var forced: Int?
    /// The headings last shown, so that each is shown once when it changes.
    var shownSection: Int?
    var shownList: Int?
    var shownRecord: InterviewStep?

    /// Creates an interview. `answers` and `unanswered` come from a saved file when resuming.
    public init(
        questionnaire: Questionnaire, language: Language, answers: Answers = Answers(),
        unanswered: Set<AnswerPath> = [],
        io: any InterviewIO, fileName: String? = nil, save: @escaping (Answers, Set<AnswerPath>) throws -> Void
    ) {
        self.questionnaire = questionnaire
        self.language = language
        self.answers = answers
        self.unanswered = unanswered
        self.io = io
        self.fileName = fileName
        self.save = save
        questions = questionnaire.questions
        sectionOf = questionnaire.sections.enumerated().flatMap { index, section in
            Array(repeating: index, count: section.questions.count)
        }
        text = InterviewText(language: language)
        describe = QuestionDescription(language: language)
        input = InterviewInput(language: language)
        style = TerminalStyle(enabled: io.allowsColour)
    }

    /// Runs the interview to the end of the review, or until the input ends. Errors are those of `save`.
    public mutating func run() throws -> InterviewOutcome {
        for line in text.intro(file: fileName) { say(style.dim(line)) }
        askAll = answers.values.isEmpty && unanswered.isEmpty
        if !askAll { say(text.resuming(answers.values.count)) }
        try store()
        guard try walk(from: firstStep(fromTop: 0)) else { return .inputEnded(answers) }
        askAll = false
        while true {
            guard let choice = try review() else { return .inputEnded(answers) }
            switch choice {
            case .confirm:
                guard !answers.missingAnswers(in: questionnaire).isEmpty, let step = firstStep(fromTop: 0) else {
                    return .completed(answers)
                }
                say(style.problem(text.stillMissing))
                guard try walk(from: step) else { return .inputEnded(answers) }
            case .change(let index):
                forced = index
                let finished = try walk(from: entry(index))
                forced = nil
                guard finished else { return .inputEnded(answers) }
                // A change can also make an earlier question relevant (its `ask_when` names a later one): ask
                // every question that is now asked and was never answered or deliberately left unanswered.
                if let step = firstStep(fromTop: 0) {
                    guard try walk(from: step) else { return .inputEnded(answers) }
                }
            }
        }
    }

    /// Asks from `start` on until no question is left (true) or the input ends (false).
    mutating func walk(from start: InterviewStep?) throws -> Bool {
        history = []
        shownSection = nil
        shownList = nil
        shownRecord = nil
        var step = start
        while let current = step {
            switch try ask(current) {
            case .ended:
                io.write("\n")
                return false
            case .back:
                if let previous = history.popLast() {
                    step = previous
                } else {
                    say(style.problem(text.atFirst))
                }
            case .answered:
                history.append(current)
                step = next(after: current)
            case .addRecord:
                history.append(current)
                guard case .another(let list, let record) = current else { return true }
                step = recordStart(list, record + 1)
            case .closeList:
                history.append(current)
                guard case .another(let list, _) = current else { return true }
                step = firstStep(fromTop: list + 1)
            }
        }
        return true
    }

    /// What a prompt ended with.
    enum Reply {
        case answered, back, ended, addRecord, closeList
    }

    /// The answers and unanswered paths handed to `save`.
    mutating func store() throws {
        try save(answers, unanswered)
    }

    /// Writes a line.
    func say(_ line: String) {
        io.write(line + "\n")
    }
}
