/// The words of the interview, in its language, from the language's words file (`interview.*`).
public struct InterviewText: Sendable {
    /// The language.
    public let language: Language
    private let words: Words

    /// Creates the texts for a language.
    public init(language: Language) {
        self.language = language
        self.words = language.words
    }

    func intro(file: String?) -> [String] {
        var lines = [words.text(.interviewIntro1), words.text(.interviewIntro2)]
        if let file { lines.append(words.text(.interviewIntroSaved, ["file": file])) }
        return lines
    }

    func resuming(_ count: Int) -> String { words.text(.interviewResuming, ["count": String(count)]) }

    /// The end of the input; for the command line's message.
    public func inputEnded(file: String?) -> String {
        var parts = [words.text(.interviewInputEnded)]
        if let file {
            parts.append(words.text(.interviewInputEndedSaved, ["file": file]))
            parts.append(words.text(.interviewInputEndedResume, ["file": file]))
        }
        return parts.joined(separator: " ")
    }

    /// After Ctrl-C; for the command line's message.
    public func interrupted(file: String) -> String { words.text(.interviewInterrupted, ["file": file]) }

    /// Before the paths of the documents written.
    public var built: String { words.text(.interviewBuilt) }

    func progress(_ n: Int, of total: Int) -> String {
        words.text(.interviewProgress, ["n": String(n), "total": String(total)])
    }

    func listIntro(_ label: String, bounds: String) -> String {
        bounds.isEmpty
            ? words.text(.interviewListIntro, ["label": label])
            : words.text(.interviewListIntroBounds, ["label": label, "bounds": bounds])
    }

    func record(_ label: String, _ number: Int) -> String {
        words.text(.interviewRecord, ["label": label, "n": String(number)])
    }

    func addFirst(_ label: String) -> String { words.text(.interviewAddFirst, ["label": label]) }
    var another: String { words.text(.interviewAnother) }
    func yesNoKeys(defaultYes: Bool?) -> String {
        switch defaultYes {
        case true?: return words.text(.interviewKeysDefaultYes)
        case false?: return words.text(.interviewKeysDefaultNo)
        case nil: return words.text(.interviewKeysNoDefault)
        }
    }

    var optional: String { words.text(.questionsOptional) }
    var answerWith: String { words.text(.interviewAnswerWith) }
    func choiceHint(_ count: Int) -> String { words.text(.interviewChoiceHint, ["count": String(count)]) }
    func multipleHint(_ count: Int) -> String { words.text(.interviewMultipleHint, ["count": String(count)]) }
    var yesNoHint: String { words.text(.interviewYesNoHint) }
    var typeYesOrNo: String { words.text(.interviewTypeYesOrNo) }
    var longTextHint: String { words.text(.interviewLongTextHint) }
    var skipHint: String { words.text(.interviewSkipHint) }
    var clearHint: String { words.text(.interviewClearHint) }
    var help: String { words.text(.interviewHelp) }
    var continuation: String { "… " }

    var invalid: String { words.text(.interviewInvalid) }
    var required: String { words.text(.interviewRequired) }
    var atFirst: String { words.text(.interviewAtFirst) }
    var noHelp: String { words.text(.interviewNoHelp) }
    var commands: String { words.text(.interviewCommands) }
    func unknownCommand(_ command: String) -> String { words.text(.interviewUnknownCommand, ["command": command]) }
    func aboutList(_ label: String) -> String { words.text(.interviewAboutList, ["label": label]) }
    var expected: String { words.text(.interviewExpected) }
    var defaultWord: String { words.text(.interviewDefault) }

    var answersSoFar: String { words.text(.interviewAnswersSoFar) }
    var noAnswersYet: String { words.text(.interviewNoAnswersYet) }
    var reviewTitle: String { words.text(.interviewReviewTitle) }
    var reviewPrompt: String { words.text(.interviewReviewPrompt) }
    func reviewInvalid(_ count: Int) -> String { words.text(.interviewReviewInvalid, ["count": String(count)]) }
    var noAnswer: String { words.text(.interviewNoAnswer) }
    var noEntries: String { words.text(.interviewNoEntries) }
    var stillMissing: String { words.text(.interviewStillMissing) }
    var checkAskAgain: String { words.text(.interviewCheckAskAgain) }
    var checkKeep: String { words.text(.interviewCheckKeep) }
    /// Whether `line` is the command that shows the answers so far: `!review`, or its name in this language.
    func isReviewCommand(_ line: String) -> Bool {
        line == "!review" || line.lowercased() == words.text(.interviewReviewCommand)
    }
    func partyHint(_ count: Int) -> String { words.text(.interviewPartyHint, ["count": String(count)]) }
    var yes: String { words.text(.valuesYes) }
    var no: String { words.text(.valuesNo) }
}
