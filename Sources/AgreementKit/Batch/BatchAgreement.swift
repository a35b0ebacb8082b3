/// One agreement of a batch: its merged answers, how to assemble it, its file name, and every problem found in it.
public struct BatchAgreement: Sendable, Equatable {
    /// Its place in the config's `agreements:` list, from 1.
    public var number: Int
    /// Where its entry in the config starts.
    public var location: SourceLocation
    /// The defaults merged with its own answers (each own answer replaces the default of the same question).
    /// `file` is the config. Merged when asked for: an agreement keeps only its own answers and shares the config's
    /// defaults, so a batch of 10,000 agreements does not hold 10,000 copies of them.
    public var answers: Answers {
        get { defaults.map { Self.merged(own, ownKeys: ownKeys, defaults: $0) } ?? own }
        set {
            own = newValue
            ownKeys = []
            defaults = nil
        }
    }
    /// Its own answers: those of its entry that could be read.
    private var own: Answers
    /// The questions its entry answers, also those whose answer could not be read: they take no default.
    private var ownKeys: Set<String> = []
    /// The config's defaults, shared by every agreement.
    private var defaults: Answers?
    /// The agreement type and language, and whether it is final.
    public var options: AssemblyOptions
    /// The file name without extension, made safe; nil when the name pattern could not be filled.
    public var name: String?
    /// The problems of this agreement alone, each message starting with `label`.
    public var diagnostics: [Diagnostic]
    /// Whether a default it uses is invalid (that problem is reported once, in `BatchPlan.sharedDiagnostics`).
    public var usesInvalidDefault: Bool = false
    /// The files it would write that already exist (reported together for the batch; see `BatchRunner`).
    public var existingFiles: [String] = []
    /// Whether an earlier agreement has the same file name (that problem is reported once, at the first agreement
    /// of the group, which names this one).
    public var sharesFileName: Bool = false

    /// Creates an agreement entry.
    public init(
        number: Int, location: SourceLocation, answers: Answers, options: AssemblyOptions, name: String?,
        diagnostics: [Diagnostic] = []
    ) {
        self.number = number
        self.location = location
        self.own = answers
        self.options = options
        self.name = name
        self.diagnostics = diagnostics
    }

    /// Creates an agreement entry from its own answers and the config's defaults, merged when asked for (`answers`).
    init(
        number: Int, location: SourceLocation, own: Answers, ownKeys: Set<String>, defaults: Answers,
        options: AssemblyOptions, name: String?
    ) {
        self.init(number: number, location: location, answers: own, options: options, name: name)
        self.ownKeys = ownKeys
        self.defaults = defaults
    }

    /// An agreement's own answers with the defaults of the questions its entry does not answer (`ownKeys`).
    static func merged(_ own: Answers, ownKeys: Set<String>, defaults: Answers) -> Answers {
        var merged = own
        for (key, value) in defaults.values where !ownKeys.contains(key) {
            merged.values[key] = value
            merged.locations[key] = defaults.locations[key]
        }
        return merged
    }

    /// Two entries are equal when everything about them is, their merged answers included.
    public static func == (a: BatchAgreement, b: BatchAgreement) -> Bool {
        a.number == b.number && a.location == b.location && a.answers == b.answers && a.options == b.options
            && a.name == b.name && a.diagnostics == b.diagnostics && a.usesInvalidDefault == b.usesInvalidDefault
            && a.existingFiles == b.existingFiles && a.sharesFileName == b.sharesFileName
    }

    /// How messages name it: `agreement 3 (opi-acme)`, or `agreement 3` while it has no name.
    public var label: String { labelMessage.description }

    /// `label` as a message, worded where it is shown.
    var labelMessage: Message {
        name.map { Message(.batchLabelNamed, ["number": "\(number)", "name": .text($0)]) }
            ?? Message(.batchLabel, ["number": "\(number)"])
    }

    /// Whether it has no problems, of its own or in the defaults it uses.
    public var isValid: Bool {
        diagnostics.isEmpty && !usesInvalidDefault && existingFiles.isEmpty && !sharesFileName
    }

    /// Adds an error located at `location` (or at the agreement's entry), its message prefixed with the label.
    mutating func addError(_ message: Message, at location: SourceLocation? = nil) {
        diagnostics.append(
            Diagnostic(.error, message, at: location ?? self.location).wrapped(
                in: .batchAboutAgreement, ["label": .message(labelMessage)]))
    }

    /// Adds a problem found by the assembler, prefixed with the label and located at the entry when it has no line.
    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(
            Diagnostic(
                diagnostic.severity, content: diagnostic.content,
                at: diagnostic.location
                    ?? (diagnostic.file == nil || diagnostic.file == location.file ? location : nil),
                file: diagnostic.file
            ).wrapped(in: .batchAboutAgreement, ["label": .message(labelMessage)]))
    }
}
