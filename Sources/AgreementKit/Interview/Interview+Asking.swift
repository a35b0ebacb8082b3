import Foundation

/// Asking one step: the prompt, the commands, checking and saving the answer.
extension Interview {
    /// Asks one step.
    mutating func ask(_ step: InterviewStep) throws -> Reply {
        current = step
        let back = arrivedBack
        arrivedBack = false
        if listPosition(at: step) != position { try store() }
        switch step {
        case .question(let index):
            return try askValue(.question(index), question: questions[index], list: nil, back: back)
        case .field(let list, let record, let field):
            return try askValue(
                .field(list: list, record: record, field: field), question: questions[list].fields[field],
                list: questions[list], back: back)
        case .another(let list, let record):
            return try askAnother(list: list, record: record)
        }
    }

    /// Asks a question or a field until it gets a valid answer, a command that leaves it, or the end of input.
    /// `current` is the answer in the main language (`mainText`).
    mutating func askOne(
        _ step: AnswerStep, question asked: Question, list: Question?, current: AnswerValue?
    ) throws -> Reply {
        var question = asked
        if list == nil {
            question.currency = questionnaire.currency(for: asked, in: answers)
            question.defaultValue = questionnaire.defaultValue(for: asked, in: answers)
        }
        showHeadings(for: step.step)
        say("")
        let pending = listPosition(at: step.step)
        let plan: [InterviewStep]
        if let cache = planCache, cache.version == version, cache.pending == pending {
            plan = cache.steps
        } else {
            plan = self.plan()
            planCache = (version, pending, plan)
        }
        let progress =
            plan.firstIndex(of: step.step).map { style.dim(text.progress($0 + 1, of: plan.count) + " · ") } ?? ""
        let label = describe.label(question)
        say(progress + style.question(label) + (question.required ? "" : style.dim(" (\(text.optional))")))
        for (number, option) in question.options.enumerated() {
            say("  \(number + 1)) \(describe.label(option))")
        }
        let parties = question.type == .party ? questionnaire.parties(for: question, in: answers) : []
        for (number, party) in parties.enumerated() {
            say("  \(number + 1)) \(party.name)" + (party.shortName.map { " (\($0))" } ?? ""))
        }
        var fallback = current ?? question.defaultValue
        say(style.dim("  " + hint(question, fallback: fallback, parties: parties.count)))
        let firedBefore = firedCheckIDs()
        var insisted: AnswerValue?? = nil
        return try Self.untilAnswered { () throws -> Reply? in
            io.write(prompt(fallback, question))
            switch typedLine(question, list: list) {
            case .ended: return .ended
            case .back: return .back
            case .again: return nil
            case .empty:
                if let fallback {
                    try set(step, fallback)
                    return confirmChecks(step, value: fallback, before: firedBefore, insisted: &insisted)
                }
                if !question.required {
                    try clear(step)
                    return confirmChecks(step, value: nil, before: firedBefore, insisted: &insisted)
                }
                say(style.problem(text.required))
                return nil
            case .clear:
                try clear(step)
                fallback = nil
                return confirmChecks(step, value: nil, before: firedBefore, insisted: &insisted)
            case .answer(let answer):
                switch input.parse(answer, for: question, parties: parties) {
                case .success(let value):
                    if [.amount, .date, .integer].contains(question.type) {
                        let shown = describe.display(value, question)
                        if shown != answer { say(style.dim("  → " + shown)) }
                    }
                    try set(step, value)
                    fallback = value
                    return confirmChecks(step, value: value, before: firedBefore, insisted: &insisted)
                case .failure(let problem):
                    say(style.problem("\(text.invalid) \(problem.message)"))
                    return nil
                }
            }
        }
    }

    /// What a line read at the prompt of a question (or of a translation) asks for.
    enum TypedLine {
        /// Input ended (also inside a long text).
        case ended
        /// `<`: back to the question before.
        case back
        /// Nothing to answer with: the help, the answers so far or a problem (an unknown `!` command, only blanks)
        /// was shown; ask again.
        case again
        /// An empty line: the default or the answer already given, if any.
        case empty
        /// `-` at a question that may be left unanswered: leave it so.
        case clear
        /// The answer, trimmed; a leading `\` (which lets an answer start with `!` or a command word) taken off; a
        /// long text read to its end.
        case answer(String)
    }

