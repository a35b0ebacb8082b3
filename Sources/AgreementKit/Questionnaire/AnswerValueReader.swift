import Foundation

/// Reads answer values from YAML nodes according to each question's declared type, collecting every problem with
/// its location. Used for answers files and for the defaults in a questionnaire.
struct AnswerValueReader {
    /// The problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each record of a list answer starts, by the list's path.
    private(set) var recordLocations: [AnswerPath: [SourceLocation]] = [:]

    /// The questionnaire whose labels name the answers in messages (nil: the path names them).
    var questionnaire: Questionnaire?
    /// The names of the records read so far, by the record's path: messages name a record by them.
    private var recordNames: [AnswerPath: String] = [:]

    /// Creates a reader; with a questionnaire, messages name each answer by its label (`AnswerName`).
    init(questionnaire: Questionnaire? = nil) {
        self.questionnaire = questionnaire
    }

    /// Reads `node` as the answer to `question`; `path` names the answer in messages (`public_parties[0].name`),
    /// `subject` overrides how messages name it. Returns nil when the node is empty (unanswered) or invalid.
    mutating func read(_ node: YAMLNode, for question: Question, path: AnswerPath, subject: Message? = nil)
        -> AnswerValue?
    {
        if node.isEmpty { return nil }
        let subject = Subject(given: subject, path: path)
        switch (question.type, node.mapping) {
        case (.list, _):
            return readList(node, for: question, path: path, subject: subject)
        case (.multipleChoice, _):
            return readChoices(node, for: question, subject: subject)
        case (.amount, let mapping?):
            return readAmountMapping(mapping, node, for: question, subject: subject)
        case (.text, let mapping?), (.longText, let mapping?):
            return readTexts(mapping, node, for: question, subject: subject)
        default:
            guard let scalar = node.scalar else {
                error(
                    .answersExpects,
                    ["subject": describe(subject), "form": Self.expectation(question), "found": node.foundValue], node)
                return nil
            }
            let text = scalar.text.trimmingCharacters(in: .whitespacesAndNewlines)
            switch Self.parse(text, for: question) {
            case .success(let value): return value
            case .failure(let problem):
                error(.answersProblem, ["subject": describe(subject), "problem": Self.problem(problem)], node)
                return nil
            }
        }
    }

    private mutating func error(_ key: MessageKey, _ values: [String: Message.Value], _ node: YAMLNode) {
        diagnostics.append(Diagnostic(.error, Message(key, values), at: node.location))
    }

    /// `expected WHAT, found a list` at a node that is not text where text is expected, such as a mapping's key:
    /// worded as `YAMLChecker` words it in every other file.
    private mutating func expected(_ what: MessageKey, _ node: YAMLNode) {
        diagnostics.append(
            Diagnostic(
                .error, Message(.yamlExpected, ["what": .key(what), "found": node.foundValue]), at: node.location))
    }

    /// How messages name the answer being read: made only when a message needs it, as naming an answer by its label
    /// in every language costs more than reading it.
    private struct Subject {
        /// The caller's name for the answer, if it gave one.
        var given: Message?
        /// The answer's path.
        var path: AnswerPath
    }

    /// The message value that names `subject`: the caller's name, or "the answer NAME" (`AnswerName`).
    private func describe(_ subject: Subject) -> Message.Value {
        .message(subject.given ?? Message(.answersSubject, ["answer": name(subject.path)]))
    }

    /// How messages name the answer at `path`: by its label and path (`AnswerName`), or by the path alone.
    private func name(_ path: AnswerPath) -> Message.Value {
        guard let questionnaire else { return .text(path.description) }
        return AnswerName.value(path, questionnaire: questionnaire, answers: nil, recordNames: recordNames)
    }

    /// Why a written answer is not accepted, in the messages language.
    static func problem(_ problem: AnswerProblem) -> Message.Value {
        .text(problem.message(in: .messages))
    }

