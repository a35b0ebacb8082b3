import Foundation

/// The work of `QuestionnaireLoader`: walks the node tree, builds the questionnaire and collects every problem.
struct QuestionnaireReader {
    /// The file read, for the questionnaire's locations.
    let file: String
    /// The shared typed readers, which hold the problems found so far.
    private var yaml = YAMLChecker()
    /// The problems found so far.
    var diagnostics: [Diagnostic] { yaml.diagnostics }
    /// The paths of the checks' `concerns:`, checked once every question is read.
    private var pendingConcerns: [(AnswerPath, YAMLNode)] = []
    /// The conditions of `default_when` and `currency_when`, with the question's name, checked once every question
    /// is read.
    private var pendingRules: [(String, Condition)] = []
    /// The lists named by `parties:`, checked once every question is read.
    private var pendingParties: [(String, YAMLNode)] = []

    /// The keys a question may have.
    static let questionKeys = [
        "id", "type", "label", "help", "required", "default", "ask_when", "options", "min", "max", "pattern",
        "currency", "fields", "parties", "default_when", "currency_when",
    ]

    /// Creates a reader.
    init(file: String) {
        self.file = file
    }

    private mutating func error(_ message: String, _ node: YAMLNode) {
        yaml.error(untranslated: message, at: node)
    }

    /// Reads the whole file, then type-checks every `ask_when` against the questionnaire read.
    mutating func read(_ root: YAMLNode) -> Questionnaire {
        var sections: [ReadSection] = []
        var checks: [AnswerCheck] = []
        if let fields = yaml.fields(
            root, what: "the questionnaire", keys: ["sections", "checks"], required: ["sections"])
        {
            if let node = fields["sections"] {
                for node in yaml.sequence(node, what: "a list of sections") ?? [] {
                    if let section = readSection(node) { sections.append(section) }
                }
            }
            if let node = fields["checks"] {
                for node in yaml.sequence(node, what: "a list of checks") ?? [] {
                    if let check = readCheck(node) { checks.append(check) }
                }
            }
        }
        checkUnique(sections.map { ($0.id, $0.location) }, what: "section id")
        let all = sections.flatMap(\.questions)
        checkUnique(all.map { ($0.id, $0.location) }, what: "question id")
        checkUnique(checks.map { ($0.id, $0.location) }, what: "check id")
        let questionnaire = Questionnaire(sections: sections.map(\.section), checks: checks, file: file)
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
        guard let keys = yaml.fields(node, what: "a section", keys: ["id", "title", "questions"]) else { return nil }
        let id = identifier(keys, what: "section id", in: "a section")
        let subject = id.map { "the section '\($0)'" } ?? "a section"
        let title = localized(keys, "title", what: "the title", in: subject, required: true)
        var questions: [Question] = []
        if let questionsNode = yaml.required("questions", in: keys, what: .text(subject)) {
            for q in yaml.sequence(questionsNode, what: "a list of questions") ?? [] {
                if let question = readQuestion(q, isField: false) { questions.append(question) }
            }
        }
        guard let id, let title else { return nil }
        return ReadSection(
            section: QuestionSection(id: id, title: title, questions: questions), location: node.location)
    }

