import Foundation

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

    func resuming(_ count: Int) -> String {
        count == 1 ? words.text(.interviewResumingOne) : words.text(.interviewResuming, ["count": String(count)])
    }

    /// The prompt for a translatable answer's text in a further language: "Behov – engelsk text".
    func translation(_ label: String, in other: Language) -> String {
        words.text(.interviewTranslation, ["label": label, "language": words.languageName(other.rawValue)])
    }

    /// The text already given in another language, shown above that prompt: "svensk text: Kommunen behöver …".
    func translationShown(_ text: String, in other: Language) -> String {
        words.text(.interviewTranslationShown, ["language": words.languageName(other.rawValue), "text": text])
    }

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

    /// Starting in a folder that holds an interview; for the command line.
    public func caseFound(file: String) -> String { words.text(.interviewCaseFound, ["file": file]) }
    /// Whether to go on with the interview found (yes) or start a new one.
    public var caseContinue: String { words.text(.interviewCaseContinue) }
    /// Going on with the interview found, without asking (input that is not a terminal).
    public func caseGoingOn(file: String) -> String { words.text(.interviewCaseGoingOn, ["file": file]) }
    /// Whether to replace the documents of an earlier run.
    public func overwrite(files: String) -> String { words.text(.interviewOverwrite, ["files": files]) }
    /// Yes or no as typed at a prompt (`j`, `ja`, `y`, `yes`, ...); nil for anything else.
    public func yesNo(_ typed: String) -> Bool? {
        Language.yesNo(typed.trimmingCharacters(in: .whitespaces).lowercased(), initials: true)
    }

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
    /// "Lägg till en till leverantör?" with the record label (lowercased), else "… en post till i Leverantörer?".
    func another(record: String?, label: String) -> String {
        guard let record else { return words.text(.interviewAnotherIn, ["label": label]) }
        return words.text(.interviewAnotherNamed, ["record": lowercasedFirst(record)])
    }
    var anotherHint: String { words.text(.interviewAnotherHint, ["command": listCommand]) }
    /// The command that opens the list menu during the interview (`!lista`, `!list`).
    var listCommand: String { words.text(.interviewListCommand) }
    func recordNamed(_ record: String, _ number: Int) -> String {
        words.text(.interviewRecordNamed, ["record": record, "n": String(number)])
    }
    func recordTitle(_ record: String, name: String) -> String {
        words.text(.interviewRecordTitle, ["record": record, "name": name])
    }
    var listMenuPrompt: String { words.text(.interviewListMenuPrompt) }
    func listMenuInvalid(_ count: Int) -> String { words.text(.interviewListMenuInvalid, ["count": String(count)]) }
    func noSuchField(_ record: Int, _ field: Int, count: Int) -> String {
        words.text(.interviewNoSuchField, ["n": String(record), "field": String(field), "count": String(count)])
    }
    func confirmDelete(_ record: String) -> String { words.text(.interviewConfirmDelete, ["record": record]) }
    func deleted(_ record: String) -> String { words.text(.interviewDeleted, ["record": record]) }
    var notDeleted: String { words.text(.interviewNotDeleted) }
    func moved(_ record: String, to number: Int) -> String {
        words.text(.interviewMoved, ["record": record, "n": String(number)])
    }
    func listFull(_ label: String, maximum: Int) -> String {
        maximum == 1
            ? words.text(.interviewListFullOne, ["label": label])
            : words.text(.interviewListFull, ["label": label, "maximum": String(maximum)])
    }
    func listAtMinimum(_ label: String, minimum: Int) -> String {
        minimum == 1
            ? words.text(.interviewListAtMinimumOne, ["label": label])
            : words.text(.interviewListAtMinimum, ["label": label, "minimum": String(minimum)])
    }
    var longTextHintPiped: String { words.text(.interviewLongTextHintPiped) }
    /// The line that ends a long text given line by line (piped input).
    static let longTextEnd = "."

    private func lowercasedFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }
    func yesNoKeys(defaultYes: Bool) -> String {
        defaultYes ? words.text(.interviewKeysDefaultYes) : words.text(.interviewKeysDefaultNo)
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
}
