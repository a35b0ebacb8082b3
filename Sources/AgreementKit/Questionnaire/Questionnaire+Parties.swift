/// Questions of type `party`: the parties they may name, and the answers that name none.
extension Questionnaire {
    /// One party a `party` question may name: a record of one of its lists.
    public struct NamedParty: Sendable, Equatable {
        /// The record's `name`, what the answer holds.
        public var name: String
        /// The record's `short_name`, when it has one; typing it names the party too.
        public var shortName: String?
    }

    /// The parties `question` may name, in the order of its `parties` lists and their records (records without a
    /// name left out, each name once).
    public func parties(for question: Question, in answers: Answers) -> [NamedParty] {
        var out: [NamedParty] = []
        for id in question.parties {
            guard case .list(let records)? = answers[id] else { continue }
            for record in records {
                guard case .text(let name)? = record["name"], !name.isEmpty else { continue }
                if out.contains(where: { $0.name == name }) { continue }
                var shortName: String?
                if case .text(let short)? = record["short_name"], !short.isEmpty { shortName = short }
                out.append(NamedParty(name: name, shortName: shortName))
            }
        }
        return out
    }

    /// The answers to `party` questions (and fields) that name no party of their lists, as located errors with a
    /// suggestion; an answer may give the party's name or its short name.
    public func partyDiagnostics(_ answers: Answers) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func check(_ text: String, _ question: Question, path: AnswerPath, at location: SourceLocation?) {
            let parties = self.parties(for: question, in: answers)
            if parties.contains(where: { $0.name == text || $0.shortName == text }) { return }
            let names = parties.map(\.name)
            let message: Message
            if names.isEmpty {
                message = Message(
                    .answersNoParties,
                    texts: ["path": path.description, "text": text, "lists": question.parties.joined(separator: ", ")])
            } else {
                message = Message(
                    .answersNotAParty,
                    [
                        "path": .text(path.description), "text": .text(text),
                        "parties": .text(names.joined(separator: ", ")),
                        "hint": SpellingSuggestion.hintValue(for: text, in: names),
                    ])
            }
            out.append(
                Diagnostic(.error, message, at: location, file: location == nil ? (answers.file ?? "answers") : nil))
        }
        for question in questions {
            if question.type == .party, case .text(let text)? = answers[question.id] {
                check(text, question, path: AnswerPath(question.id), at: answers.location(of: AnswerPath(question.id)))
            }
            let partyFields = question.fields.filter { $0.type == .party }
            guard !partyFields.isEmpty, case .list(let records)? = answers[question.id] else { continue }
            for (index, record) in records.enumerated() {
                for field in partyFields {
                    guard case .text(let text)? = record[field.id] else { continue }
                    check(
                        text, field, path: AnswerPath(question.id).index(index).key(field.id),
                        at: record.locations[field.id] ?? answers.location(of: AnswerPath(question.id)))
                }
            }
        }
        return out
    }
}
