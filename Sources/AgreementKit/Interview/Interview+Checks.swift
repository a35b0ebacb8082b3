/// The questionnaire's checks during the interview: a check is shown right after the answer to the last question it
/// concerns, when that answer made it fire.
extension Interview {
    /// The ids of the checks that fire for the answers so far.
    func firedCheckIDs() -> Set<String> {
        Set(questionnaire.firedChecks(answers).map(\.id))
    }

    /// The checks that fire now, did not fire before the answer to `step` (`before`), and are shown at its question.
    func newlyFired(at step: AnswerStep, before: Set<String>) -> [AnswerCheck] {
        let index: Int
        switch step {
        case .question(let i), .field(let i, _, _): index = i
        }
        return questionnaire.firedChecks(answers).filter {
            !before.contains($0.id) && questionnaire.triggerIndex(of: $0) == index
        }
    }

    /// Shows the checks an answer made fire and asks what to do: `.answered` keeps the answer, nil asks the question
    /// again, `.ended` when the input ends. A `warning` check asks for confirmation; a `final` one asks the question
    /// again, and the same answer given again (`insisted`) is kept.
    func confirmChecks(
        _ step: AnswerStep, value: AnswerValue?, before: Set<String>, insisted: inout AnswerValue??
    ) -> Reply? {
        let fired = newlyFired(at: step, before: before)
        if fired.isEmpty { return .answered }
        if let insisted, insisted == value { return .answered }
        for check in fired {
            say(style.problem("! " + describe.message(check)))
        }
        guard fired.allSatisfy({ $0.level == .warning }) else {
            say(text.checkAskAgain)
            insisted = .some(value)
            return nil
        }
        // nil: "keep it?" is asked again (the line was neither yes nor no); `.some(nil)`: the question is.
        return Self.untilAnswered { () -> Reply?? in
            io.write(style.question(text.checkKeep + " " + text.yesNoKeys(defaultYes: false) + " "))
            guard let raw = io.readLine() else { return .some(.ended) }
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if let keep = line.isEmpty ? false : input.yesNo(line) { return .some(keep ? .answered : nil) }
            say(style.problem("\(text.invalid) \(text.typeYesOrNo)"))
            return nil
        }
    }
}
