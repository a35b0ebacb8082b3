import Foundation

/// The work of `QuestionnaireLoader`: walks the node tree, builds the questionnaire and collects every problem.
struct QuestionnaireReader {
    /// The file read, for the questionnaire's locations.
    let file: String
    /// The languages every label, help text and check message must be given in: the library's.
    let languages: [Language]
    /// The shared typed readers, which hold the problems found so far.
    private var yaml = YAMLChecker()
    /// The problems found so far.
    var diagnostics: [Diagnostic] { yaml.diagnostics }
    /// The paths of the checks' `concerns:`, checked once every question is read.
    private var pendingConcerns: [(AnswerPath, YAMLNode)] = []
    /// The conditions of `default_when` and `currency_when`, with the question's name, checked once every question
    /// is read.
    /// The list whose fields are being read: a field's computed currency may name only questions before the list.
    private var enclosingList: String?
    private var pendingRules: [(id: String, name: Message.Value, when: Condition)] = []
    /// The lists named by `parties:`, checked once every question is read.
    private var pendingParties: [(String, YAMLNode)] = []

    /// The keys a question may have.
    static let questionKeys = [
        "id", "type", "label", "help", "required", "default", "ask_when", "computed", "options", "min", "max",
        "pattern", "currency", "fields", "record_label", "parties", "default_when", "currency_when", "translate",
    ]

    /// Creates a reader of a questionnaire whose texts are given in `languages`.
    init(file: String, languages: [Language]) {
        self.file = file
        self.languages = languages
    }

    private mutating func error(_ key: MessageKey, _ values: [String: Message.Value], _ node: YAMLNode) {
        yaml.error(Message(key, values), at: node)
    }

    /// Reads the whole file, then type-checks every `ask_when` against the questionnaire read.
    mutating func read(_ root: YAMLNode) -> Questionnaire {
        var sections: [ReadSection] = []
        var checks: [AnswerCheck] = []
        if let fields = yaml.fields(
            root, what: .key(.questionnaireWhatQuestionnaire), keys: ["sections", "checks"], required: ["sections"])
        {
            if let node = fields["sections"] {
                for node in yaml.sequence(node, what: .key(.questionnaireWhatSections)) ?? [] {
                    if let section = readSection(node) { sections.append(section) }
                }
            }
            if let node = fields["checks"] {
                for node in yaml.sequence(node, what: .key(.questionnaireWhatChecks)) ?? [] {
                    if let check = readCheck(node) { checks.append(check) }
                }
            }
        }
        checkUnique(sections.map { ($0.id, $0.location) }, what: .questionnaireWhatSectionId)
        let all = sections.flatMap(\.questions)
        checkUnique(all.map { ($0.id, $0.location) }, what: .questionnaireWhatQuestionId)
        checkUnique(checks.map { ($0.id, $0.location) }, what: .questionnaireWhatCheckId)
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
        let section = Message.Value.key(.questionnaireWhatSection)
        guard let keys = yaml.fields(node, what: section, keys: ["id", "title", "questions"]) else { return nil }
        let id = identifier(keys, what: .questionnaireWhatSectionId, in: section)
        let subject = id.map { Message.Value.message(Message(.questionnaireTheSection, ["id": .text($0)])) } ?? section
        let title = localized(keys, "title", what: .key(.questionnaireWhatTitle), in: subject, required: true)
        var questions: [Question] = []
        if let questionsNode = yaml.required("questions", in: keys, what: subject) {
            for q in yaml.sequence(questionsNode, what: .key(.questionnaireWhatQuestions)) ?? [] {
                if let question = readQuestion(q, isField: false) { questions.append(question) }
            }
        }
        guard let id, let title else { return nil }
        return ReadSection(
            section: QuestionSection(id: id, title: title, questions: questions), location: node.location)
    }

