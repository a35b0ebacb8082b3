import Foundation

/// Asking one step: the prompt, the commands, checking and saving the answer.
extension Interview {
    /// Asks one step.
    mutating func ask(_ step: InterviewStep) throws -> Reply {
        switch step {
        case .question(let index):
            let question = questions[index]
            return try askValue(step, question: question, list: nil, current: answers[question.id])
        case .field(let list, let record, let field):
            let question = questions[list].fields[field]
            let current = records(list).indices.contains(record) ? records(list)[record][question.id] : nil
            return try askValue(step, question: question, list: questions[list], current: current)
        case .another(let list, let record):
            return try askAnother(list: list, record: record)
        }
    }

    /// Asks a question or a field until it gets a valid answer, a command that leaves it, or the end of input.
    private mutating func askValue(
        _ step: InterviewStep, question asked: Question, list: Question?, current: AnswerValue?
    ) throws -> Reply {
        var question = asked
        if list == nil {
            question.currency = questionnaire.currency(for: asked, in: answers)
            question.defaultValue = questionnaire.defaultValue(for: asked, in: answers)
        }
        showHeadings(for: step)
        say("")
        let plan = self.plan()
        let progress = plan.firstIndex(of: step).map { style.dim(text.progress($0 + 1, of: plan.count) + " · ") } ?? ""
        let label = describe.text(question.label) ?? question.id
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
        while true {
            io.write(prompt(fallback, question))
            guard let raw = io.readLine() else { return .ended }
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            switch line {
            case "?":
                showHelp(question, list: list)
                continue
            case "<":
                return .back
            case _ where text.isReviewCommand(line):
                showAnswersSoFar()
                continue
            case "":
                if let fallback {
                    try set(step, fallback)
                    guard let keep = confirmChecks(step, value: fallback, before: firedBefore, insisted: &insisted)
                    else { return .ended }
                    if keep { return .answered }
                    continue
                }
                if !question.required {
                    try clear(step)
                    guard let keep = confirmChecks(step, value: nil, before: firedBefore, insisted: &insisted)
                    else { return .ended }
                    if keep { return .answered }
                    continue
                }
                say(style.problem(text.required))
                continue
            case "-" where !question.required && question.type != .multipleChoice:
                try clear(step)
                guard let keep = confirmChecks(step, value: nil, before: firedBefore, insisted: &insisted) else {
                    return .ended
                }
                if keep { return .answered }
                fallback = nil
                continue
            default:
                break
            }
            if line.hasPrefix("!") {
                say(style.problem(text.unknownCommand(line)))
                continue
            }
            var answer = line.hasPrefix("\\") ? String(line.dropFirst()) : line
            if question.type == .longText { answer = readMoreLines(after: answer) }
            answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
            if answer.isEmpty {
                say(style.problem(text.required))
                continue
            }
            switch input.parse(answer, for: question, parties: parties) {
            case .success(let value):
                if [.amount, .date, .integer].contains(question.type) {
                    let shown = describe.display(value, question)
                    if shown != answer { say(style.dim("  → " + shown)) }
                }
                try set(step, value)
                guard let keep = confirmChecks(step, value: value, before: firedBefore, insisted: &insisted) else {
                    return .ended
                }
                if keep { return .answered }
                fallback = value
            case .failure(let problem):
                say(style.problem("\(text.invalid) \(problem.message)"))
            }
        }
    }

    /// The further lines of a long text, up to an empty line or the end of input.
    private func readMoreLines(after first: String) -> String {
        var lines = [first]
        while true {
            io.write(text.continuation)
            guard let line = io.readLine() else { break }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { break }
            lines.append(String(line.reversed().drop { $0.isWhitespace }.reversed()))
        }
        return lines.joined(separator: "\n")
    }

