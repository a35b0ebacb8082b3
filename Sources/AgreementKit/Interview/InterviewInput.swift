import Foundation

/// Reads what a person typed as the answer to a question: option numbers or values for choices, yes or no in any
/// language or their first letters (`j`/`n`, `y`/`n`) for yes/no, and every other type through `AnswerValueReader.parse`, the same rules as an answers file.
/// Problems are explained in the interview's language.
struct InterviewInput {
    /// The language of the explanations.
    let language: Language

    private var words: Words { language.words }

    /// The answer, or what is wrong with it. `text` is already trimmed and not empty. `parties` are those a `party`
    /// question may name.
    func parse(
        _ text: String, for question: Question, parties: [Questionnaire.NamedParty] = []
    ) -> Result<AnswerValue, Problem> {
        switch question.type {
        case .party where !parties.isEmpty:
            return party(text, among: parties)
        case .choice:
            return option(text, question).map { .choice($0) }
        case .multipleChoice:
            return choices(text, question)
        case .yesNo:
            if let answer = Language.yesNo(text.lowercased(), initials: true) { return .success(.boolean(answer)) }
            return .failure(Problem(message: sentence(words.text(.interviewTypeYesOrNo))))
        default:
            break
        }
        // What people type ("3,5 miljoner kr", "1 mars 2026") is read as its rewritten form, which the usual checks
        // (bounds, dates that exist) then explain.
        switch AnswerValueReader.parse(LenientInput.rewrite(text, for: question) ?? text, for: question) {
        case .success(let value): return .success(value)
        case .failure(let problem): return .failure(Problem(message: sentence(problem.message(in: language))))
        }
    }

    /// Yes or no as typed (`ja`, `nej`, `yes`, `no` or their first letters, in any case); nil for anything else.
    func yesNo(_ text: String) -> Bool? {
        Language.yesNo(text.lowercased(), initials: true)
    }

    /// The index of the name `text` stands for: a number from 1, a name (any case), or an unambiguous start of one.
    static func match(_ text: String, in names: [String]) -> Int? {
        if let n = Int(text), n >= 1, n <= names.count { return n - 1 }
        let typed = text.lowercased()
        if let exact = names.firstIndex(where: { $0.lowercased() == typed }) { return exact }
        let starts = names.indices.filter { names[$0].lowercased().hasPrefix(typed) }
        return starts.count == 1 ? starts[0] : nil
    }

    /// A party by its number, name, short name or the start of its name; stored by its name.
    private func party(_ text: String, among parties: [Questionnaire.NamedParty]) -> Result<AnswerValue, Problem> {
        if let short = parties.first(where: { $0.shortName?.lowercased() == text.lowercased() }) {
            return .success(.text(short.name))
        }
        if let index = Self.match(text, in: parties.map(\.name)) { return .success(.text(parties[index].name)) }
        return .failure(
            Problem(
                message: words.text(
                    .interviewNotAParty, ["text": text, "parties": parties.map(\.name).joined(separator: ", ")])))
    }

    /// A reason an answer was not accepted.
    struct Problem: Error, Equatable {
        /// The explanation.
        var message: String
    }

    /// An option by its number (1-based), its value, or its label as the interview shows it (any case, or an
    /// unambiguous start of it). A problem names the options by their labels.
    private func option(_ text: String, _ question: Question) -> Result<String, Problem> {
        if question.options.contains(where: { $0.value == text }) { return .success(text) }
        let labels = question.options.map(QuestionDescription(language: language).label)
        if Int(text) == nil, let index = Self.match(text, in: labels) { return .success(question.options[index].value) }
        if let n = Int(text) {
            guard n >= 1 && n <= question.options.count else {
                return .failure(
                    Problem(
                        message: words.text(
                            .interviewOptionNumberOutOfRange,
                            [
                                "n": String(n), "count": String(question.options.count),
                            ])))
            }
            return .success(question.options[n - 1].value)
        }
        let listed = labels.enumerated().map { "\($0.offset + 1)) \($0.element)" }.joined(separator: ", ")
        return .failure(
            Problem(
                message: words.text(.interviewNotAnOption, ["text": text, "labels": listed]) + " "
                    + words.text(.interviewTypeNumberOrValue)))
    }

    /// Comma-separated option numbers or values; `-` chooses none. Kept in the order of the options.
    private func choices(_ text: String, _ question: Question) -> Result<AnswerValue, Problem> {
        var chosen: Set<String> = []
        if text != "-" {
            for token in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !token.isEmpty {
                switch option(token, question) {
                case .failure(let problem): return .failure(problem)
                case .success(let value):
                    if chosen.contains(value) {
                        let label = QuestionDescription(language: language).label(value, of: question)
                        return .failure(Problem(message: words.text(.interviewChosenTwice, ["value": label])))
                    }
                    chosen.insert(value)
                }
            }
        }
        if let minimum = question.minimum, chosen.count < minimum {
            return .failure(
                Problem(
                    message: minimum == 1
                        ? words.text(.interviewChooseAtLeastOne)
                        : words.text(.interviewChooseAtLeast, ["minimum": String(minimum)])))
        }
        if let maximum = question.maximum, chosen.count > maximum {
            return .failure(
                Problem(
                    message: maximum == 1
                        ? words.text(.interviewChooseAtMostOne)
                        : words.text(.interviewChooseAtMost, ["maximum": String(maximum)])))
        }
        return .success(.choices(question.options.map(\.value).filter(chosen.contains)))
    }

    /// A message with a capital first letter and a full stop.
    private func sentence(_ message: String) -> String {
        guard let first = message.first else { return message }
        let text = first.uppercased() + message.dropFirst()
        return text.hasSuffix(".") ? text : text + "."
    }
}
