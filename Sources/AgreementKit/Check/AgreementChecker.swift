import Foundation

/// Builds one final agreement from an answers file's text and checks it: the answers load, the assembly succeeds
/// with nothing missing, the model is valid (every reference resolved), no blank is left but those to fill in by
/// hand, every term used is defined and every term defined is used outside the definitions, every form of a term
/// that says one or more than one (see `TermDefinition.numberForms`) agrees with the number of records of its list,
/// and the DOCX and ODT parts validate against the schemas (when given). Answers the questionnaire's checks refuse
/// for a final agreement are `excluded`.
struct AgreementChecker: Sendable {
    enum Outcome: Sendable {
        case ok
        /// The questionnaire's checks refuse the answers for a final agreement.
        case excluded
        /// The questionnaire's rules refuse the answers (figures that do not add up, say).
        case refused([Diagnostic])
        case failed([Diagnostic])
    }

    let library: ClauseLibrary
    let validator: PartValidator?
    /// The name failures are reported at: the answers file that reproduces them.
    static let file = "check.yaml"

    func check(yaml: String, language: Language, outline: String) -> Outcome {
        check(yaml: yaml, languages: [language], outline: outline)[0]
    }

    /// The outcome in each language: the answers are read once.
    func check(yaml: String, languages: [Language], outline: String) -> [Outcome] {
        let answers: Answers
        do {
            answers = try AnswersLoader.load(Data(yaml.utf8), file: Self.file, questionnaire: library.questionnaire)
        } catch {
            return languages.map { _ in .refused(error.diagnostics.filter { $0.severity == .error }) }
        }
        return languages.map { check(answers, language: $0, outline: outline) }
    }

    func check(_ answers: Answers, language: Language, outline: String) -> Outcome {
        let questionnaire = library.questionnaire
        if questionnaire.checkDiagnostics(answers, language: language, final: true).contains(where: {
            $0.severity == .error
        }) {
            return .excluded
        }
        let result: AssemblyResult
        do {
            result = try Assembler(library: library).assemble(
                answers, options: AssemblyOptions(outline: outline, language: language, final: true))
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            return errors.allSatisfy(Self.isAnswerRule) ? .refused(errors) : .failed(errors)
        }
        // A final assembly throws every missing answer and every error (`Assembler.assemble`), so its result's
        // problems are warnings, which pass; the failures are those of the agreement it built.
        var problems: [Diagnostic] = []
        func fail(_ key: MessageKey, _ values: [String: Message.Value]) {
            problems.append(Diagnostic(.error, Message(key, values), file: Self.file))
        }
        let agreement = result.agreement
        let issues = ModelValidator().issues(in: agreement)
        for issue in issues { fail(.checkInvalidModel, ["reason": .text("\(issue.path): \(issue.message)")]) }
        var walker = TermsAndBlanks()
        walker.walk(agreement.blocks)
        // A blank the text asks to be filled in by hand (`{{blank "label"}}`, which the assembler names `blank`)
        // belongs in a final agreement; any other (a missing answer or translation, a reference to a clause left
        // out, no surviving clause) does not.
        for blank in walker.blanks where blank.name != "blank" {
            fail(.checkBlank, ["name": .text(blank.label ?? blank.name)])
        }
        for term in walker.allUses.subtracting(walker.defined).sorted() {
            fail(.checkUndefinedTerm, ["term": .text(term)])
        }
        for term in walker.defined.subtracting(walker.usesOutsideDefinitions).sorted() {
            fail(.checkUnusedTerm, ["term": .text(term)])
        }
        for (key, values) in numberProblems(walker.forms, answers: answers, language: language) {
            fail(key, values)
        }
        if issues.isEmpty, let validator {
            for problem in validator.problems(agreement) { fail(.checkInvalidPart, ["problem": .text(problem)]) }
        }
        return problems.isEmpty ? .ok : .failed(problems)
    }