    /// "Another one?" after a record, or "add an entry?" before the first of a list that may be empty.
    private mutating func askAnother(list: Int, record: Int) throws -> Reply {
        let question = questions[list]
        showHeadings(for: .another(list: list, record: record))
        let defaultYes = records(list).count > record + 1
        let label = describe.text(question.label) ?? question.id
        let ask =
            (record < 0 ? text.addFirst(label) : text.another) + " " + text.yesNoKeys(defaultYes: defaultYes) + " "
        say("")
        while true {
            io.write(style.question(ask))
            guard let raw = io.readLine() else { return .ended }
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let add: Bool
            switch line {
            case "": add = defaultYes
            case "?":
                showHelp(question, list: nil)
                continue
            case "<": return .back
            case _ where text.isReviewCommand(line):
                showAnswersSoFar()
                continue
            default:
                guard let answer = Language.yesNo(line, initials: true) else {
                    say(style.problem("\(text.invalid) \(text.typeYesOrNo)"))
                    continue
                }
                add = answer
            }
            var records = self.records(list)
            if add {
                if records.count <= record + 1 {
                    records.append(AnswerRecord(values: [:]))
                    answers.values[question.id] = .list(records)
                    try store()
                }
                return .addRecord
            }
            records = Array(records.prefix(record + 1))
            answers.values[question.id] = .list(records)
            unanswered = unanswered.filter { path in
                guard path.root == question.id, case .index(let index)? = path.rest.first else { return true }
                return index <= record
            }
            try store()
            return .closeList
        }
    }

    /// Records an answer and saves.
    mutating func set(_ step: InterviewStep, _ value: AnswerValue) throws {
        switch step {
        case .question(let index):
            answers.values[questions[index].id] = value
            unanswered.remove(AnswerPath(questions[index].id))
        case .field(let list, let record, let field):
            let question = questions[list]
            var records = self.records(list)
            while records.count <= record { records.append(AnswerRecord(values: [:])) }
            records[record].values[question.fields[field].id] = value
            answers.values[question.id] = .list(records)
            unanswered.remove(AnswerPath(question.id).index(record).key(question.fields[field].id))
        case .another:
            return
        }
        try store()
    }

    /// Leaves a question or field unanswered on purpose, and saves.
    mutating func clear(_ step: InterviewStep) throws {
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
        case .another:
            return
        }
        try store()
    }

    /// The section heading, and for a field the list's introduction and the record's heading, when they change.
    private mutating func showHeadings(for step: InterviewStep) {
        let list: Int
        switch step {
        case .question(let index): list = index
        case .field(let index, _, _), .another(let index, _): list = index
        }
        if shownSection != sectionOf[list] {
            shownSection = sectionOf[list]
            let title = describe.text(questionnaire.sections[sectionOf[list]].title) ?? ""
            say("")
            say(style.heading("== \(title) =="))
        }
        let question = questions[list]
        let label = describe.text(question.label) ?? question.id
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
            say(style.heading(text.record(label, record + 1)))
        }
    }

    /// The second line of a prompt: the form of the answer and how to leave it.
    private func hint(_ question: Question, fallback: AnswerValue?, parties: Int = 0) -> String {
        var parts: [String]
        switch question.type {
        case .party where parties > 0: parts = [text.answerWith + " " + text.partyHint(parties)]
        case .choice: parts = [text.answerWith + " " + text.choiceHint(question.options.count)]
        case .multipleChoice:
            parts = [text.answerWith + " " + text.multipleHint(question.options.count)]
            let bounds = describe.bounds(question)
            if !bounds.isEmpty { parts.append(bounds) }
        case .yesNo: parts = [text.answerWith + " " + text.yesNoHint]
        case .longText: parts = [text.longTextHint]
        default: parts = [describe.expectation(question)]
        }
        if !question.required && question.type != .multipleChoice {
            parts.append(fallback == nil ? text.skipHint : text.clearHint)
        }
        parts.append("? " + text.help)
        return parts.joined(separator: "; ")
    }

    /// `[default] > ` or `> `.
    private func prompt(_ fallback: AnswerValue?, _ question: Question) -> String {
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
    private func showHelp(_ question: Question, list: Question?) {
        if let help = describe.text(question.help) {
            say(help)
        } else if list?.help == nil {
            say(text.noHelp)
        }
        if let list, let help = describe.text(list.help) {
            say("\(text.aboutList(describe.text(list.label) ?? list.id)) \(help)")
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
