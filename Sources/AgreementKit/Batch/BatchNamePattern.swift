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
        case answer([String])
        /// The agreement's number, from 1.
        case number
    }

    /// The pieces, in order.
    var parts: [Part]

    /// What went wrong: the problems of a pattern, or the paths an agreement does not answer.
    struct Failure: Error, Sendable, Equatable {
        /// The messages or paths.
        var items: [String]
    }

    /// The pattern used when a config gives none.
    static let standard = BatchNamePattern(parts: [.literal("agreement-"), .number])

    /// Parses a pattern and checks every path against the questionnaire; the failure lists every problem.
    static func parse(_ text: String, questionnaire: Questionnaire) -> Result<BatchNamePattern, Failure> {
        var parts: [Part] = []
        var problems: [String] = []
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
                    problems.append("the '{' at character \(text.distance(from: text.startIndex, to: index) + 1) "
                        + "is not closed; write '{{' for a literal brace")
                    break
                }
                let inner = text[next..<close].trimmingCharacters(in: .whitespaces)
                index = text.index(after: close)
                flush()
                if inner == "#" {
                    parts.append(.number)
                } else if inner.isEmpty {
                    problems.append("'{}' names nothing: write an answer's path such as {project_title}, or {#}")
                } else {
                    let path = inner.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                    if let problem = check(path, questionnaire: questionnaire) {
                        problems.append("{\(inner)}: \(problem)")
                    } else {
                        parts.append(.answer(path))
                    }
                }
            } else if character == "}" {
                if next < text.endIndex, text[next] == "}" {
                    literal.append("}")
                    index = text.index(after: next)
                    continue
                }
                problems.append("the '}' at character \(text.distance(from: text.startIndex, to: index) + 1) "
                    + "closes nothing; write '}}' for a literal brace")
                index = next
            } else {
                literal.append(character)
                index = next
            }
        }
        flush()
        return problems.isEmpty ? .success(BatchNamePattern(parts: parts)) : .failure(Failure(items: problems))
    }

    /// What is wrong with a path, or nil when it names one value of the questionnaire.
    private static func check(_ path: [String], questionnaire: Questionnaire) -> String? {
        guard let first = path.first, !first.isEmpty else { return "a path starts with a question id" }
        guard let question = questionnaire.question(first) else {
            return "unknown question '\(first)'"
                + SpellingSuggestion.hint(for: first, in: questionnaire.questions.map(\.id))
        }
        return check(Array(path.dropFirst()), under: question, named: first)
    }

    private static func check(_ rest: [String], under question: Question, named name: String) -> String? {
        switch question.type {
        case .list:
            let example = "{\(name).0.\(question.fields.first?.id ?? "name")}"
            guard let index = rest.first else {
                return "'\(name)' is a list; name a field of one record, for example \(example)"
            }
            guard let number = Int(index), number >= 0, index.allSatisfy(\.isASCII) else {
                return "after '\(name)' comes a record number counted from 0, for example \(example)"
            }
            guard rest.count > 1 else { return "'\(name).\(number)' is a whole record; name a field, for example \(example)" }
            guard let field = question.field(rest[1]) else {
                return "'\(rest[1])' is not a field of '\(name)'"
                    + SpellingSuggestion.hint(for: rest[1], in: question.fields.map(\.id))
                    + " (fields: \(question.fields.map(\.id).joined(separator: ", ")))"
            }
            return check(Array(rest.dropFirst(2)), under: field, named: "\(name).\(number).\(field.id)")
        case .amount:
            if rest.isEmpty || rest == ["amount"] || rest == ["currency"] { return nil }
            return "an amount has the parts 'amount' and 'currency' only"
        default:
            guard let extra = rest.first else { return nil }
            return "'\(name)' is a single value and has no part '\(extra)'"
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
                    missing.append(path.joined(separator: "."))
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
        case .choices(let values): return values.joined(separator: "-")
        case .boolean(let yes): return yes ? "yes" : "no"
        case .integer(let number): return String(number)
        case .amount(let amount): return AnswerValueReader.describe(amount)
        case .date(let date): return date.iso
        case .list, .record: return nil
        }
    }
}
