/// One question of a questionnaire.
public struct Question: Sendable, Equatable {
    /// The id answers and conditions use.
    public var id: String
    /// The kind of answer.
    public var type: QuestionType
    /// The question as asked.
    public var label: Localized<String>
    /// An explanation of the question and the legal consequence of each answer.
    public var help: Localized<String>?
    /// Whether an answer is needed (when the question is asked at all).
    public var required: Bool
    /// The answer used when none is given.
    public var defaultValue: AnswerValue?
    /// The question is asked only when this holds.
    public var askWhen: Condition?
    /// The options of a choice or multiple-choice question.
    public var options: [ChoiceOption]
    /// Bounds of an integer (or of an amount, in whole units; or the number of elements of a list).
    public var minimum: Int?
    /// Upper bound, as `minimum`.
    public var maximum: Int?
    /// A regular expression a text answer must match entirely.
    public var pattern: String?
    /// The currency of an amount question when the answer gives none (ISO 4217, e.g. "SEK").
    public var currency: String?
    /// The sub-questions of each record of a list question.
    public var fields: [Question]
    /// Whether the engine computes the answer from other answers (`BudgetFigures`): such a question is never asked,
    /// and an answers file may not answer it.
    public var computed = false
    /// What one record of a list question is called ("Leverantör", "Supplier"): the interview, messages and `explain`
    /// name a record by it and its number ("Leverantör 2 (Sensorik Syd AB)", "Lägg till en till leverantör?"); nil:
    /// the list's label is used.
    public var recordLabel: Localized<String>?
    /// The list questions whose records a `party` question may name (`parties:`), in order.
    public var parties: [String] = []
    /// Defaults computed from earlier answers (`default_when:`): the first that holds replaces `defaultValue`.
    public var defaultWhen: [ComputedValue<AnswerValue>] = []
    /// Currencies computed from earlier answers (`currency_when:`): the first that holds replaces `currency`.
    public var currencyWhen: [ComputedValue<String>] = []
    /// Whether the answer is free text to be given in each of the agreement's languages (`translate: true`; only
    /// `text` and `long_text`): an answer may then be a mapping of language to text, and a build in a language
    /// needs that language's text.
    public var translate = false
    /// Where the question is declared.
    public var location: SourceLocation

    /// Creates a question.
    public init(
        id: String, type: QuestionType, label: Localized<String>, help: Localized<String>? = nil, required: Bool = true,
        defaultValue: AnswerValue? = nil, askWhen: Condition? = nil, options: [ChoiceOption] = [], minimum: Int? = nil,
        maximum: Int? = nil, pattern: String? = nil, currency: String? = nil, fields: [Question] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.type = type
        self.label = label
        self.help = help
        self.required = required
        self.defaultValue = defaultValue
        self.askWhen = askWhen
        self.options = options
        self.minimum = minimum
        self.maximum = maximum
        self.pattern = pattern
        self.currency = currency
        self.fields = fields
        self.location = location
    }

    /// The field of a list question with this id.
    public func field(_ id: String) -> Question? { fields.first { $0.id == id } }
}