    /// A check: `id`, `when`, `level` and a message per language of the library (`sv`, `en`).
    private mutating func readCheck(_ node: YAMLNode) -> AnswerCheck? {
        guard
            let keys = yaml.fields(
                node, what: .key(.questionnaireWhatCheck),
                keys: ["id", "when", "level", "concerns"] + Language.allCases.map(\.rawValue),
                required: ["id", "when", "level"] + languages.map(\.rawValue))
        else { return nil }
        let id = identifier(keys, what: .questionnaireWhatCheckId, in: .key(.questionnaireWhatCheck))
        var when: Condition?
        if let conditionNode = keys["when"] {
            if let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    when = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    yaml.report(error)
                }
            } else {
                error(.questionnaireWhenNotCondition, ["found": conditionNode.foundValue], conditionNode)
            }
        }
        var level: AnswerCheck.Level?
        if let levelNode = keys["level"], let text = yaml.string(levelNode, what: .key(.questionnaireWhatLevel)) {
            level = AnswerCheck.Level(rawValue: text)
            if level == nil {
                let all = AnswerCheck.Level.allCases.map(\.rawValue)
                error(
                    .questionnaireUnknownLevel,
                    [
                        "text": .text(text), "hint": SpellingSuggestion.hintValue(for: text, in: all),
                        "levels": .text(all.joined(separator: ", ")),
                    ], levelNode)
            }
        }
        var message: [Language: String] = [:]
        for language in Language.allCases {
            if let textNode = keys[language.rawValue],
                let text = yaml.string(
                    textNode,
                    what: .message(Message(.questionnaireWhatMessage, ["language": .text(language.rawValue)])))
            {
                message[language] = text
            }
        }
        var concerns: [(AnswerPath, YAMLNode)]?
        if let concernsNode = keys["concerns"] {
            concerns = []
            for item in yaml.sequence(concernsNode, what: .key(.questionnaireWhatAnswers)) ?? [] {
                guard let text = yaml.string(item, what: .key(.questionnaireWhatAnswerPath)) else { continue }
                do {
                    concerns?.append((try ConditionParser.parsePath(text, at: item.textLocation), item))
                } catch {
                    yaml.report(error)
                }
            }
        }
        guard let id, let when, let level, languages.allSatisfy({ message[$0] != nil }) else { return nil }
        pendingConcerns += concerns ?? []
        return AnswerCheck(
            id: id, when: when, level: level, message: Localized(message), location: node.location,
            concerns: concerns?.map(\.0))
    }

    private mutating func readQuestion(_ node: YAMLNode, isField: Bool) -> Question? {
        let what = Message.Value.key(isField ? .questionnaireWhatField : .questionnaireWhatQuestion)
        guard let keys = yaml.fields(node, what: what, keys: Self.questionKeys) else { return nil }
        let id = identifier(keys, what: isField ? .questionnaireWhatFieldId : .questionnaireWhatQuestionId, in: what)
        let name =
            id.map { Message.Value.message(Message(.questionnaireName, ["id": .text($0)])) }
            ?? .key(.questionnaireTheQuestion)
        let subject =
            id.map { id in
                Message.Value.message(
                    Message(isField ? .questionnaireTheField : .questionnaireTheQuestionNamed, ["id": .text(id)]))
            } ?? what

        var type: QuestionType?
        if let typeNode = yaml.required("type", in: keys, what: subject) {
            // A list or mapping is no type: "expected a question type, found a list" (not "unknown type ''").
            let text = yaml.string(typeNode, what: .key(.questionnaireWhatType))
            type = text.flatMap(QuestionType.init(rawValue:))
            if let text, type == nil {
                let types = QuestionType.allCases.map(\.rawValue)
                error(
                    .questionnaireUnknownType,
                    [
                        "text": .text(text), "name": name, "hint": SpellingSuggestion.hintValue(for: text, in: types),
                        "types": .text(types.joined(separator: ", ")),
                    ], typeNode)
            } else if type == .list && isField {
                error(.questionnaireFieldList, ["name": name], typeNode)
            }
        }
        let label = localized(keys, "label", what: .key(.questionnaireWhatLabel), in: subject, required: true)
        let help = localized(keys, "help", what: .key(.questionnaireWhatHelp), in: subject, required: false)
        let recordLabel = localized(
            keys, "record_label", what: .key(.questionnaireWhatRecordLabel), in: subject, required: false)
        if let node = keys["record_label"], type != .list {
            error(.questionnaireRecordLabelNotList, ["name": name], node)
        }

        var required = true
        if let requiredNode = keys["required"] {
            switch requiredNode.text?.lowercased() {
            case "true", "yes": required = true
            case "false", "no": required = false
            default: error(.questionnaireRequiredNotBoolean, ["found": requiredNode.foundValue], requiredNode)
            }
        }

        var options: [ChoiceOption] = []
        if let optionsNode = keys["options"] {
            if let type, type != .choice, type != .multipleChoice {
                error(.questionnaireOptionsNotAllowed, ["name": name, "type": .text(type.rawValue)], optionsNode)
            } else {
                options = readOptions(optionsNode, name: name)
            }
        } else if let type, type == .choice || type == .multipleChoice {
            error(.questionnaireNeedsOptions, ["name": name, "type": .text(type.rawValue)], node)
        }

        let minimum = bound(keys["min"], key: "min", type: type, name: name)
        let maximum = bound(keys["max"], key: "max", type: type, name: name)
        if let minimum, let maximum, minimum > maximum, let maxNode = keys["max"] {
            error(.questionnaireMinGreater, ["name": name, "minimum": "\(minimum)", "maximum": "\(maximum)"], maxNode)
        }

        var pattern: String?
        if let patternNode = keys["pattern"] {
            let text = patternNode.text ?? ""
            if let type, type != .text {
                error(.questionnairePatternNotAllowed, ["name": name, "type": .text(type.rawValue)], patternNode)
            } else if patternNode.scalar == nil || text.isEmpty {
                error(.questionnairePatternNotText, ["found": patternNode.foundValue], patternNode)
            } else {
                do {
                    _ = try NSRegularExpression(pattern: text)
                    pattern = text
                } catch {
                    self.error(.questionnairePatternInvalid, ["name": name, "text": .text(text)], patternNode)
                }
            }
        }

        var currency: String?
        if let currencyNode = keys["currency"] {
            let text = currencyNode.text ?? ""
            if let type, type != .amount {
                error(.questionnaireCurrencyNotAllowed, ["name": name, "type": .text(type.rawValue)], currencyNode)
            } else if !AmountText.isCurrencyCode(text) {
                error(.questionnaireCurrencyInvalid, ["found": currencyNode.foundValue], currencyNode)
            } else {
                currency = text
            }
        }

        var fields: [Question] = []
        if let fieldsNode = keys["fields"] {
            if let type, type != .list {
                error(.questionnaireFieldsNotAllowed, ["name": name, "type": .text(type.rawValue)], fieldsNode)
            } else if let sequence = yaml.sequence(fieldsNode, what: .key(.questionnaireWhatFields)) {
                let outer = enclosingList
                enclosingList = id
                for f in sequence {
                    if let field = readQuestion(f, isField: true) { fields.append(field) }
                }
                enclosingList = outer
                checkUnique(fields.map { ($0.id, $0.location) }) { id, first in
                    Message(.questionnaireDuplicateField, ["name": name, "id": .text(id), "first": "\(first)"])
                }
            }
        } else if type == .list {
            error(.questionnaireNeedsFields, ["name": name], node)
        }

        var parties: [String] = []
        if let partiesNode = keys["parties"] {
            if let type, type != .party {
                error(.questionnairePartiesNotParty, ["name": name, "type": .text(type.rawValue)], partiesNode)
            } else {
                for item in yaml.sequence(partiesNode, what: .key(.questionnaireWhatListQuestions)) ?? [] {
                    if let text = yaml.string(item, what: .key(.questionnaireWhatListQuestionId)) {
                        parties.append(text)
                        pendingParties.append((text, item))
                    }
                }
            }
        } else if type == .party {
            error(.questionnairePartyNeedsParties, ["name": name], node)
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
                error(.questionnaireAskWhenNotCondition, ["found": conditionNode.foundValue], conditionNode)
            }
        }

        var computed = false
        if let computedNode = keys["computed"] {
            switch computedNode.text?.lowercased() {
            case "true", "yes": computed = true
            case "false", "no": computed = false
            default: error(.questionnaireComputedNotBoolean, ["found": computedNode.foundValue], computedNode)
            }
            if computed, isField {
                error(.questionnaireComputedField, ["name": name], computedNode)
            } else if computed, let id, !BudgetFigures.computedQuestions.contains(id) {
                error(
                    .questionnaireComputedUnknown,
                    ["name": name, "ids": .text(BudgetFigures.computedQuestions.sorted().joined(separator: ", "))],
                    computedNode)
            }
        }

        var translate = false
        if let translateNode = keys["translate"] {
            switch translateNode.text?.lowercased() {
            case "true", "yes": translate = true
            case "false", "no": translate = false
            default: error(.questionnaireTranslateNotBoolean, ["found": translateNode.foundValue], translateNode)
            }
            if translate, let type, type != .text, type != .longText {
                error(.questionnaireTranslateNotText, ["name": name, "type": .text(type.rawValue)], translateNode)
                translate = false
            }
        }

        guard let id, let label else { return nil }
        var question = Question(
            id: id, type: type ?? .text, label: label, help: help, required: required, askWhen: askWhen,
            options: options, minimum: minimum, maximum: maximum, pattern: pattern, currency: currency,
            fields: fields, location: node.location)
        question.computed = computed
        question.translate = translate
        if computed { question.required = false }
        question.recordLabel = recordLabel
        question.parties = parties
        if let node = keys["default_when"] {
            if isField {
                error(.questionnaireDefaultWhenField, ["name": name], node)
            } else if type != nil {
                question.defaultWhen = computedRules(node, id: id, name: name) { reader, valueNode in
                    var values = AnswerValueReader()
                    let value = values.read(
                        valueNode, for: question, path: AnswerPath(question.id),
                        subject: Message(.answersDefaultOf, ["name": name]))
                    reader.yaml.report(DiagnosticError(values.diagnostics))
                    return value
                }
            }
        }
        if let node = keys["currency_when"] {
            if type != nil && type != .amount {
                error(.questionnaireCurrencyWhenNotAmount, ["name": name], node)
            } else {
                question.currencyWhen = computedRules(node, id: isField ? enclosingList ?? id : id, name: name) {
                    reader, valueNode in
                    guard let text = valueNode.text, AmountText.isCurrencyCode(text) else {
                        reader.error(.questionnaireCurrencyCode, ["found": valueNode.foundValue], valueNode)
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
                subject: Message(.answersDefaultOf, ["name": name]))
            yaml.report(DiagnosticError(values.diagnostics))
            if defaultNode.isEmpty {
                error(.questionnaireDefaultEmpty, ["name": name], defaultNode)
            }
        }
        return question
    }

    /// The rules of `default_when` or `currency_when`: a list of `{when: CONDITION, value: VALUE}`. Their conditions
    /// are type-checked with the others and may name only questions declared before.
    private mutating func computedRules<Value>(
        _ node: YAMLNode, id: String, name: Message.Value, value read: (inout QuestionnaireReader, YAMLNode) -> Value?
    ) -> [ComputedValue<Value>] {
        var rules: [ComputedValue<Value>] = []
        for item in yaml.sequence(node, what: .key(.questionnaireWhatRules)) ?? [] {
            guard
                let keys = yaml.fields(
                    item, what: .key(.questionnaireWhatRule), keys: ["when", "value"], required: ["when", "value"])
            else { continue }
            var when: Condition?
            if let conditionNode = keys["when"], let scalar = conditionNode.scalar, !conditionNode.isEmpty {
                do {
                    when = try ConditionParser.parse(scalar.text, at: conditionNode.textLocation)
                } catch {
                    yaml.report(error)
                }
            } else if let conditionNode = keys["when"] {
                error(.questionnaireWhenNotCondition, ["found": conditionNode.foundValue], conditionNode)
            }
            guard let valueNode = keys["value"], let value = read(&self, valueNode), let when else { continue }
            pendingRules.append((id, name, when))
            rules.append(ComputedValue(when: when, value: value))
        }
        return rules
    }

    private mutating func readOptions(_ node: YAMLNode, name: Message.Value) -> [ChoiceOption] {
        guard let sequence = yaml.sequence(node, what: .key(.questionnaireWhatOptions)) else { return [] }
        var options: [ChoiceOption] = []
        var seen: [String: SourceLocation] = [:]
        for optionNode in sequence {
            guard
                let keys = yaml.fields(
                    optionNode, what: .key(.questionnaireWhatOption), keys: ["value", "label", "help"])
            else {
                continue
            }
            var value: String?
            if let valueNode = yaml.required(
                "value", in: keys, what: .message(Message(.questionnaireWhatOptionOf, ["name": name]))),
                let text = yaml.string(valueNode, what: .key(.questionnaireWhatOptionValue))
            {
                if let first = seen[text] {
                    error(
                        .questionnaireOptionTwice, ["name": name, "text": .text(text), "first": "\(first)"], valueNode)
                } else {
                    seen[text] = valueNode.location
                    value = text
                }
            }
            let optionName =
                value.map { Message.Value.message(Message(.questionnaireTheOptionNamed, ["value": .text($0)])) }
                ?? .key(.questionnaireTheOption)
            let label = localized(
                keys, "label", what: .message(Message(.questionnaireLabelOf, ["option": optionName])), in: optionName,
                required: true)
            let help = localized(
                keys, "help", what: .message(Message(.questionnaireHelpOf, ["option": optionName])), in: optionName,
                required: false)
            if let value, let label { options.append(ChoiceOption(value: value, label: label, help: help)) }
        }
        if sequence.isEmpty { error(.questionnaireNoOptions, ["name": name], node) }
        return options
    }

    private mutating func bound(_ node: YAMLNode?, key: String, type: QuestionType?, name: Message.Value) -> Int? {
        guard let node else { return nil }
        if let type, ![.integer, .amount, .list, .multipleChoice].contains(type) {
            error(.questionnaireBoundNotAllowed, ["name": name, "type": .text(type.rawValue), "key": .text(key)], node)
            return nil
        }
        guard let text = node.text, let n = Int(text) else {
            error(.questionnaireBoundNotNumber, ["key": .text(key), "found": node.foundValue], node)
            return nil
        }
        if n < 0, type == .list || type == .multipleChoice {
            error(.questionnaireBoundNegative, ["key": .text(key)], node)
            return nil
        }
        if type == .amount, n > Amount.maximumWholeUnits || n < -Amount.maximumWholeUnits {
            error(.questionnaireBoundTooLarge, ["key": .text(key), "maximum": "\(Amount.maximumWholeUnits)"], node)
            return nil
        }
        return n
    }

    /// The id of a section, question or field: a required key, read by the questionnaire's rules and reported
    /// where its node starts.
    private mutating func identifier(_ keys: YAMLFields, what: MessageKey, in subject: Message.Value) -> String? {
        guard let node = yaml.required("id", in: keys, what: subject) else { return nil }
        return yaml.identifier(node, what: .key(what), rules: .question, at: .node)
    }

    /// A text in every language of the library (see `YAMLChecker.localized`), under `key`.
    private mutating func localized(
        _ keys: YAMLFields, _ key: String, what: Message.Value, in subject: Message.Value, required: Bool
    ) -> Localized<String>? {
        let node = required ? yaml.required(key, in: keys, what: subject) : keys[key]
        return node.flatMap { yaml.localized($0, what: what, complete: true, languages: languages) }
    }

    private mutating func checkUnique(_ items: [(String, SourceLocation)], what: MessageKey) {
        checkUnique(items) { id, first in
            Message(.questionnaireDuplicate, ["what": .key(what), "id": .text(id), "first": "\(first)"])
        }
    }

    /// Reports each id of `items` given more than once, where it is given again, as `message(id, first place)`.
    private mutating func checkUnique(
        _ items: [(String, SourceLocation)], message: (String, SourceLocation) -> Message
    ) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in items {
            if let earlier = first[id] {
                yaml.error(message(id, earlier), at: location)
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
        for (id, name, condition) in pendingRules {
            yaml.report(DiagnosticError(checker.check(condition, bindings: [:])))
            let own = ids.firstIndex(of: id) ?? ids.count
            for path in Questionnaire.paths(in: condition.expression) {
                if let index = ids.firstIndex(of: path.root), index >= own {
                    yaml.error(
                        Message(.questionnaireComputedOrder, ["name": name, "id": .text(path.root)]),
                        at: condition.location)
                }
            }
        }
        for (id, node) in pendingParties {
            let lists = questionnaire.questions.filter { $0.type == .list && $0.field("name") != nil }.map(\.id)
            if !lists.contains(id) {
                error(
                    .questionnaireNotPartyList,
                    [
                        "id": .text(id), "hint": SpellingSuggestion.hintValue(for: id, in: lists),
                        "lists": .text(lists.joined(separator: ", ")),
                    ], node)
            }
        }
        for (path, node) in pendingConcerns where questionnaire.question(path.root) == nil {
            error(
                .questionnaireUnknownConcern,
                [
                    "id": .text(path.root),
                    "hint": SpellingSuggestion.hintValue(for: path.root, in: questionnaire.questions.map(\.id)),
                ], node)
        }
    }
}