    private mutating func readList(_ node: YAMLNode, for question: Question, path: AnswerPath, subject: Subject)
        -> AnswerValue?
    {
        guard let sequence = node.sequence else {
            error(.answersExpectsRecords, ["subject": describe(subject), "found": node.foundValue], node)
            return nil
        }
        var records: [AnswerRecord] = []
        var locations: [SourceLocation] = []
        let fields = Message.Value.text(question.fields.map(\.id).joined(separator: ", "))
        for (index, element) in sequence.enumerated() {
            guard let mapping = element.mapping else {
                error(
                    .answersRecordNotMapping,
                    ["subject": describe(subject), "n": "\(index + 1)", "fields": fields, "found": element.foundValue],
                    element)
                continue
            }
            var record = AnswerRecord(values: [:])
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.text else {
                    error(.answersFieldNameNotText, ["subject": describe(subject)], keyNode)
                    continue
                }
                guard let field = question.field(key) else {
                    error(
                        .answersUnknownField,
                        [
                            "key": .text(key), "subject": describe(subject), "fields": fields,
                            "hint": SpellingSuggestion.hintValue(for: key, in: question.fields.map(\.id)),
                        ], keyNode)
                    continue
                }
                if let value = read(valueNode, for: field, path: path.index(index).key(key)) {
                    record.values[key] = value
                    record.locations[key] = valueNode.location
                    // Messages about the record's later fields name it (`AnswerName`).
                    if key == "name", case .text(let name) = value { recordNames[path.index(index)] = name }
                }
            }
            records.append(record)
            locations.append(element.location)
        }
        if let maximum = question.maximum, records.count > maximum {
            error(
                .answersTooManyRecords,
                ["subject": describe(subject), "count": "\(records.count)", "maximum": "\(maximum)"], node
            )
        }
        recordLocations[path] = locations
        return .list(records)
    }

    /// A free-text answer per language (`{ sv: "…", en: "…" }`), for a question marked `translate: true`: each key
    /// a language with a words file, each value read as the question's text. A language left empty is not given;
    /// none given is unanswered. An empty mapping is an error, as is a mapping for a question not translated.
    private mutating func readTexts(
        _ mapping: YAMLMapping, _ node: YAMLNode, for question: Question, subject: Subject
    ) -> AnswerValue? {
        guard question.translate else {
            // Keys that are all languages: a text per language where the question takes one text.
            let keys = mapping.entries.map { $0.key.text.flatMap(Language.init(rawValue:)) }
            if !keys.isEmpty, !keys.contains(nil) {
                error(.answersTextsNotTranslated, ["subject": describe(subject)], node)
            } else {
                error(
                    .answersExpects,
                    ["subject": describe(subject), "form": Self.expectation(question), "found": node.foundValue], node)
            }
            return nil
        }
        let languages = Message.Value.text(Language.allCases.map(\.rawValue).joined(separator: ", "))
        guard !mapping.entries.isEmpty else {
            error(.answersTextsEmpty, ["subject": describe(subject), "languages": languages], node)
            return nil
        }
        var entries: [LanguageTexts.Entry] = []
        for (keyNode, valueNode) in mapping {
            guard let code = keyNode.text else {
                expected(.yamlWhatLanguage, keyNode)
                continue
            }
            guard let language = Language(rawValue: code) else {
                error(
                    .answersTextsUnknownLanguage,
                    ["subject": describe(subject), "key": .text(code), "languages": languages], keyNode)
                continue
            }
            if valueNode.isEmpty { continue }
            guard let scalar = valueNode.scalar else {
                error(
                    .answersExpects,
                    ["subject": describe(subject), "form": Self.expectation(question), "found": valueNode.foundValue],
                    valueNode)
                continue
            }
            switch Self.parse(scalar.text.trimmingCharacters(in: .whitespacesAndNewlines), for: question) {
            case .success(let value):
                // Always a text: a text or long text question's.
                if case .text(let text) = value { entries.append(LanguageTexts.Entry(language, text)) }
            case .failure(let problem):
                error(.answersProblem, ["subject": describe(subject), "problem": Self.problem(problem)], valueNode)
            }
        }
        return entries.isEmpty ? nil : .texts(LanguageTexts(entries))
    }

    private mutating func readChoices(_ node: YAMLNode, for question: Question, subject: Subject) -> AnswerValue? {
        let elements: [YAMLNode]
        if let sequence = node.sequence {
            elements = Array(sequence)
        } else if node.scalar != nil {
            elements = [node]
        } else {
            error(
                .answersExpects,
                ["subject": describe(subject), "form": Self.expectation(question), "found": node.foundValue],
                node)
            return nil
        }
        var chosen: [String] = []
        var valid = true
        for element in elements {
            guard let text = element.text?.trimmingCharacters(in: .whitespacesAndNewlines) else {
                error(.answersOptionNotValue, ["subject": describe(subject), "found": element.foundValue], element)
                valid = false
                continue
            }
            if text.isEmpty { continue }
            if !question.options.contains(where: { $0.value == text }) {
                error(
                    .answersProblem,
                    ["subject": describe(subject), "problem": Self.problem(.notAnOption(text, question))],
                    element)
                valid = false
            } else if chosen.contains(text) {
                error(.answersChosenTwice, ["subject": describe(subject), "text": .text(text)], element)
                valid = false
            } else {
                chosen.append(text)
            }
        }
        if let maximum = question.maximum, chosen.count > maximum {
            error(
                .answersTooManyOptions,
                ["subject": describe(subject), "count": "\(chosen.count)", "maximum": "\(maximum)"], node)
            valid = false
        }
        return valid ? .choices(chosen) : nil
    }

    private mutating func readAmountMapping(
        _ mapping: YAMLMapping, _ node: YAMLNode, for question: Question, subject: Subject
    ) -> AnswerValue? {
        var minor: Int64?
        var currency = question.currency
        var valid = true
        var sawAmount = false
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.text else {
                expected(.yamlWhatKey, keyNode)
                valid = false
                continue
            }
            let text = valueNode.text?.trimmingCharacters(in: .whitespacesAndNewlines)
            switch key {
            case "amount":
                sawAmount = true
                guard let text, let value = AmountText.minorUnits(text.filter { $0 != " " && $0 != "\u{00A0}" })
                else {
                    error(
                        .answersAmountNotNumber, ["subject": describe(subject), "found": valueNode.foundValue],
                        valueNode)
                    valid = false
                    continue
                }
                minor = value
            case "currency":
                guard let text, AmountText.isCurrencyCode(text) else {
                    error(
                        .answersCurrencyNotCode, ["subject": describe(subject), "found": valueNode.foundValue],
                        valueNode)
                    valid = false
                    continue
                }
                currency = text
            default:
                error(
                    .answersUnknownAmountKey,
                    [
                        "key": .text(key), "subject": describe(subject),
                        "hint": SpellingSuggestion.hintValue(for: key, in: ["amount", "currency"]),
                    ], keyNode)
                valid = false
            }
        }
        if !sawAmount {
            error(.answersAmountMissing, ["subject": describe(subject)], node)
            return nil
        }
        guard valid, let minor else { return nil }
        guard let currency else {
            error(.answersCurrencyMissing, ["subject": describe(subject)], node)
            return nil
        }
        let amount = Amount(minorUnits: minor, currency: currency)
        if let problem = Self.boundsProblem(amount, question) {
            error(.answersProblem, ["subject": describe(subject), "problem": Self.problem(problem)], node)
            return nil
        }
        return .amount(amount)
    }

    /// The most characters one answer may have (documented in `docs/answers-format.md`): far more than any
    /// title, name or clause text needs, far less than what makes a document too large for word processors.
    static let maximumLength = 100_000

    /// Interprets the text of a scalar as the answer to `question` (not a list or multiple choice). Text longer
    /// than `maximumLength` and characters that documents cannot contain (`XMLCharacters`, such as `"\0"` or
    /// `"\x01"` written as YAML escapes) are refused for every type.
    static func parse(_ text: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        func fail(_ problem: AnswerProblem) -> Result<AnswerValue, AnswerProblem> { .failure(problem) }
        let length = text.count
        if length > maximumLength { return fail(.tooLong(length: length, maximum: maximumLength)) }
        if let bad = XMLCharacters.firstForbidden(in: text) {
            return fail(.forbiddenCharacter(name: XMLCharacters.describe(bad)))
        }
        switch question.type {
        case .text, .longText, .party:
            if question.type != .longText, text.contains(where: \.isNewline) {
                return fail(.lineBreaksInText)
            }
            if question.type == .text, let pattern = question.pattern, !matchesWhole(text, pattern: pattern) {
                return fail(.patternMismatch(text: text, pattern: pattern))
            }
            return .success(.text(text))
        case .yesNo:
            switch text.lowercased() {
            case "true": return .success(.boolean(true))
            case "false": return .success(.boolean(false))
            case let word:
                return Language.yesNo(word, initials: false).map { .success(.boolean($0)) }
                    ?? fail(.notYesNo(text: text))
            }
        case .choice, .multipleChoice:
            // One option (an answers file's multiple choice is read element by element, `readChoices`).
            guard question.options.contains(where: { $0.value == text }) else {
                return fail(.notAnOption(text, question))
            }
            return .success(question.type == .choice ? .choice(text) : .choices([text]))
        case .integer:
            let digits = text.filter { $0 != " " && $0 != "\u{00A0}" }
            guard let n = Int(digits), !digits.hasPrefix("+") else {
                return fail(.notInteger(text: text))
            }
            if let minimum = question.minimum, n < minimum {
                return fail(.integerBelowMinimum(value: n, minimum: minimum))
            }
            if let maximum = question.maximum, n > maximum {
                return fail(.integerAboveMaximum(value: n, maximum: maximum))
            }
            return .success(.integer(n))
        case .amount:
            switch AmountText.parse(text) {
            case .failure(.currency(let code)):
                return fail(.notCurrency(code: code))
            case .failure(.number):
                return fail(.notAmount(text: text))
            case .success(let parsed):
                guard let currency = parsed.currency ?? question.currency else {
                    return fail(.noCurrency(text: text))
                }
                let amount = Amount(minorUnits: parsed.minorUnits, currency: currency)
                if let problem = boundsProblem(amount, question) { return .failure(problem) }
                return .success(.amount(amount))
            }
        case .date:
            if let date = CalendarDate(iso: text) { return .success(.date(date)) }
            if text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil {
                return fail(.dateDoesNotExist(text: text))
            }
            return fail(.notDate(text: text))
        case .email:
            guard EmailAddress.isValid(text) else { return fail(.notEmail(text: text)) }
            return .success(.text(text))
        case .organisationNumberSE:
            switch SwedishOrganisationNumber.normalize(text) {
            case .success(let number): return .success(.text(number))
            case .failure(.format):
                return fail(.organisationNumberFormat(text: text))
            case .failure(.checkDigit):
                return fail(.organisationNumberCheckDigit(text: text))
            }
        case .cvrDK:
            switch DanishCVRNumber.normalize(text) {
            case .success(let number): return .success(.text(number))
            case .failure(.format):
                return fail(.cvrFormat(text: text))
            case .failure(.checkDigit):
                return fail(.cvrCheckDigit(text: text))
            }
        case .list:
            return fail(.listExpected(text: text))
        }
    }

    /// An amount outside the question's bounds (given in whole units). The questionnaire keeps bounds within
    /// `Amount.maximumWholeUnits`; a bound beyond `Int64` in minor units (from a question made in code) lies beyond
    /// every amount, so the comparison never traps.
    static func boundsProblem(_ amount: Amount, _ question: Question) -> AnswerProblem? {
        /// -1, 0 or 1 as the amount is below, at or above `bound` whole units.
        func order(_ bound: Int) -> Int {
            let (scaled, overflow) = Int64(bound).multipliedReportingOverflow(by: 100)
            if overflow { return bound > 0 ? -1 : 1 }
            return amount.minorUnits < scaled ? -1 : amount.minorUnits > scaled ? 1 : 0
        }
        if let minimum = question.minimum, order(minimum) < 0 {
            return .amountBelowMinimum(amount: describe(amount), minimum: minimum, currency: amount.currency)
        }
        if let maximum = question.maximum, order(maximum) > 0 {
            return .amountAboveMaximum(amount: describe(amount), maximum: maximum, currency: amount.currency)
        }
        return nil
    }

    /// `250000 SEK`, `250000.50 SEK`.
    static func describe(_ amount: Amount) -> String {
        let cents = amount.minorUnits % 100
        let whole = "\(amount.minorUnits / 100)"
        return cents == 0
            ? "\(whole) \(amount.currency)"
            : "\(whole).\(cents < 10 ? "0" : "")\(cents) \(amount.currency)"
    }

    /// Whether `text` matches `pattern` as a whole (false when the pattern is not a valid regular expression).
    static func matchesWhole(_ text: String, pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z") else { return false }
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return regex.firstMatch(in: text, range: range) != nil
    }

    /// What an answer to the question looks like, for "expects ..." messages.
    static func expectation(_ question: Question) -> Message.Value {
        let options = Message.Value.text(question.options.map(\.value).joined(separator: ", "))
        let message: Message
        switch question.type {
        case .text, .longText, .party: message = Message(.answersFormText)
        case .yesNo: message = Message(.answersFormYesNo)
        case .choice: message = Message(.answersFormChoice, ["options": options])
        case .multipleChoice: message = Message(.answersFormMultipleChoice, ["options": options])
        case .integer: message = Message(.answersFormInteger)
        case .amount: message = Message(.answersFormAmount)
        case .date: message = Message(.answersFormDate)
        case .email: message = Message(.answersFormEmail)
        case .organisationNumberSE: message = Message(.answersFormOrganisationNumber)
        case .cvrDK: message = Message(.answersFormCvr)
        case .list: message = Message(.answersFormList)
        }
        return .message(message)
    }
}
