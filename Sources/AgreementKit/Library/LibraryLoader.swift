import Foundation

/// Reads a whole clause library (see `docs/clause-format.md`): `library.yaml`, `questionnaire.yaml`, `terms.yaml`,
/// every `agreements/*.yaml` and every `*.clause` below the folder. The problems of all files are collected and
/// thrown together; diagnostics name files as the library folder joined with the file's path below it.
///
/// `load` and `check` (in `Lint/`) read and lint the library: every entry point refuses a library with lint errors.
/// `read` only reads the files; it is the first half of `check`.
public enum LibraryLoader {
    /// Reads the library in a folder, without linting it. Files and folders whose name starts with `.` are skipped.
    static func read(directory: String) throws(DiagnosticError) -> ClauseLibrary {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError(Message(.libraryNoFolder), file: directory)
        }
        var paths: [String] = []
        if let walker = manager.enumerator(atPath: directory) {
            while let path = walker.nextObject() as? String {
                if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                if isLibraryFile(path) { paths.append(path) }
            }
        }
        var files: [LibraryFile] = []
        var diagnostics: [Diagnostic] = []
        for path in paths.sorted() {
            let full = join(directory, path)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            guard let data = manager.contents(atPath: full) else {
                diagnostics.append(Diagnostic(.error, Message(.libraryCannotRead), file: full))
                continue
            }
            files.append(LibraryFile(path: path, data: data))
        }
        let library: ClauseLibrary
        do {
            library = try read(files: files, root: directory)
        } catch {
            throw DiagnosticError(diagnostics + error.diagnostics)
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return library
    }

