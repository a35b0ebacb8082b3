import Foundation

/// The work of `QuestionnaireLoader`: walks the node tree, builds the questionnaire and collects every problem.
struct QuestionnaireReader {
    /// The file read, for the questionnaire's locations.
    let file: String
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// The keys a question may have.
    static let questionKeys = [
        "id", "type", "label", "help", "required", "default", "ask_when", "options", "min", "max", "pattern",
        "currency", "fields",
    ]
    /// Words of the condition language that cannot be ids.
    static let reservedWords: Set<String> = ["and", "or", "not", "in", "true", "false"]

    /// Creates a reader.
    init(file: String) {
        self.file = file
    }

    private mutating func error(_ message: String, _ node: YAMLNode) {
        diagnostics.append(Diagnostic(.error, message, at: node.location))
    }

    /// Reads the whole file, then type-checks every `ask_when` against the questionnaire read.
    mutating func read(_ root: YAMLNode) -> Questionnaire {
        var sections: [ReadSection] = []
        if let mapping = mapping(root, what: "the questionnaire", keys: ["sections"]) {
            if let sectionsNode = mapping["sections"] {
                if let sequence = sectionsNode.sequence {
                    for node in sequence {
                        if let section = readSection(node) { sections.append(section) }
                    }
                } else {
                    error("'sections' must be a list of sections, found \(sectionsNode.description)", sectionsNode)
                }
            } else {
                error("the questionnaire needs a list of 'sections'", root)
            }
        }
        checkUnique(sections.map { ($0.id, $0.location) }, what: "section id")
        let all = sections.flatMap(\.questions)
        checkUnique(all.map { ($0.id, $0.location) }, what: "question id")
        let questionnaire = Questionnaire(sections: sections.map(\.section), file: file)
        checkConditions(questionnaire)
        return questionnaire
    }

    /// A section and where it is declared.
    struct ReadSection {
        var section: QuestionSection
        var location: SourceLocation
        var id: String { section.id }
        var questions: [Question] { section.questions }
    }

    private mutating func readSection(_ node: YAMLNode) -> ReadSection? {
        guard let keys = mapping(node, what: "a section", keys: ["id", "title", "questions"]) else { return nil }
        let id = identifier(keys["id"], in: node, what: "the section")
        let title = localized(keys["title"], in: node, name: "title", required: true)
        var questions: [Question] = []
        if let questionsNode = keys["questions"] {
            if let sequence = questionsNode.sequence {
                for q in sequence {
                    if let question = readQuestion(q, isField: false) { questions.append(question) }
                }
            } else {
                error("'questions' must be a list of questions, found \(questionsNode.description)", questionsNode)
            }
        } else {
            error("the section needs a list of 'questions'", node)
        }
        guard let id, let title else { return nil }
        return ReadSection(section: QuestionSection(id: id, title: title, questions: questions), location: node.location)
    }

