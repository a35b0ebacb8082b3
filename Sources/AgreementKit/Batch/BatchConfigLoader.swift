import Foundation

/// Reads a batch config (see `docs/batch-format.md`) and checks every agreement in it against the library's
/// questionnaire, the way `AnswersLoader` checks an answers file, with every problem located in the config.
public enum BatchConfigLoader {
    /// The top-level keys of a config.
    static let topKeys = ["output", "language", "type", "reference_doc", "defaults", "agreements"]
    /// The keys of one agreement.
    static let agreementKeys = ["answers", "language", "type"]

    /// The largest config read, in bytes, as for an answers file (`AnswersLoader.maximumFileSize`; documented in
    /// `docs/batch-format.md`): a larger config is refused at its first line before it is read.
    public static let maximumFileSize = 10_000_000

    /// Reads a config. Problems of single agreements (their answers, the defaults they use, their file names, with
    /// `final` their missing answers) are kept in the plan, so that the valid agreements can still be written;
    /// problems of the config as a whole are thrown, together with every other problem found.
    public static func load(
        _ data: Data, file: String, library: ClauseLibrary, final: Bool
    ) throws(DiagnosticError) -> BatchPlan {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let questionnaire = library.questionnaire
        if data.count > maximumFileSize {
            throw DiagnosticError(
                Message(.batchFileTooLarge, ["size": "\(data.count)", "maximum": "\(maximumFileSize)"]), at: start)
        }
        guard let root = try YAMLReader.read(data, file: file), !root.isEmpty else {
            throw DiagnosticError(
                Message(.batchEmpty), at: start)
        }
        var yaml = YAMLChecker()
        guard
            let top = yaml.fields(
                root, what: .message(Message(.batchWhatConfig)), keys: topKeys, required: ["agreements"],
                note: { key in
                    questionnaire.question(key) == nil
                        ? "" : .message(Message(.batchQuestionUnderDefaults, ["key": .text(key)]))
                })
        else { throw DiagnosticError(yaml.diagnostics) }

        var pattern = BatchNamePattern.standard
        var language: AgreementLanguages?
        var outline: String?
        var defaults = AnswerMapping(answers: Answers(file: file))
        var items: [YAMLNode] = []
        if let node = top["output"], let parsed = readOutput(node, questionnaire: questionnaire, yaml: &yaml) {
            pattern = parsed
        }
        if let node = top["language"] { language = readLanguage(node, library: library, yaml: &yaml) }
        if let node = top["type"] { outline = readOutline(node, library: library, yaml: &yaml) }
        var references: [String] = []
        if let node = top["reference_doc"] { references = readReferences(node, file: file, yaml: &yaml) }
        if let node = top["defaults"], !node.isEmpty,
            yaml.expectMapping(node, what: .message(Message(.batchWhatDefaults)))
        {
            defaults = AnswerMapping.read(node, file: file, questionnaire: questionnaire)
        }
        if let node = top["agreements"],
            let sequence = yaml.sequence(
                node, what: .message(Message(.batchWhatAgreements)))
        {
            if sequence.isEmpty { yaml.error(Message(.batchNoAgreements), at: node) }
            items = sequence
        }
        var fatal = yaml.diagnostics
        if outline == nil, library.outlines.count > 1 {
            fatal.append(
                Diagnostic(
                    .error,
                    Message(
                        .batchSeveralTypes, ["types": .text(library.outlines.keys.sorted().joined(separator: ", "))]),
                    at: root.location))
        }

        var agreements: [BatchAgreement] = []
        agreements.reserveCapacity(items.count)
        var users: [[Int]] = Array(repeating: [], count: defaults.problems.count)
        for (offset, item) in items.enumerated() {
            let number = offset + 1
            let read = readAgreement(
                item, number: number, file: file, library: library, defaults: defaults, pattern: pattern,
                language: language, outline: outline, final: final)
            for (index, problem) in defaults.problems.enumerated()
            where problem.key.map({ !read.ownKeys.contains($0) }) ?? true {
                users[index].append(number)
            }
            var agreement = read.agreement
            agreement.usesInvalidDefault = defaults.problems.indices.contains { users[$0].last == number }
            agreements.append(agreement)
        }

        var shared: [Diagnostic] = []
        for (index, problem) in defaults.problems.enumerated() {
            let diagnostic = problem.diagnostic
            if users[index].isEmpty {
                fatal.append(diagnostic.wrapped(in: .batchInDefaultsOverridden))
            } else {
                shared.append(
                    users[index].count == items.count && items.count > 1
                        ? diagnostic.wrapped(in: .batchInDefaultsUsedByAll)
                        : diagnostic.wrapped(
                            in: .batchInDefaultsUsedBy, ["agreements": .message(describe(users[index]))]))
            }
        }
        markCollisions(&agreements)

        if !fatal.isEmpty {
            let all = AnswerMapping.sorted(fatal + shared, start: start) + agreements.flatMap(\.diagnostics)
            throw DiagnosticError(all)
        }
        var plan = BatchPlan(
            file: file, agreements: agreements, sharedDiagnostics: AnswerMapping.sorted(shared, start: start))
        plan.referenceDocuments = references
        return plan
    }