    /// Reads a line at the prompt of `question` (in `list`, if a list's) and does what the commands every prompt
    /// knows ask for: `?` shows the help, the review command the answers so far, `<` goes back, `-` leaves an
    /// optional question unanswered; an unknown `!` command is shown as a problem, a long text reads on to its end.
    func typedLine(_ question: Question, list: Question?) -> TypedLine {
        guard let raw = io.readLine() else { return .ended }
        let line = BracketedPaste.strip(raw).trimmingCharacters(in: .whitespacesAndNewlines)
        switch line {
        case "?":
            showHelp(question, list: list)
            return .again
        case "<":
            return .back
        case _ where text.isReviewCommand(line):
            showAnswersSoFar()
            return .again
        case "":
            return .empty
        case "-" where !question.required && question.type != .multipleChoice:
            return .clear
        case _ where line.hasPrefix("!"):
            say(style.problem(text.unknownCommand(line)))
            return .again
        default:
            var answer = line.hasPrefix("\\") ? String(line.dropFirst()) : line
            if question.type == .longText {
                guard let long = readLongText(answer: answer, pasting: BracketedPaste.opens(raw)) else { return .ended }
                answer = long
            }
            answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
            if answer.isEmpty {
                say(style.problem(text.required))
                return .again
            }
            return .answer(answer)
        }
    }

