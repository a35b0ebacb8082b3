import Foundation

/// The list menu: changing, deleting, adding and moving the records of a list, from the review or with `!lista`
/// ("!list") at "another one?". Each change touches only the record named; deleting asks first, naming the record.
extension Interview {
    /// Shows the records of list `list` with their numbered fields and takes commands until Enter (true) or the end
    /// of input (false): `2` changes record 2 field by field, `2.3` only its third field (and the fields that
    /// become necessary), `+` adds a record, `-2` deletes record 2 after a confirmation, `2>1` moves record 2 to
    /// place 1.
    mutating func editList(_ list: Int) throws -> Bool {
        let saved = (history, shownSection, shownList, shownRecord, current)
        defer { (history, shownSection, shownList, shownRecord, current) = saved }
        let question = questions[list]
        let label = describe.label(question)
        return try Self.untilAnswered { () throws -> Bool? in
            let fields = showList(list)
            say(text.listMenuPrompt)
            io.write("> ")
            guard let raw = io.readLine() else { return false }
            let line = BracketedPaste.strip(raw).trimmingCharacters(in: .whitespaces)
            let count = records(list).count
            let numbers = line.split(separator: ">", omittingEmptySubsequences: false).map { Int($0) }
            let parts = line.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            if line.isEmpty { return true }
            if line == "+" {
                if let maximum = question.maximum, count >= maximum {
                    say(style.problem(text.listFull(label, maximum: maximum)))
                } else if try !editRecord(list, count, field: nil) {
                    return false
                }
            } else if line.hasPrefix("-"), let n = Int(line.dropFirst()), n >= 1, n <= count {
                guard try deleteRecord(list, n - 1) else { return false }
            } else if numbers.count == 2, let from = numbers[0], let to = numbers[1], from >= 1, from <= count, to >= 1,
                to <= count
            {
                try moveRecord(list, from - 1, to: to - 1)
            } else if let n = Int(line), n >= 1, n <= count {
                guard try editRecord(list, n - 1, field: nil) else { return false }
            } else if parts.count == 2, let n = parts[0], let f = parts[1], n >= 1, n <= count {
                guard let field = fields[n - 1][safe: f - 1] else {
                    say(style.problem(text.noSuchField(n, f, count: fields[n - 1].count)))
                    return nil
                }
                guard try editRecord(list, n - 1, field: field) else { return false }
            } else {
                say(style.problem(text.listMenuInvalid(count)))
            }
            return nil
        }
    }

    /// Lists the records with their asked fields numbered (`2.3 Bidrag: 250 000 SEK`); the field indices of each.
    private mutating func showList(_ list: Int) -> [[Int]] {
        let question = questions[list]
        say("")
        say(style.heading(describe.label(question)))
        let records = self.records(list)
        if records.isEmpty { say("  " + text.noEntries) }
        var numbered: [[Int]] = []
        for (number, record) in records.enumerated() {
            say("  \(number + 1)) \(recordTitle(list, number))")
            var shown: [Int] = []
            for field in question.fields.indices where isAsked(list: list, record: number, field: field) {
                shown.append(field)
                let sub = question.fields[field]
                let value = record[sub.id].map { describe.display($0, sub) } ?? text.noAnswer
                let oneLine = value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ")
                say("       \(number + 1).\(shown.count) \(describe.label(sub)): \(oneLine)")
            }
            numbered.append(shown)
        }
        shownList = nil
        shownRecord = nil
        return numbered
    }

    /// Asks record `record` (a new one when past the end): every field, or only `field` and the fields that become
    /// necessary. False when the input ends.
    private mutating func editRecord(_ list: Int, _ record: Int, field: Int?) throws -> Bool {
        focus = (list, record, field == nil)
        defer { focus = nil }
        let start: InterviewStep?
        if let field {
            start = .field(list: list, record: record, field: field)
        } else {
            start = questions[list].fields.indices.first { isAsked(list: list, record: record, field: $0) }
                .map { .field(list: list, record: record, field: $0) }
        }
        return try walk(from: start)
    }

    /// Deletes a record after a confirmation naming it; false when the input ends.
    private mutating func deleteRecord(_ list: Int, _ record: Int) throws -> Bool {
        let question = questions[list]
        var records = self.records(list)
        if let minimum = question.minimum, records.count <= minimum {
            say(style.problem(text.listAtMinimum(describe.label(question), minimum: minimum)))
            return true
        }
        let title = recordTitle(list, record)
        while true {
            io.write(style.question(text.confirmDelete(title) + " " + text.yesNoKeys(defaultYes: false) + " "))
            guard let raw = io.readLine() else { return false }
            let line = BracketedPaste.strip(raw).trimmingCharacters(in: .whitespaces).lowercased()
            guard let yes = line.isEmpty ? false : Language.yesNo(line, initials: true) else {
                say(style.problem("\(text.invalid) \(text.typeYesOrNo)"))
                continue
            }
            guard yes else {
                say(text.notDeleted)
                return true
            }
            break
        }
        records.remove(at: record)
        answers.values[question.id] = .list(records)
        renumber(list) { $0 == record ? nil : ($0 > record ? $0 - 1 : $0) }
        current = nil
        try store()
        say(text.deleted(title))
        return true
    }

    /// Moves a record to another place, the others keeping their order.
    private mutating func moveRecord(_ list: Int, _ from: Int, to: Int) throws {
        var records = self.records(list)
        let record = records.remove(at: from)
        records.insert(record, at: to)
        answers.values[questions[list].id] = .list(records)
        renumber(list) { index in
            if index == from { return to }
            if from < to, index > from, index <= to { return index - 1 }
            if to < from, index >= to, index < from { return index + 1 }
            return index
        }
        current = nil
        try store()
        say(text.moved(recordTitle(list, to), to: to + 1))
    }

    /// Renumbers the unanswered fields of list `list`'s records (nil: the record is gone).
    private mutating func renumber(_ list: Int, _ map: (Int) -> Int?) {
        let id = questions[list].id
        unanswered = Set(
            unanswered.compactMap { path in
                guard path.root == id, case .index(let index)? = path.rest.first else { return path }
                guard let moved = map(index) else { return nil }
                return AnswerPath(id).index(moved).appending(path.rest.dropFirst())
            })
    }
}

extension Array {
    /// The element at `index`, or nil when out of range.
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