    /// Reads a library from its files (paths below the library folder, as `results/results-open.clause`), without
    /// linting it. `root` is the folder's name in diagnostics (`clauses`, or `bundled:clauses` for a library built
    /// into the binary). With `parsingBodies` false the clause bodies are kept as text and parsed when used (see
    /// `ClauseFileLoader.load(_:file:parsingBodies:)`).
    static func read(files: [LibraryFile], root: String, parsingBodies: Bool = true) throws(DiagnosticError)
        -> ClauseLibrary
    {
        var diagnostics: [Diagnostic] = []
        var manifest: (name: String, version: SemanticVersion, languages: [Language])?
        var questionnaire: Questionnaire?
        var terms: [String: TermDefinition] = [:]
        var outlines: [String: AgreementOutline] = [:]
        var clauses: [ClauseFile] = []

        let libraryFiles = files.sorted(by: { $0.path < $1.path }).filter { isLibraryFile($0.path) }
        // library.yaml first: the questionnaire's texts need its languages. When it cannot be read (an error of its
        // own), a text needs at least one language, as the library's other files.
        let manifestResult = libraryFiles.first { $0.path == "library.yaml" }.map { file in
            Result { () throws(DiagnosticError) in try loadManifest(file.data, file: join(root, file.path)) }
        }
        let languages = (try? manifestResult?.get())?.languages ?? []
        // Every other file is read on every core at once, the largest first (the questionnaire is the largest
        // file); each stands alone. The results are then taken in path order, so diagnostics keep their order.
        let bySize = libraryFiles.indices.sorted { libraryFiles[$0].data.count > libraryFiles[$1].data.count }
        let parsed = ParallelWork.now(bySize.count) { slot -> Result<LibraryPart, DiagnosticError> in
            let file = libraryFiles[bySize[slot]]
            let name = join(root, file.path)
            return Result { () throws(DiagnosticError) -> LibraryPart in
                switch file.path {
                case "library.yaml": return .manifest
                case "questionnaire.yaml":
                    return .questionnaire(try QuestionnaireLoader.load(file.data, file: name, languages: languages))
                case "terms.yaml": return .terms(try TermsLoader.load(file.data, file: name))
                case _ where file.path.hasSuffix(".clause"):
                    let text = try YAMLReader.text(file.data, file: name)
                    return .clause(try ClauseFileLoader.load(text, file: name, parsingBodies: parsingBodies))
                default: return .outline(try OutlineLoader.load(file.data, file: name))
                }
            }
        }
        var results = [Result<LibraryPart, DiagnosticError>?](repeating: nil, count: libraryFiles.count)
        for (slot, index) in bySize.enumerated() { results[index] = parsed[slot] }
        for (index, file) in libraryFiles.enumerated() {
            let name = join(root, file.path)
            do throws(DiagnosticError) {
                switch try results[index]!.get() {
                case .manifest:
                    manifest = try manifestResult!.get()
                case .questionnaire(let read):
                    questionnaire = read
                case .terms(let read):
                    terms = read
                case .clause(let clause):
                    clauses.append(clause)
                case .outline(let outline):
                    if let other = outlines[outline.id] {
                        diagnostics.append(
                            Diagnostic(
                                .error,
                                Message(
                                    .libraryAgreementIdUsed, ["id": .text(outline.id), "file": .text(other.file)]),
                                file: name))
                    } else {
                        outlines[outline.id] = outline
                    }
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !libraryFiles.contains(where: { $0.path == "library.yaml" }) {
            diagnostics.append(
                Diagnostic(
                    .error, Message(.libraryNoManifest),
                    file: join(root, "library.yaml")))
        }
        if !libraryFiles.contains(where: { $0.path == "questionnaire.yaml" }) {
            diagnostics.append(
                Diagnostic(
                    .error, Message(.libraryNoQuestionnaire),
                    file: join(root, "questionnaire.yaml")))
        }

        var first: [String: ClauseFile] = [:]
        for clause in clauses {
            if let other = first[clause.id] {
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(.libraryClauseIdUsed, ["id": .text(clause.id), "location": "\(clause.location)"]),
                        at: other.location))
                diagnostics.append(
                    Diagnostic(
                        .error,
                        Message(.libraryClauseIdUsed, ["id": .text(clause.id), "location": "\(other.location)"]),
                        at: clause.location))
            } else {
                first[clause.id] = clause
            }
        }

        guard diagnostics.isEmpty, let manifest, let questionnaire else { throw DiagnosticError(diagnostics) }
        return ClauseLibrary(
            name: manifest.name, version: manifest.version, languages: manifest.languages, questionnaire: questionnaire,
            terms: terms, outlines: outlines, clauses: clauses.sorted { $0.id < $1.id }, root: root)
    }

    /// One file of a library, read.
    private enum LibraryPart: Sendable {
        /// `library.yaml`, read before the others.
        case manifest
        case questionnaire(Questionnaire)
        case terms([String: TermDefinition])
        case clause(ClauseFile)
        case outline(AgreementOutline)
    }

    /// Whether a path below the library folder is one of the files a library is made of.
    static func isLibraryFile(_ path: String) -> Bool {
        if ["library.yaml", "questionnaire.yaml", "terms.yaml"].contains(path) { return true }
        if path.hasSuffix(".clause") { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "agreements" && parts[1].hasSuffix(".yaml")
    }

    /// A folder joined with a relative path, as diagnostics show it.
    static func join(_ root: String, _ path: String) -> String {
        if root.isEmpty { return path }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }

    /// `library.yaml`: name, version, languages.
    private static func loadManifest(
        _ data: Data, file: String
    ) throws(DiagnosticError) -> (name: String, version: SemanticVersion, languages: [Language]) {
        var yaml = YAMLChecker()
        guard let root = yaml.read(data, file: file) else {
            if yaml.diagnostics.isEmpty {
                yaml.error(
                    Message(.libraryManifestEmpty),
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            throw DiagnosticError(yaml.diagnostics)
        }
        let keys = ["name", "version", "languages"]
        let fields = yaml.fields(root, what: .key(.libraryWhatManifest), keys: keys, required: keys)
        let name = fields?["name"].flatMap { yaml.string($0, what: .key(.libraryWhatLibraryName)) }
        let version = fields?["version"].flatMap { yaml.version($0) }
        var languages: [Language] = []
        if let node = fields?["languages"], let list = yaml.sequence(node, what: .key(.libraryWhatLanguages)) {
            if list.isEmpty { yaml.error(Message(.libraryNoLanguage), at: node) }
            for element in list {
                guard let language = yaml.language(element) else { continue }
                if languages.contains(language) {
                    yaml.error(
                        Message(.libraryLanguageTwice, ["language": .text(language.rawValue)]), at: element)
                } else {
                    languages.append(language)
                }
            }
        }
        try yaml.check()
        guard let name, let version else {
            throw DiagnosticError(Message(.libraryManifestIncomplete), file: file)
        }
        return (name, version, languages)
    }
}
