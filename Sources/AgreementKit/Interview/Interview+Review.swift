/// The answers so far (`!review`) and the review at the end.
extension Interview {
    /// What the person chose at the review.
    enum ReviewChoice {
        /// Build with these answers.
        case confirm
        /// Change the answer to this top-level question.
        case change(Int)
        /// The input ended.
        case ended
    }

    /// Shows every asked question grouped by section with its answer, numbered, then the questionnaire's checks
    /// that the answers fire, and asks which to change.
    func review() -> ReviewChoice {
        let (lines, numbers) = overview(numbered: true)
        say("")
        say(style.heading(text.reviewTitle))
        for line in lines { say(line) }
        for check in questionnaire.firedChecks(answers) {
            say(style.problem("! " + describe.message(check)))
        }
        say("")
        say(text.reviewPrompt)
        return Self.untilAnswered { () -> ReviewChoice? in
            io.write("> ")
            guard let raw = io.readLine() else { return .ended }
            let line = BracketedPaste.strip(raw).trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { return .confirm }
            if let n = Int(line), numbers.indices.contains(n - 1) { return .change(numbers[n - 1]) }
            if text.isReviewCommand(line) {
                for line in lines { say(line) }
            } else {
                say(style.problem(text.reviewInvalid(numbers.count)))
            }
            return nil
        }
    }

    /// `!review`: the answers given so far.
    func showAnswersSoFar() {
        let (lines, numbers) = overview(numbered: false, answeredOnly: true)
        say(style.heading(text.answersSoFar))
        if numbers.isEmpty {
            say(text.noAnswersYet)
        } else {
            for line in lines { say(line) }
        }
    }

    /// The warning of a risky choice under its answer in the overview: its first sentence (the whole text is shown
    /// when the choice is made, and by `?`).
    private func warningLines(_ value: AnswerValue, _ question: Question) -> [String] {
        ChoiceWarning.warnings(for: value, of: question, at: AnswerPath(question.id)).map { warning in
            let text = describe.text(warning.text, or: "")
            let sentence = text.range(of: ". ").map { String(text[..<$0.lowerBound]) + "." } ?? text
            return "       " + style.problem(sentence)
        }
    }

    /// The lines of an overview by section, and the question index of each numbered item.
    func overview(numbered: Bool, answeredOnly: Bool = false) -> (lines: [String], numbers: [Int]) {
        var lines: [String] = []
        var numbers: [Int] = []
        var index = 0
        for section in questionnaire.sections {
            var sectionLines: [String] = []
            for question in section.questions {
                defer { index += 1 }
                guard isAsked(index) else { continue }
                let value = answers[question.id]
                if answeredOnly && value == nil { continue }
                numbers.append(index)
                let label = describe.label(question)
                let marker = numbered ? "\(numbers.count). " : "- "
                if case .list(let records)? = value {
                    sectionLines.append("  \(marker)\(label):" + (records.isEmpty ? " \(text.noEntries)" : ""))
                    for (number, record) in records.enumerated() {
                        let fields = question.fields.compactMap { field -> String? in
                            guard let v = record[field.id] else { return nil }
                            return "\(describe.label(field)): \(oneLine(describe.display(v, field)))"
                        }
                        sectionLines.append("       \(number + 1)) " + fields.joined(separator: "; "))
                    }
                } else if let value {
                    sectionLines.append("  \(marker)\(label): \(oneLine(describe.display(value, question)))")
                    sectionLines += warningLines(value, question)
                } else if let fallback = questionnaire.defaultValue(for: question, in: answers) {
                    sectionLines.append(
                        "  \(marker)\(label): \(oneLine(describe.display(fallback, question))) (\(text.defaultWord))")
                    sectionLines += warningLines(fallback, question)
                } else {
                    sectionLines.append("  \(marker)\(label): \(text.noAnswer)")
                }
            }
            if !sectionLines.isEmpty {
                lines.append(style.heading("== \(describe.title(section)) =="))
                lines += sectionLines
            }
        }
        return (lines, numbers)
    }

    /// Text over several lines shown on one line, the breaks as " / ".
    private func oneLine(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ")
    }
}