    /// `reference_doc:`: one path or a list of paths of reference documents, relative to the config's folder.
    private static func readReferences(_ node: YAMLNode, file: String, yaml: inout YAMLChecker) -> [String] {
        let what = Message.Value.message(Message(.batchWhatReferenceDoc))
        let nodes = node.sequence != nil ? yaml.sequence(node, what: what) ?? [] : [node]
        let folder = FilePath.parent(file)
        return nodes.compactMap { yaml.string($0, what: what) }.map { path in
            path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
        }
    }

    /// One agreement read from its entry, and the keys it answers itself (those replace defaults).
    private struct ReadAgreement {
        var agreement: BatchAgreement
        var ownKeys: Set<String>
    }

    private static func readAgreement(
        _ item: YAMLNode, number: Int, file: String, library: ClauseLibrary, defaults: AnswerMapping,
        pattern: BatchNamePattern, language: AgreementLanguages?, outline: String?, final: Bool
    ) -> ReadAgreement {
        let questionnaire = library.questionnaire
        let location = item.location
        var own = AnswerMapping(answers: Answers(file: file))
        var language = language
        var outline = outline
        var yaml = YAMLChecker()
        if !item.isEmpty,
            let fields = yaml.fields(
                item, what: .message(Message(.batchWhatAgreement)), keys: agreementKeys,
                note: { key in
                    questionnaire.question(key) == nil
                        ? "" : .message(Message(.batchQuestionUnderAnswers, ["key": .text(key)]))
                })
        {
            if let node = fields["answers"], !node.isEmpty,
                yaml.expectMapping(node, what: .message(Message(.batchWhatAnswers)))
            {
                own = AnswerMapping.read(node, file: file, questionnaire: questionnaire)
            }
            if let node = fields["language"] {
                language = readLanguage(node, library: library, yaml: &yaml) ?? language
            }
            if let node = fields["type"] { outline = readOutline(node, library: library, yaml: &yaml) ?? outline }
        }
        var problems = yaml.diagnostics + own.diagnostics

        let ownKeys = Set(own.keys)
        let answers = BatchAgreement.merged(own.answers, ownKeys: ownKeys, defaults: defaults.answers)
        var recordLocations = own.recordLocations
        for (key, locations) in defaults.recordLocations where !ownKeys.contains(key.root) {
            recordLocations[key] = locations
        }
        var troubled = Set(own.problems.compactMap(\.key))
        if final {
            let gaps = answers.missingItems(in: questionnaire)
            problems += AnswerMapping.completenessProblems(
                answers, recordLocations: recordLocations, questionnaire: questionnaire, fallback: location,
                gaps: gaps)
            for gap in gaps {
                troubled.insert(gap.path.root)
            }
        }

        for problem in defaults.problems { if let key = problem.key, !ownKeys.contains(key) { troubled.insert(key) } }
        var name: String?
        var nameProblem: Message?
        switch pattern.resolve(answers, questionnaire: questionnaire, number: number) {
        case .success(let text):
            name = SafeFileName.make(text, fallback: "agreement-\(number)")
        case .failure(let failure):
            let unexplained = failure.items.filter { path in !troubled.contains(String(path.prefix { $0 != "." })) }
            if !unexplained.isEmpty {
                nameProblem = Message(
                    .batchNameNeedsAnswer, ["paths": .text(unexplained.map { "'\($0)'" }.joined(separator: ", "))])
            }
        }

        var agreement = BatchAgreement(
            number: number, location: location, own: own.answers, ownKeys: ownKeys, defaults: defaults.answers,
            options: AssemblyOptions(outline: outline, languages: language ?? .standard, final: final), name: name)
        for problem in AnswerMapping.sorted(problems, start: location) { agreement.add(problem) }
        if let nameProblem { agreement.addError(nameProblem) }
        return ReadAgreement(agreement: agreement, ownKeys: ownKeys)
    }

    /// Reads `output:`; nil (with problems reported) when it is not right.
    private static func readOutput(
        _ node: YAMLNode, questionnaire: Questionnaire, yaml: inout YAMLChecker
    ) -> BatchNamePattern? {
        guard let fields = yaml.fields(node, what: .message(Message(.batchWhatOutput)), keys: ["name"]),
            let valueNode = fields["name"]
        else {
            return nil
        }
        guard let text = valueNode.text, !valueNode.isEmpty else {
            yaml.error(
                Message(.batchNameNotPattern, ["found": valueNode.foundValue]), at: valueNode)
            return nil
        }
        switch BatchNamePattern.parse(text, questionnaire: questionnaire) {
        case .success(let parsed): return parsed
        case .failure(let failure):
            for message in failure.items {
                yaml.error(Message(.batchNamePattern, ["problem": .message(message)]), at: valueNode.textLocation)
            }
            return nil
        }
    }

