/// The file-name pattern of a batch config (`output: { name: "opi-{project_title}-{suppliers.0.name}" }`): literal
/// text with placeholders. `{path}` is an answer, named as in conditions (`project_title`, `suppliers.0.name`,
/// `budget.amount`), with the question's default when unanswered; `{#}` is the agreement's number in the config,
/// from 1; `{{` and `}}` are literal braces. The result is made safe with `SafeFileName`.
struct BatchNamePattern: Sendable, Equatable {
    /// A piece of a pattern.
    enum Part: Sendable, Equatable {
        /// Text written as is.
        case literal(String)
        /// The answer at a path.
        case answer(AnswerPath)
        /// The agreement's number, from 1.
        case number
    }

    /// The pieces, in order.
    var parts: [Part]

    /// What went wrong: the paths an agreement does not answer.
    struct Failure: Error, Sendable, Equatable {
        /// The paths.
        var items: [String]
    }

    /// What is wrong with a pattern: every problem found.
    struct Problems: Error, Sendable, Equatable {
        /// The problems, in the order found.
        var items: [Message]
    }

    /// The pattern used when a config gives none.
    static let standard = BatchNamePattern(parts: [.literal("agreement-"), .number])

    /// Parses a pattern and checks every path against the questionnaire; the failure lists every problem.
    static func parse(_ text: String, questionnaire: Questionnaire) -> Result<BatchNamePattern, Problems> {
        var parts: [Part] = []
        var problems: [Message] = []
        var literal = ""
        var index = text.startIndex
        func flush() {
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" {
                if next < text.endIndex, text[next] == "{" {
                    literal.append("{")
                    index = text.index(after: next)
                    continue
                }
                guard let close = text[next...].firstIndex(of: "}") else {
                    problems.append(
                        Message(
                            .patternNotClosed, ["n": "\(text.distance(from: text.startIndex, to: index) + 1)"]))
                    break
                }
                let inner = text[next..<close].trimmingCharacters(in: .whitespaces)
                index = text.index(after: close)
                flush()
                if inner == "#" {
                    parts.append(.number)
                } else if inner.isEmpty {
                    problems.append(Message(.patternEmpty))
                } else if let path = AnswerPath(dotted: inner) {
                    if let problem = check(path, questionnaire: questionnaire) {
                        problems.append(
                            Message(.patternPathProblem, ["path": .text(inner), "problem": .message(problem)]))
                    } else {
                        parts.append(.answer(path))
                    }
                } else {
                    problems.append(Message(.patternNotAPath, ["path": .text(inner)]))
                }
            } else if character == "}" {
                if next < text.endIndex, text[next] == "}" {
                    literal.append("}")
                    index = text.index(after: next)
                    continue
                }
                problems.append(
                    Message(.patternClosesNothing, ["n": "\(text.distance(from: text.startIndex, to: index) + 1)"]))
                index = next
            } else {
                literal.append(character)
                index = next
            }
        }
        flush()
        return problems.isEmpty ? .success(BatchNamePattern(parts: parts)) : .failure(Problems(items: problems))
    }

    /// What is wrong with a path, or nil when it names one value of the questionnaire.
    private static func check(_ path: AnswerPath, questionnaire: Questionnaire) -> Message? {
        guard let question = questionnaire.question(path.root) else {
            return Message(
                .patternUnknownQuestion,
                [
                    "key": .text(path.root),
                    "hint": SpellingSuggestion.hintValue(for: path.root, in: questionnaire.questions.map(\.id)),
                ])
        }
        return check(path.rest[...], under: question, at: AnswerPath(path.root))
    }

    /// What is wrong with the steps `rest` after `path`, which names an answer to `question`.
    private static func check(
        _ rest: ArraySlice<AnswerPath.Component>, under question: Question, at path: AnswerPath
    ) -> Message? {
        let name = Message.Value.text(path.dotted)
        switch question.type {
        case .list:
            let example = Message.Value.text("{\(path.index(0).key(question.fields.first?.id ?? "name").dotted)}")
            guard let step = rest.first else {
                return Message(.patternList, ["name": name, "example": example])
            }
            guard case .index(let number) = step else {
                return Message(.patternRecordNumber, ["name": name, "example": example])
            }
            let record = path.index(number)
            guard let next = rest.dropFirst().first else {
                return Message(.patternWholeRecord, ["record": .text(record.dotted), "example": example])
            }
            guard case .key(let key) = next, let field = question.field(key) else {
                return Message(
                    .patternNotAField,
                    [
                        "field": .text(next.dotted), "name": name,
                        "hint": SpellingSuggestion.hintValue(for: next.dotted, in: question.fields.map(\.id)),
                        "fields": .text(question.fields.map(\.id).joined(separator: ", ")),
                    ])
            }
            return check(rest.dropFirst(2), under: field, at: record.key(field.id))
        case .amount:
            if rest.isEmpty || [[.key("amount")], [.key("currency")]].contains(Array(rest)) { return nil }
            return Message(.patternAmountParts)
        default:
            guard let extra = rest.first else { return nil }
            return Message(.patternSingleValue, ["name": name, "part": .text(extra.dotted)])
        }
    }

    /// The name for an agreement (before `SafeFileName`), or the paths that have neither answer nor default.
    func resolve(_ answers: Answers, questionnaire: Questionnaire, number: Int) -> Result<String, Failure> {
        let evaluator = ConditionEvaluator(answers: answers, questionnaire: questionnaire)
        var text = ""
        var missing: [String] = []
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .number: text += String(number)
            case .answer(let path):
                guard let value = evaluator.resolve(path), let words = Self.text(value) else {
                    missing.append(path.dotted)
                    continue
                }
                text += words
            }
        }
        return missing.isEmpty ? .success(text) : .failure(Failure(items: missing))
    }

    /// How a value reads in a file name; nil for a value that has none (a whole list or record).
    private static func text(_ value: AnswerValue) -> String? {
        switch value {
        case .text(let text), .choice(let text): return text
        case .texts(let texts): return texts.text(main: nil)
        case .choices(let values): return values.joined(separator: "-")
        case .boolean(let yes): return yes ? "yes" : "no"
        case .integer(let number): return String(number)
        case .amount(let amount): return AnswerValueReader.describe(amount)
        case .date(let date): return date.iso
        case .list, .record: return nil
        }
    }
}