    /// The forms of counted terms that say a number the answers do not have: a form that says one
    /// (`Leverantören`) where the term's list has no record or several, and a form that says more than one
    /// (`Leverantörerna`) where it has fewer than two. Each form once, in text order.
    func numberProblems(_ forms: [TermForm], answers: Answers, language: Language)
        -> [(MessageKey, [String: Message.Value])]
    {
        var out: [(MessageKey, [String: Message.Value])] = []
        var seen: Set<TermForm> = []
        for form in forms where seen.insert(form).inserted {
            guard let term = library.terms[form.term], let list = term.counts?.list,
                let number = term.number(of: form.text, in: language)
            else { continue }
            var count = 0
            if case .list(let records)? = answers[list] { count = records.count }
            let wrong = number == .one ? count != 1 : count < 2
            guard wrong else { continue }
            out.append(
                (
                    number == .one ? .checkSingularForm : .checkPluralForm,
                    [
                        "form": .text(form.text), "term": .text(form.term), "count": .text("\(count)"),
                        "list": .text(list),
                    ]
                ))
        }
        return out
    }

    /// Whether the assembler refuses the answers as a person giving them would be refused, with a clear error: the
    /// figures of the budget do not add up, or a final agreement needs an answer the combination leaves out.
    static func isAnswerRule(_ diagnostic: Diagnostic) -> Bool {
        guard case .message(let message) = diagnostic.content else { return false }
        return message.key.rawValue.hasPrefix("budget.") || message.key == .buildMissingAnswer
            || message.key == .buildMissingAnswerUsedAt
    }

    /// What tells two failures apart: their messages and where in the library they are, not where in the answers
    /// file (which moves with the answers).
    static func key(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            let place = d.location.map { $0.file == file ? "" : "\($0)" } ?? ""
            return place + " " + d.severity.rawValue + " " + d.message
        }.joined(separator: "\n")
    }
}

/// The terms an agreement defines and uses, and its blanks.
struct TermsAndBlanks: ModelWalker {
    var defined: Set<String> = []
    var allUses: Set<String> = []
    var usesOutsideDefinitions: Set<String> = []
    var blanks: [Blank] = []
    /// Every use of a term with the text it shows, in text order.
    var forms: [TermForm] = []
    private var inDefinition = false

    mutating func visit(_ block: Block, at position: ModelPosition) {
        if case .paragraph(let inlines) = block,
            inlines.contains(where: { if case .definition = $0 { true } else { false } })
        {
            for case .definition(let term, _) in inlines { defined.insert(term) }
            let saved = inDefinition
            inDefinition = true
            descend(into: block, at: position)
            inDefinition = saved
            return
        }
        descend(into: block, at: position)
    }

    mutating func visit(_ inline: Inline, at position: ModelPosition) {
        switch inline {
        case .termUse(let term, let content):
            allUses.insert(term)
            forms.append(TermForm(term: term, text: Inline.plainText(content)))
            if !inDefinition { usesOutsideDefinitions.insert(term) }
        case .blank(let blank):
            blanks.append(blank)
        default:
            break
        }
        descend(into: inline, at: position)
    }
}

/// A use of a term in an agreement: the term's id and the text shown (`supplier`, `Leverantörerna`).
struct TermForm: Hashable, Sendable {
    var term: String
    var text: String
}

/// A schema the `check` command cannot read.
public struct CheckSchemaError: Error, Sendable {
    /// The schema file.
    public var path: String
    /// Why it cannot be read.
    public var reason: String
}

/// Validates the XML parts of an agreement's DOCX and ODT against the official schemas, each distinct part once
/// (parts are recognised by their length and a hash of all their bytes). Holds `pool` sets of compiled schemas so
/// that that many agreements validate at once.
final class PartValidator: @unchecked Sendable {
    struct Schemas {
        var odf: XMLSchemaValidator
        var manifest: XMLSchemaValidator
        var wml: XMLSchemaValidator
        var contentTypes: XMLSchemaValidator
        var relationships: XMLSchemaValidator
        var core: XMLSchemaValidator
        var extended: XMLSchemaValidator
        var custom: XMLSchemaValidator
    }