    /// The config's own `language:` (the language of its agreements that give none), read without checking the
    /// rest: the command line words its messages in it. Nil when the config cannot be read or gives no language.
    public static func language(in data: Data, file: String) -> Language? {
        guard data.count <= maximumFileSize, let root = try? YAMLReader.read(data, file: file),
            let text = root.mapping?["language"]?.text
        else { return nil }
        return (try? AgreementLanguages(parsing: text))?.main
    }

    /// Reads a `language:` value, a language (`sv`) or two side by side (`sv+en`); nil (with a problem reported)
    /// when it names a language the library lacks (`batch.not-a-language`) or is not a language or a pair (the
    /// same language twice, three languages: `AgreementLanguages.ParseError`).
    private static func readLanguage(
        _ node: YAMLNode, library: ClauseLibrary, yaml: inout YAMLChecker
    ) -> AgreementLanguages? {
        // A list or mapping is no language: "expected a language, found a list" (not "'a list' is not a language").
        guard let scalar = node.scalar else {
            _ = yaml.string(node, what: .key(.yamlWhatLanguage))
            return nil
        }
        let text = scalar.text.trimmingCharacters(in: .whitespaces)
        let codes = text.split(separator: Character(AgreementLanguages.separator)).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if let unknown = codes.first(where: { code in !library.languages.contains { $0.rawValue == code } }),
            codes.count <= 2
        {
            yaml.error(
                Message(
                    .batchNotALanguage,
                    [
                        "text": .text(unknown),
                        "languages": .text(library.languages.map(\.rawValue).joined(separator: ", ")),
                    ]),
                at: node)
            return nil
        }
        let languages: AgreementLanguages
        do {
            languages = try AgreementLanguages(parsing: text, available: library.languages)
        } catch {
            yaml.error(error.message, at: node)
            return nil
        }
        return languages
    }

    /// Reads a `type:` value; nil (with a problem reported) when the library has no such agreement type.
    private static func readOutline(_ node: YAMLNode, library: ClauseLibrary, yaml: inout YAMLChecker) -> String? {
        guard let scalar = node.scalar else {
            _ = yaml.string(node, what: .key(.libraryWhatAgreementId))
            return nil
        }
        let text = scalar.text.trimmingCharacters(in: .whitespaces)
        guard library.outlines[text] != nil else {
            let ids = library.outlines.keys.sorted()
            yaml.error(
                Message(
                    .batchNoType,
                    [
                        "text": .text(text), "hint": SpellingSuggestion.hintValue(for: text, in: ids),
                        "types": .text(ids.joined(separator: ", ")),
                    ]), at: node)
            return nil
        }
        return text
    }

    /// How many of the other agreements of a file-name collision its error names; the rest are counted.
    static let collisionNamesShown = 5

    /// Reports each group of agreements that share a file name (ignoring case, as case-insensitive file systems
    /// do) once, at its first agreement, naming the first `collisionNamesShown` others and their lines and counting
    /// the rest; the others are marked invalid (`BatchAgreement.sharesFileName`) without a message of their own.
    /// The messages thus grow with the number of agreements, never with its square.
    private static func markCollisions(_ agreements: inout [BatchAgreement]) {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (index, agreement) in agreements.enumerated() {
            guard let name = agreement.name else { continue }
            let key = SafeFileName.collisionKey(name)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(index)
        }
        for key in order {
            guard let members = groups[key], let first = members.first, members.count > 1 else { continue }
            let others = members.dropFirst()
            let named = others.prefix(collisionNamesShown).map { other in
                Message(
                    .batchAgreementAtLine,
                    ["label": .message(agreements[other].labelMessage), "line": "\(agreements[other].location.line)"]
                ).description
            }
            var list = Message.Value.text(named.joined(separator: ", "))
            if others.count > named.count {
                list = .message(Message(.endingAndMore, ["list": list, "count": "\(others.count - named.count)"]))
            }
            agreements[first].addError(
                Message(.batchSameFileName, ["name": .text(agreements[first].name ?? ""), "others": list]))
            for other in others { agreements[other].sharesFileName = true }
        }
    }

    /// `agreement 2`, `agreements 1–3, 5`.
    static func describe(_ numbers: [Int]) -> Message {
        var ranges: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            switch end - index {
            case 0: ranges.append("\(numbers[index])")
            case 1: ranges.append("\(numbers[index]), \(numbers[end])")
            default: ranges.append("\(numbers[index])–\(numbers[end])")
            }
            index = end + 1
        }
        return Message(
            numbers.count == 1 ? .batchAgreement : .batchAgreements, ["numbers": .text(ranges.joined(separator: ", "))])
    }
}
