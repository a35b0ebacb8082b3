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
/// - With answers already given (resuming a saved file) only what is still missing is asked, from the very prompt
///   where the interview stopped (`ListPosition` tells whether a list was finished); `<` goes back over the answers
///   of the file too.
/// - A list's records can be changed, deleted, added and moved from the review, or with `!lista` at "another one?"
///   (`Interview+Lists.swift`); changing one record or field asks only that record or field.
/// - When the agreement has more than one language (`languages`, the first the main one), a question marked
///   `translate: true` is asked in the main language and then, right after, in each further language with the
///   first text shown (`Interview+Languages.swift`); `<` there goes back to the text before. A translation still
///   missing is asked when resuming, before anything else of that question.
/// - `save` is called with the answers, the paths deliberately left unanswered and the position in a list after every
///   change; the command line writes them with `AnswersWriter` and `FileAccess.write`.
public struct Interview {
    /// The questionnaire asked.
    public let questionnaire: Questionnaire
    /// The language of the questions and of the interview's own words.
    public let language: Language
    /// The agreement's languages, the main one first: a translatable answer is asked in each.
    public let languages: [Language]
    /// The answers so far.
    public internal(set) var answers: Answers
    /// The questions and record fields (`suppliers[0].name`) the person chose to leave unanswered.
    public internal(set) var unanswered: Set<AnswerPath>
    /// Where the interview stands in a list still being given, as last saved.
    public internal(set) var position: ListPosition?
    /// The answers file, named in the introduction.
    public var fileName: String?

    let io: any InterviewIO
    let save: (Answers, Set<AnswerPath>, ListPosition?) throws -> Void
    let questions: [Question]
    let sectionOf: [Int]
    let text: InterviewText
    let describe: QuestionDescription
    let input: InterviewInput
    let style: TerminalStyle

    /// The steps answered in the current pass, for `<`.
    var history: [InterviewStep] = []
    /// Whether the step being asked was reached with `<`: a translatable answer is then asked from its last
    /// language, the one asked just before the step that was left.
    var arrivedBack = false
    /// Whether every question is asked (a new interview), or only what is missing (resuming, after a change).
    var askAll = true
    /// The question being changed from the review: asked even though it has an answer.
    var forced: Int?
    /// The headings last shown, so that each is shown once when it changes.
    var shownSection: Int?
    var shownList: Int?
    var shownRecord: InterviewStep?
    /// The step being asked, for the list position saved with the answers.
    var current: InterviewStep?
    /// The record being changed or added from the list menu: the walk ends after it; `all`: every field is asked,
    /// else only the field chosen and those that became necessary.
    var focus: (list: Int, record: Int, all: Bool)?
    /// The "another one?" prompts answered yes in this sitting: yes is their default when going back to them.
    var saidYes: Set<InterviewStep> = []
    /// Counts the saves: the answers change only with one. Keys `planCache`.
    var version = 0
    /// The last `plan()`, for the save and the new record it was made for.
    var planCache: (version: Int, pending: ListPosition?, steps: [InterviewStep])?

    /// Creates an interview. `answers` and `unanswered` come from a saved file when resuming. `languages` are the
    /// agreement's languages, the main one first; empty: `language` alone.
    public init(
        questionnaire: Questionnaire, language: Language, languages: [Language] = [], answers: Answers = Answers(),
        unanswered: Set<AnswerPath> = [], position: ListPosition? = nil,
        io: any InterviewIO, fileName: String? = nil,
        save: @escaping (Answers, Set<AnswerPath>, ListPosition?) throws -> Void
    ) {
        self.questionnaire = questionnaire
        self.language = language
        self.languages = languages.isEmpty ? [language] : languages
        self.answers = answers
        self.unanswered = unanswered
        self.position = position
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
        askAll = answers.values.isEmpty && unanswered.isEmpty && position == nil
        if !askAll { say(text.resuming(answerCount)) }
        let start = firstStep(fromTop: 0)
        try store()
        guard try walk(from: start, history: askAll ? [] : replayed(until: start)) else {
            return .inputEnded(answers)
        }
        askAll = false
        return try Self.untilAnswered { () throws -> InterviewOutcome? in
            switch review() {
            case .ended:
                return .inputEnded(answers)
            case .confirm:
                guard !answers.missingAnswers(in: questionnaire).isEmpty, let step = firstStep(fromTop: 0) else {
                    return .completed(answers)
                }
                say(style.problem(text.stillMissing))
                guard try walk(from: step) else { return .inputEnded(answers) }
            case .change(let index) where questions[index].type == .list:
                guard try editList(index) else { return .inputEnded(answers) }
                if let step = firstStep(fromTop: 0) {
                    guard try walk(from: step) else { return .inputEnded(answers) }
                }
            case .change(let index):
                // Not a list (the case above): asked from its own prompt, whether or not it needs asking.
                forced = index
                let finished = try walk(from: .question(index))
                forced = nil
                guard finished else { return .inputEnded(answers) }
                // A change can also make an earlier question relevant (its `ask_when` names a later one): ask
                // every question that is now asked and was never answered or deliberately left unanswered.
                if let step = firstStep(fromTop: 0) {
                    guard try walk(from: step) else { return .inputEnded(answers) }
                }
            }
            return nil
        }
    }