    /// A check: `id`, `when`, `level` and a message per language (`sv`, `en`).
    private mutating func readCheck(_ node: YAMLNode) -> AnswerCheck? {
        let languages = Language.allCases.map(\.rawValue)
        guard
            let keys = yaml.fields(
                node, what: "a check", keys: ["id", "when", "level", "concerns"] + languages,
                required: ["id", "when", "level"] + languages)
        else { return nil }
        let id = identifier(keys, what: "check id", in: "a check")
        var when: Condition?
        if let conditionNode = keys["when"] {
            if let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    when = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    yaml.report(error)
                }
            } else {
                error("'when' must be a condition, found \(conditionNode.description)", conditionNode)
            }
        }
        var level: AnswerCheck.Level?
        if let levelNode = keys["level"], let text = yaml.string(levelNode, what: "a level") {
            level = AnswerCheck.Level(rawValue: text)
            if level == nil {
                let all = AnswerCheck.Level.allCases.map(\.rawValue)
                error(
                    "unknown level '\(text)'\(SpellingSuggestion.hint(for: text, in: all)); the levels are "
                        + all.joined(separator: ", "), levelNode)
            }
        }
        var message: [Language: String] = [:]
        for language in Language.allCases {
            if let textNode = keys[language.rawValue],
                let text = yaml.string(textNode, what: "the '\(language.rawValue)' message")
            {
                message[language] = text
            }
        }
        var concerns: [(AnswerPath, YAMLNode)]?
        if let concernsNode = keys["concerns"] {
            concerns = []
            for item in yaml.sequence(concernsNode, what: "a list of answers") ?? [] {
                guard let text = yaml.string(item, what: "an answer's path") else { continue }
                do {
                    concerns?.append((try ConditionParser.parsePath(text, at: item.textLocation), item))
                } catch {
                    yaml.report(error)
                }
            }
        }
        guard let id, let when, let level, message.count == Language.allCases.count else { return nil }
        pendingConcerns += concerns ?? []
        return AnswerCheck(
            id: id, when: when, level: level, message: Localized(message), location: node.location,
            concerns: concerns?.map(\.0))
    }

    private mutating func readQuestion(_ node: YAMLNode, isField: Bool) -> Question? {
        let what = isField ? "a field" : "a question"
        guard let keys = yaml.fields(node, what: .text(what), keys: Self.questionKeys) else { return nil }
        let id = identifier(keys, what: isField ? "field id" : "question id", in: what)
        let name = id.map { "'\($0)'" } ?? "the question"
        let subject = id.map { isField ? "the field '\($0)'" : "the question '\($0)'" } ?? what

        var type: QuestionType?
        if let typeNode = yaml.required("type", in: keys, what: .text(subject)) {
            let text = typeNode.text ?? ""
            type = QuestionType(rawValue: text)
            if type == nil {
                error(
                    "unknown type '\(text)' for \(name)\(SpellingSuggestion.hint(for: text, in: QuestionType.allCases.map(\.rawValue)))"
                        + "; expected one of: \(QuestionType.allCases.map(\.rawValue).joined(separator: ", "))",
                    typeNode)
            } else if type == .list && isField {
                error("the field \(name) cannot be a list: the fields of a list's records are single values", typeNode)
            }
        }
        let label = localized(keys, "label", what: "the label", in: subject, required: true)
        let help = localized(keys, "help", what: "the help", in: subject, required: false)

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
                error(
                    "\(name) is of type \(type.rawValue): only choice and multiple_choice questions have 'options'",
                    optionsNode)
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
                error(
                    "'currency' must be a three-letter code such as SEK, DKK or EUR, found \(currencyNode.description)",
                    currencyNode)
            } else {
                currency = text
            }
        }

        var fields: [Question] = []
        if let fieldsNode = keys["fields"] {
            if let type, type != .list {
                error("\(name) is of type \(type.rawValue): only list questions have 'fields'", fieldsNode)
            } else if let sequence = yaml.sequence(fieldsNode, what: "a list of fields") {
                for f in sequence {
                    if let field = readQuestion(f, isField: true) { fields.append(field) }
                }
                checkUnique(fields.map { ($0.id, $0.location) }, what: "field id in \(name)")
            }
        } else if type == .list {
            error("\(name) is a list and needs 'fields': the questions asked for each record", node)
        }

        var parties: [String] = []
        if let partiesNode = keys["parties"] {
            if let type, type != .party {
                error("\(name) is of type \(type.rawValue): only party questions have 'parties'", partiesNode)
            } else {
                for item in yaml.sequence(partiesNode, what: "a list of list questions") ?? [] {
                    if let text = yaml.string(item, what: "a list question's id") {
                        parties.append(text)
                        pendingParties.append((text, item))
                    }
                }
            }
        } else if type == .party {
            error("\(name) is a party question and needs 'parties': the lists whose records it may name", node)
        }

        var askWhen: Condition?
        if let conditionNode = keys["ask_when"] {
            if let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    askWhen = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    yaml.report(error)
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
        question.parties = parties
        if let node = keys["default_when"] {
            if isField {
                error("the field \(name) cannot have 'default_when': only questions' defaults are computed", node)
            } else if type != nil {
                question.defaultWhen = computedRules(node, name: name) { reader, valueNode in
                    var values = AnswerValueReader()
                    let value = values.read(
                        valueNode, for: question, path: AnswerPath(question.id),
                        subject: Message(.answersDefaultOf, ["name": .text(name)]))
                    reader.yaml.report(DiagnosticError(values.diagnostics))
                    return value
                }
            }
        }
        if let node = keys["currency_when"] {
            if isField || (type != nil && type != .amount) {
                error("\(name): only amount questions (not fields) have 'currency_when'", node)
            } else {
                question.currencyWhen = computedRules(node, name: name) { reader, valueNode in
                    guard let text = valueNode.text, AmountText.isCurrencyCode(text) else {
                        reader.error(
                            "a currency must be a three-letter code such as SEK, DKK or EUR, found \(valueNode.description)",
                            valueNode)
                        return nil
                    }
                    return text
                }
            }
        }
        if let defaultNode = keys["default"], let type, !(type == .list && isField) {
            var values = AnswerValueReader()
            question.defaultValue = values.read(
                defaultNode, for: question, path: AnswerPath(id),
                subject: Message(.answersDefaultOf, ["name": .text(name)]))
            yaml.report(DiagnosticError(values.diagnostics))
            if defaultNode.isEmpty {
                error("the default of \(name) is empty; leave 'default' out instead", defaultNode)
            }
        }
        return question
    }

    /// The rules of `default_when` or `currency_when`: a list of `{when: CONDITION, value: VALUE}`. Their conditions
    /// are type-checked with the others and may name only questions declared before.
    private mutating func computedRules<Value>(
        _ node: YAMLNode, name: String, value read: (inout QuestionnaireReader, YAMLNode) -> Value?
    ) -> [ComputedValue<Value>] {
        var rules: [ComputedValue<Value>] = []
        for item in yaml.sequence(node, what: "a list of {when, value} rules") ?? [] {
            guard let keys = yaml.fields(item, what: "a rule", keys: ["when", "value"], required: ["when", "value"])
            else { continue }
            var when: Condition?
            if let conditionNode = keys["when"], let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    when = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    yaml.report(error)
                }
            } else if let conditionNode = keys["when"] {
                error("'when' must be a condition, found \(conditionNode.description)", conditionNode)
            }
            guard let valueNode = keys["value"], let value = read(&self, valueNode), let when else { continue }
            pendingRules.append((name, when))
            rules.append(ComputedValue(when: when, value: value))
        }
        return rules
    }

    private mutating func readOptions(_ node: YAMLNode, name: String) -> [ChoiceOption] {
        guard let sequence = yaml.sequence(node, what: "a list of options") else { return [] }
        var options: [ChoiceOption] = []
        var seen: [String: SourceLocation] = [:]
        for optionNode in sequence {
            guard let keys = yaml.fields(optionNode, what: "an option", keys: ["value", "label", "help"]) else {
                continue
            }
            var value: String?
            if let valueNode = yaml.required("value", in: keys, what: "an option of \(name)"),
                let text = yaml.string(valueNode, what: "an option value")
            {
                if let first = seen[text] {
                    error("\(name) has the option value '\(text)' twice (first at \(first))", valueNode)
                } else {
                    seen[text] = valueNode.location
                    value = text
                }
            }
            let optionName = value.map { "the option '\($0)'" } ?? "the option"
            let label = localized(keys, "label", what: "the label of \(optionName)", in: optionName, required: true)
            let help = localized(keys, "help", what: "the help of \(optionName)", in: optionName, required: false)
            if let value, let label { options.append(ChoiceOption(value: value, label: label, help: help)) }
        }
        if sequence.isEmpty { error("\(name) needs at least one option", node) }
        return options
    }

    private mutating func bound(_ node: YAMLNode?, key: String, type: QuestionType?, name: String) -> Int? {
        guard let node else { return nil }
        if let type, ![.integer, .amount, .list, .multipleChoice].contains(type) {
            error(
                "\(name) is of type \(type.rawValue): only integer, amount, list and multiple_choice questions have '\(key)'",
                node)
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

    /// The id of a section, question or field: a required key, read by the questionnaire's rules and reported
    /// where its node starts.
    private mutating func identifier(_ keys: YAMLFields, what: String, in subject: String) -> String? {
        guard let node = yaml.required("id", in: keys, what: .text(subject)) else { return nil }
        return yaml.identifier(node, what: .text(what), rules: .question, at: .node)
    }

    /// A text in every language (see `YAMLChecker.localized`), under `key`.
    private mutating func localized(
        _ keys: YAMLFields, _ key: String, what: String, in subject: String, required: Bool
    ) -> Localized<String>? {
        let node = required ? yaml.required(key, in: keys, what: .text(subject)) : keys[key]
        return node.flatMap { yaml.localized($0, what: what, complete: true) }
    }

    private mutating func checkUnique(_ items: [(String, SourceLocation)], what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                yaml.error(untranslated: "duplicate \(what) '\(id)' (first declared at \(earlier))", at: location)
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
                yaml.report(DiagnosticError(checker.check(condition, bindings: [:])))
            }
            let siblings = Dictionary(question.fields.map { ($0.id, ConditionChecker.Binding.value($0)) }) { a, _ in a }
            for field in question.fields {
                if let condition = field.askWhen {
                    yaml.report(DiagnosticError(checker.check(condition, bindings: siblings)))
                }
            }
        }
        for check in questionnaire.checks {
            yaml.report(DiagnosticError(checker.check(check.when, bindings: [:])))
        }
        let ids = questionnaire.questions.map(\.id)
        for (name, condition) in pendingRules {
            yaml.report(DiagnosticError(checker.check(condition, bindings: [:])))
            let own = ids.firstIndex(of: String(name.dropFirst().dropLast())) ?? ids.count
            for path in Questionnaire.paths(in: condition.expression) {
                if let index = ids.firstIndex(of: path.root), index >= own {
                    yaml.error(
                        untranslated: "the computed value of \(name) may name only questions asked before it, "
                            + "not '\(path.root)'", at: condition.location)
                }
            }
        }
        for (id, node) in pendingParties {
            let lists = questionnaire.questions.filter { $0.type == .list && $0.field("name") != nil }.map(\.id)
            if !lists.contains(id) {
                error(
                    "'\(id)' is not a list question whose records have a 'name'"
                        + SpellingSuggestion.hint(for: id, in: lists) + "; the lists are: "
                        + lists.joined(separator: ", "), node)
            }
        }
        for (path, node) in pendingConcerns where questionnaire.question(path.root) == nil {
            error(
                "unknown question '\(path.root)'"
                    + SpellingSuggestion.hint(for: path.root, in: questionnaire.questions.map(\.id)), node)
        }
    }
}