    /// A long text whose first line is `answer`. At a terminal it ends at an
    /// empty line typed; text pasted between the terminal's bracketed-paste marks is one block, blank lines and
    /// all. Piped input ends at a line holding only `.` (`InterviewText.longTextEnd`), so that the blank lines
    /// between paragraphs stay in the answer and the next answer is never taken into it. At a terminal the end of
    /// input (Ctrl-D) ends it too; piped input that ends before the `.` gives nil: the text may be cut short, so it is
    /// not saved and the question is asked again on resuming.
    func readLongText(answer: String, pasting pasteOpen: Bool) -> String? {
        var lines: [String] = []
        var pasting = pasteOpen
        /// Adds a line read, taking the paste marks out; true when the text ends with it.
        func take(_ raw: String) -> Bool {
            var line = raw
            if line.contains(BracketedPaste.start) {
                pasting = true
                line = line.replacingOccurrences(of: BracketedPaste.start, with: "")
            }
            let endsPaste = line.contains(BracketedPaste.end)
            if endsPaste {
                line = line.replacingOccurrences(of: BracketedPaste.end, with: "")
            }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !pasting && !endsPaste {
                if io.isTerminal ? trimmed.isEmpty : trimmed == InterviewText.longTextEnd { return true }
            }
            pasting = pasting && !endsPaste
            lines.append(String(line.reversed().drop { $0.isWhitespace }.reversed()))
            return false
        }
        if take(answer) { return "" }
        while true {
            io.write(text.continuation)
            guard let line = io.readLine() else {
                if io.isTerminal { break }
                return nil
            }
            if take(line) { break }
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// "Another one?" after a record, or "add an entry?" before the first of a list that may be empty.
    private mutating func askAnother(list: Int, record: Int) throws -> Reply {
        let question = questions[list]
        showHeadings(for: .another(list: list, record: record))
        let label = describe.label(question)
        say("")
        if record >= 0 { say(style.dim(text.anotherHint)) }
        return try Self.untilAnswered { () throws -> Reply? in
            let defaultYes = records(list).count > record + 1 || saidYes.contains(.another(list: list, record: record))
            let ask =
                (record < 0
                    ? text.addFirst(label) : text.another(record: describe.text(question.recordLabel), label: label))
                + " " + text.yesNoKeys(defaultYes: defaultYes) + " "
            io.write(style.question(ask))
            guard let raw = io.readLine() else { return .ended }
            let line = BracketedPaste.strip(raw).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let add: Bool
            switch line {
            case "": add = defaultYes
            case "?":
                showHelp(question, list: nil)
                return nil
            case "<": return .back
            case _ where text.isReviewCommand(line):
                showAnswersSoFar()
                return nil
            case text.listCommand:
                guard try editList(list) else { return .ended }
                current = .another(list: list, record: record)
                if listPosition(at: current) != position { try store() }
                return nil
            default:
                guard let answer = Language.yesNo(line, initials: true) else {
                    say(style.problem("\(text.invalid) \(text.typeYesOrNo)"))
                    return nil
                }
                add = answer
            }
            // Neither answer changes a record: a new record is saved with its first answer, and "no" ends the list
            // as it is (records after this one, reached by going back, stay; the list menu deletes one).
            if add {
                saidYes.insert(.another(list: list, record: record))
                return .addRecord(list: list, after: record)
            }
            saidYes.remove(.another(list: list, record: record))
            if answers[question.id] == nil { answers.values[question.id] = .list([]) }
            current = nil
            try store()
            return .closeList(list)
        }
    }

    /// Records an answer and saves; a risky choice's warning is shown right after it (`ChoiceWarning`).
    mutating func set(_ step: AnswerStep, _ value: AnswerValue) throws {
        switch step {
        case .question(let index):
            answers.values[questions[index].id] = merged(value, into: answers[questions[index].id])
            unanswered.remove(AnswerPath(questions[index].id))
            try store()
            for warning in ChoiceWarning.warnings(
                for: value, of: questions[index], at: AnswerPath(questions[index].id))
            {
                say(style.problem(describe.text(warning.text, or: "")))
            }
            return
        case .field(let list, let record, let field):
            let question = questions[list]
            var records = self.records(list)
            while records.count <= record { records.append(AnswerRecord(values: [:])) }
            records[record].values[question.fields[field].id] = merged(
                value, into: records[record].values[question.fields[field].id])
            answers.values[question.id] = .list(records)
            unanswered.remove(AnswerPath(question.id).index(record).key(question.fields[field].id))
        }
        try store()
    }

    /// Leaves a question or field unanswered on purpose, and saves.
    mutating func clear(_ step: AnswerStep) throws {
        switch step {
        case .question(let index):
            answers.values[questions[index].id] = nil
            answers.locations[questions[index].id] = nil
            unanswered.insert(AnswerPath(questions[index].id))
        case .field(let list, let record, let field):
            let question = questions[list]
            var records = self.records(list)
            while records.count <= record { records.append(AnswerRecord(values: [:])) }
            records[record].values[question.fields[field].id] = nil
            answers.values[question.id] = .list(records)
            unanswered.insert(AnswerPath(question.id).index(record).key(question.fields[field].id))
        }
        try store()
    }

    /// The section heading, and for a field the list's introduction and the record's heading, when they change.
    mutating func showHeadings(for step: InterviewStep) {
        let list: Int
        switch step {
        case .question(let index): list = index
        case .field(let index, _, _), .another(let index, _): list = index
        }
        if shownSection != sectionOf[list] {
            shownSection = sectionOf[list]
            let title = describe.title(questionnaire.sections[sectionOf[list]])
            say("")
            say(style.heading("== \(title) =="))
        }
        let question = questions[list]
        let label = describe.label(question)
        guard case .field(_, let record, _) = step else {
            if case .question = step {
                shownList = nil
                shownRecord = nil
            } else if shownList != list {
                // "Another one?" reached by going back from the next question: say which list it is about.
                shownList = list
                shownRecord = nil
                say("")
                say(style.heading(label))
            }
            return
        }
        if shownList != list {
            shownList = list
            say("")
            say(text.listIntro(label, bounds: describe.bounds(question)))
        }
        let key = InterviewStep.another(list: list, record: record)
        if shownRecord != key {
            shownRecord = key
            say("")
            say(style.heading(recordName(list, record)))
        }
    }

    /// The second line of a prompt: the form of the answer and how to leave it.
    func hint(_ question: Question, fallback: AnswerValue?, parties: Int = 0) -> String {
        var parts: [String]
        switch question.type {
        case .party where parties > 0: parts = [text.answerWith + " " + text.partyHint(parties)]
        case .choice: parts = [text.answerWith + " " + text.choiceHint(question.options.count)]
        case .multipleChoice:
            parts = [text.answerWith + " " + text.multipleHint(question.options.count)]
            let bounds = describe.bounds(question)
            if !bounds.isEmpty { parts.append(bounds) }
        case .yesNo: parts = [text.answerWith + " " + text.yesNoHint]
        case .longText: parts = [io.isTerminal ? text.longTextHint : text.longTextHintPiped]
        default: parts = [describe.expectation(question)]
        }
        if !question.required && question.type != .multipleChoice {
            parts.append(fallback == nil ? text.skipHint : text.clearHint)
        }
        parts.append("? " + text.help)
        return parts.joined(separator: "; ")
    }

    /// `[default] > ` or `> `.
    func prompt(_ fallback: AnswerValue?, _ question: Question) -> String {
        guard let fallback else { return "> " }
        return style.dim("[\(short(fallback, question))]") + " > "
    }

    /// A value as shown in brackets: option numbers for choices, the first line of a long text.
    private func short(_ value: AnswerValue, _ question: Question) -> String {
        switch value {
        case .choice(let v):
            return question.options.firstIndex { $0.value == v }.map { "\($0 + 1)" } ?? v
        case .choices(let values):
            let numbers = values.compactMap { v in question.options.firstIndex { $0.value == v }.map { "\($0 + 1)" } }
            return numbers.isEmpty ? "-" : numbers.joined(separator: ",")
        case .text(let s):
            let first = s.split(separator: "\n").first.map(String.init) ?? s
            return first.count > 40 || first != s ? String(first.prefix(40)) + "…" : s
        default:
            return describe.display(value, question)
        }
    }

    /// The help of a question (and of its list), its options, the expected form, the default and the commands.
    func showHelp(_ question: Question, list: Question?) {
        if let help = describe.text(question.help) {
            say(help)
        } else if list?.help == nil {
            say(text.noHelp)
        }
        if let list, let help = describe.text(list.help) {
            say("\(text.aboutList(describe.label(list))) \(help)")
        }
        for (number, option) in question.options.enumerated() {
            say("  \(number + 1)) \(describe.label(option))")
            if let help = describe.text(option.help) { say("     \(help)") }
        }
        if question.type != .list {
            say("\(text.expected) \(describe.expectation(question)).")
        }
        if let value = question.defaultValue {
            say(
                "\(text.defaultWord.prefix(1).uppercased() + text.defaultWord.dropFirst()): \(describe.display(value, question))"
            )
        }
        say(style.dim(text.commands))
    }
}