    /// Runs `attempt` until it gives a result (nil: try again) and returns that result: the loop of every prompt
    /// that asks until it gets an answer it can use, written so that nothing follows the loop.
    static func untilAnswered<Result>(_ attempt: () throws -> Result?) rethrows -> Result {
        var result = try attempt()
        while result == nil { result = try attempt() }
        return result!
    }

    /// Asks from `start` on until no question is left (true) or the input ends (false). `history` is where `<`
    /// goes back to before `start`.
    mutating func walk(from start: InterviewStep?, history before: [InterviewStep] = []) throws -> Bool {
        history = before
        shownSection = nil
        shownList = nil
        shownRecord = nil
        var step = start
        defer { current = nil }
        while let current = step {
            switch try ask(current) {
            case .ended:
                io.write("\n")
                return false
            case .back:
                if let previous = history.popLast() {
                    step = previous
                    arrivedBack = true
                } else {
                    say(style.problem(text.atFirst))
                }
            case .answered:
                history.append(current)
                step = next(after: current)
            case .addRecord(let list, let record):
                history.append(current)
                step = recordStart(list, record + 1)
            case .closeList(let list):
                history.append(current)
                step = firstStep(fromTop: list + 1)
            }
        }
        return true
    }

    /// What a prompt ended with.
    enum Reply: Equatable {
        case answered, back, ended
        /// "Another one?" after record `after` (-1: before the first) of list `list` answered yes.
        case addRecord(list: Int, after: Int)
        /// "Another one?" of list `list` answered no.
        case closeList(Int)
    }

    /// The answers, the unanswered paths and the position in a list handed to `save`.
    mutating func store() throws {
        position = listPosition(at: current)
        version += 1
        try save(answers, unanswered, position)
    }

    /// The list position of a step: "another one?" after the last record, or a field of a record not yet saved.
    func listPosition(at step: InterviewStep?) -> ListPosition? {
        switch step {
        case .another(let list, let record) where record == records(list).count - 1:
            return .another(questions[list].id)
        case .field(let list, let record, _) where record >= records(list).count:
            return .newRecord(questions[list].id)
        default:
            return nil
        }
    }

    /// The number of answers given: every answered question and every answered field of a record.
    var answerCount: Int {
        answers.values.values.reduce(0) { count, value in
            guard case .list(let records) = value else { return count + 1 }
            return count + records.reduce(0) { $0 + $1.values.count }
        }
    }

    /// The steps a new interview would have asked before `target`, given the answers: where `<` goes back to after
    /// resuming. Empty when `target` is not reached that way.
    func replayed(until target: InterviewStep?) -> [InterviewStep] {
        guard let target else { return [] }
        var replay = self
        replay.askAll = true
        var steps: [InterviewStep] = []
        var step = replay.firstStep(fromTop: 0)
        while let visited = step, visited != target {
            guard steps.count < 100_000 else { return [] }
            steps.append(visited)
            step = replay.next(after: visited)
        }
        return step == target ? steps : []
    }

    /// Writes a line.
    func say(_ line: String) {
        io.write(line + "\n")
    }
}