    struct PartKey: Hashable {
        var name: String
        var count: Int
        var hash: Int
    }

    private var free: [Schemas]
    private var cache: [PartKey: [String]] = [:]
    private let lock = NSLock()
    private let available = DispatchSemaphore(value: 0)

    init(directory: String, pool: Int) throws {
        func load(_ kind: XMLSchemaValidator.Kind, _ relative: String) throws -> XMLSchemaValidator {
            let path = (directory as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: path) else {
                throw CheckSchemaError(path: path, reason: "missing")
            }
            do {
                return try XMLSchemaValidator(kind: kind, path: path)
            } catch {
                throw CheckSchemaError(path: path, reason: "\(error)")
            }
        }
        free = try (0..<max(1, pool)).map { _ in
            Schemas(
                odf: try load(.relaxNG, "odf/1.3/OpenDocument-v1.3-schema.rng"),
                manifest: try load(.relaxNG, "odf/1.3/OpenDocument-v1.3-manifest-schema.rng"),
                wml: try load(.xsd, "ooxml/wml-libxml2.xsd"),
                contentTypes: try load(.xsd, "ooxml/opc/opc-contentTypes.xsd"),
                relationships: try load(.xsd, "ooxml/opc/opc-relationships.xsd"),
                core: try load(.xsd, "ooxml/opc-core-libxml2.xsd"),
                extended: try load(.xsd, "ooxml/extended-libxml2.xsd"),
                custom: try load(.xsd, "ooxml/custom-libxml2.xsd"))
        }
        for _ in free { available.signal() }
    }

    /// How many distinct parts were validated.
    var validatedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return cache.count
    }

    /// The schema problems of the agreement's DOCX and ODT parts, each `form part: problem`.
    func problems(_ agreement: Agreement) -> [String] {
        let document = LayoutBuilder.layOut(agreement)
        let options = RenderOptions.reproducible(for: agreement, sourceDateEpoch: nil)
        let docx: [PackagePart]
        let odt: [PackagePart]
        do {
            docx = try DOCXWriter(document: document, metadata: agreement.metadata, options: options).parts()
            odt = try ODFWriter(document: document, metadata: agreement.metadata, options: options).parts()
        } catch {
            return ["\(error)"]
        }
        var out: [String] = []
        for (form, parts) in [("docx", docx), ("odt", odt)] {
            for part in parts {
                out += problems(part, form: form).map { "\(form) \(part.name): \($0)" }
            }
        }
        return out
    }

    private func problems(_ part: PackagePart, form: String) -> [String] {
        guard part.name.hasSuffix(".xml") || part.name.hasSuffix(".rels") else { return [] }
        var hasher = Hasher()
        part.data.withUnsafeBytes { hasher.combine(bytes: $0) }
        let key = PartKey(name: form + ":" + part.name, count: part.data.count, hash: hasher.finalize())
        lock.lock()
        if let known = cache[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        available.wait()
        lock.lock()
        let schemas = free.removeLast()
        lock.unlock()
        let schema = form == "docx" ? docxSchema(part.name, schemas) : odfSchema(part.name, schemas)
        let found = schema.problems(in: part.data, name: part.name)
        lock.lock()
        free.append(schemas)
        cache[key] = found
        lock.unlock()
        available.signal()
        return found
    }

    /// The schema of a DOCX part: the package's own parts (content types, relationships, document properties) have
    /// theirs; every other part the DOCX writer makes is WordprocessingML under `word/` (it writes no theme).
    private func docxSchema(_ name: String, _ s: Schemas) -> XMLSchemaValidator {
        if name == "[Content_Types].xml" { return s.contentTypes }
        if name.hasSuffix(".rels") { return s.relationships }
        if name == "docProps/core.xml" { return s.core }
        if name == "docProps/app.xml" { return s.extended }
        if name == "docProps/custom.xml" { return s.custom }
        return s.wml
    }

    private func odfSchema(_ name: String, _ s: Schemas) -> XMLSchemaValidator {
        name == "META-INF/manifest.xml" ? s.manifest : s.odf
    }
}