    private mutating func readQuestion(_ node: YAMLNode, isField: Bool) -> Question? {
        let what = isField ? "a field" : "a question"
        guard let keys = mapping(node, what: what, keys: Self.questionKeys) else { return nil }
        let id = identifier(keys["id"], in: node, what: isField ? "the field" : "the question")
        let name = id.map { "'\($0)'" } ?? "the question"

        var type: QuestionType?
        if let typeNode = keys["type"] {
            let text = typeNode.text ?? ""
            type = QuestionType(rawValue: text)
            if type == nil {
                error("unknown type '\(text)' for \(name)\(SpellingSuggestion.hint(for: text, in: QuestionType.allCases.map(\.rawValue)))"
                    + "; expected one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", "))", typeNode)
            } else if type == .list && isField {
                error("the field \(name) cannot be a list: the fields of a list's records are single values", typeNode)
            }
        } else {
            error("\(name) needs a 'type'", node)
        }
        let label = localized(keys["label"], in: node, name: "label", required: true)
        let help = localized(keys["help"], in: node, name: "help", required: false)

        var required = true
        if let requiredNode = keys["required"] {
            switch requiredNode.text?.lowercased() {
            case "true", "yes": required = true
            case "false", "no": required = false
            default: error("'required' must be true or false, found \(requiredNode.description)", requiredNode)
            }
        }

        var options: [ChoiceOption] = []
        if let optionsNode = keys["options"] {
            if let type, type != .choice, type != .multipleChoice {
                error("\(name) is of type \(type.rawValue): only choice and multiple_choice questions have 'options'", optionsNode)
            } else {
                options = readOptions(optionsNode, name: name)
            }
        } else if type == .choice || type == .multipleChoice {
            error("\(name) is a \(type?.rawValue ?? "choice") question and needs 'options'", node)
        }

        let minimum = bound(keys["min"], key: "min", type: type, name: name)
        let maximum = bound(keys["max"], key: "max", type: type, name: name)
        if let minimum, let maximum, minimum > maximum, let maxNode = keys["max"] {
            error("\(name): 'min' (\(minimum)) is greater than 'max' (\(maximum))", maxNode)
        }

        var pattern: String?
        if let patternNode = keys["pattern"] {
            let text = patternNode.text ?? ""
            if let type, type != .text {
                error("\(name) is of type \(type.rawValue): only text questions have a 'pattern'", patternNode)
            } else if patternNode.scalar == nil || text.isEmpty {
                error("'pattern' must be a regular expression, found \(patternNode.description)", patternNode)
            } else {
                do {
                    _ = try NSRegularExpression(pattern: text)
                    pattern = text
                } catch {
                    self.error("\(name): '\(text)' is not a valid regular expression", patternNode)
                }
            }
        }

        var currency: String?
        if let currencyNode = keys["currency"] {
            let text = currencyNode.text ?? ""
            if let type, type != .amount {
                error("\(name) is of type \(type.rawValue): only amount questions have a 'currency'", currencyNode)
            } else if !AmountText.isCurrencyCode(text) {
                error("'currency' must be a three-letter code such as SEK, DKK or EUR, found \(currencyNode.description)", currencyNode)
            } else {
                currency = text
            }
        }

        var fields: [Question] = []
        if let fieldsNode = keys["fields"] {
            if let type, type != .list {
                error("\(name) is of type \(type.rawValue): only list questions have 'fields'", fieldsNode)
            } else if let sequence = fieldsNode.sequence {
                for f in sequence {
                    if let field = readQuestion(f, isField: true) { fields.append(field) }
                }
                checkUnique(fields.map { ($0.id, $0.location) }, what: "field id in \(name)")
            } else {
                error("'fields' must be a list of fields, found \(fieldsNode.description)", fieldsNode)
            }
        } else if type == .list {
            error("\(name) is a list and needs 'fields': the questions asked for each record", node)
        }

        var askWhen: Condition?
        if let conditionNode = keys["ask_when"] {
            if let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    askWhen = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    diagnostics.append(contentsOf: error.diagnostics)
                }
            } else {
                error("'ask_when' must be a condition, found \(conditionNode.description)", conditionNode)
            }
        }

        guard let id, let label else { return nil }
        var question = Question(
            id: id, type: type ?? .text, label: label, help: help, required: required, askWhen: askWhen,
            options: options, minimum: minimum, maximum: maximum, pattern: pattern, currency: currency,
            fields: fields, location: node.location)
        if let defaultNode = keys["default"], let type, !(type == .list && isField) {
            var values = AnswerValueReader()
            question.defaultValue = values.read(defaultNode, for: question, path: AnswerPath(id), subject: "the default of \(name)")
            diagnostics.append(contentsOf: values.diagnostics)
            if defaultNode.isEmpty {
                error("the default of \(name) is empty; leave 'default' out instead", defaultNode)
            }
        }
        return question
    }

    private mutating func readOptions(_ node: YAMLNode, name: String) -> [ChoiceOption] {
        guard let sequence = node.sequence else {
            error("'options' must be a list of options, found \(node.description)", node)
            return []
        }
        var options: [ChoiceOption] = []
        var seen: [String: SourceLocation] = [:]
        for optionNode in sequence {
            guard let keys = mapping(optionNode, what: "an option", keys: ["value", "label", "help"]) else { continue }
            var value: String?
            if let valueNode = keys["value"] {
                if let text = valueNode.text, !valueNode.isEmpty {
                    if let first = seen[text] {
                        error("\(name) has the option value '\(text)' twice (first at \(first))", valueNode)
                    } else {
                        seen[text] = valueNode.location
                        value = text
                    }
                } else {
                    error("an option's 'value' must be text, found \(valueNode.description)", valueNode)
                }
            } else {
                error("an option of \(name) needs a 'value'", optionNode)
            }
            let optionName = value.map { "option '\($0)'" } ?? "option"
            let label = localized(keys["label"], in: optionNode, name: "label of the \(optionName)", required: true)
            let help = localized(keys["help"], in: optionNode, name: "help of the \(optionName)", required: false)
            if let value, let label { options.append(ChoiceOption(value: value, label: label, help: help)) }
        }
        if sequence.isEmpty { error("\(name) needs at least one option", node) }
        return options
    }

    private mutating func bound(_ node: YAMLNode?, key: String, type: QuestionType?, name: String) -> Int? {
        guard let node else { return nil }
        if let type, ![.integer, .amount, .list, .multipleChoice].contains(type) {
            error("\(name) is of type \(type.rawValue): only integer, amount, list and multiple_choice questions have '\(key)'", node)
            return nil
        }
        guard let text = node.text, let n = Int(text) else {
            error("'\(key)' must be a whole number, found \(node.description)", node)
            return nil
        }
        if n < 0, type == .list || type == .multipleChoice {
            error("'\(key)' counts elements and cannot be negative", node)
            return nil
        }
        return n
    }

    /// The values of a mapping by key, reporting unknown keys; nil (after reporting) when the node is no mapping.
    private mutating func mapping(_ node: YAMLNode, what: String, keys allowed: [String]) -> [String: YAMLNode]? {
        guard let mapping = node.mapping else {
            error("\(what) must be a mapping of keys to values, found \(node.description)", node)
            return nil
        }
        var result: [String: YAMLNode] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.text ?? ""
            if allowed.contains(key) {
                result[key] = value
            } else {
                error("unknown key '\(key)' in \(what)\(SpellingSuggestion.hint(for: key, in: allowed)); "
                    + "expected: \(allowed.joined(separator: ", "))", keyNode)
            }
        }
        return result
    }

    /// An id: letters, digits, `_` and `-`, starting with a letter or `_`, and not a word of the condition language.
    private mutating func identifier(_ node: YAMLNode?, in parent: YAMLNode, what: String) -> String? {
        guard let node else {
            error("\(what) needs an 'id'", parent)
            return nil
        }
        guard let text = node.text, let first = text.unicodeScalars.first,
            Self.isIdentifierStart(first), text.unicodeScalars.allSatisfy(Self.isIdentifier)
        else {
            error("'\(node.text ?? "")' is not a valid id: use letters a–z, digits, '_' and '-', "
                + "starting with a letter", node)
            return nil
        }
        if Self.reservedWords.contains(text) {
            error("'\(text)' cannot be an id: it is a word of the condition language", node)
            return nil
        }
        return text
    }

    static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }

    static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        isIdentifierStart(c) || (c >= "0" && c <= "9") || c == "-"
    }

    /// Text per language: a mapping with `sv` and `en`, both required.
    private mutating func localized(_ node: YAMLNode?, in parent: YAMLNode, name: String, required: Bool) -> Localized<String>? {
        guard let node else {
            if required { error("missing '\(name.split(separator: " ").first ?? "")' (text in sv and en)", parent) }
            return nil
        }
        guard let mapping = node.mapping else {
            error("the \(name) must give the text per language, for example { sv: ..., en: ... }; found "
                + node.description, node)
            return nil
        }
        var values: [Language: String] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.text ?? ""
            guard let language = Language(rawValue: key) else {
                error("unknown language '\(key)' in the \(name); expected: "
                    + Language.allCases.map(\.rawValue).joined(separator: ", "), keyNode)
                continue
            }
            guard let text = valueNode.text, !valueNode.isEmpty else {
                error("the \(name) in '\(key)' must be text, found \(valueNode.description)", valueNode)
                continue
            }
            values[language] = text
        }
        let missing = Language.allCases.filter { language in
            !mapping.contains { $0.key.text == language.rawValue }
        }
        if !missing.isEmpty {
            error("the \(name) has no '\(missing.map(\.rawValue).joined(separator: "', '"))' text "
                + "(every text needs \(Language.allCases.map(\.rawValue).joined(separator: " and ")))", node)
        }
        return values.count == Language.allCases.count ? Localized(values) : nil
    }

    private mutating func checkUnique(_ items: [(String, SourceLocation)], what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(.error, "duplicate \(what) '\(id)' (first declared at \(earlier))", at: location))
            } else {
                first[id] = location
            }
        }
    }

    /// Type-checks every `ask_when`: a question's against the whole questionnaire, a field's with its sibling
    /// fields in scope (a field's condition may name the other fields of the same record).
    private mutating func checkConditions(_ questionnaire: Questionnaire) {
        let checker = ConditionChecker(questionnaire: questionnaire)
        for question in questionnaire.questions {
            if let condition = question.askWhen {
                diagnostics.append(contentsOf: checker.check(condition, bindings: [:]))
            }
            let siblings = Dictionary(question.fields.map { ($0.id, ConditionChecker.Binding.value($0)) }) { a, _ in a }
            for field in question.fields {
                if let condition = field.askWhen {
                    diagnostics.append(contentsOf: checker.check(condition, bindings: siblings))
                }
            }
        }
    }
}
