/// The key of every fixed word: one case per entry of a words file (`Resources/en.yaml` and the others), named
/// after its dotted path. The words files must have exactly these keys; `WordsCheck` proves it for every file.
enum WordKey: String, CaseIterable, Sendable {
    // language
    case languageOrder = "language.order"
    case languageTag = "language.tag"
    case languageCountry = "language.country"

    // numbers
    case numbersDecimal = "numbers.decimal"
    case numbersGroup = "numbers.group"
    case numbersListSeparator = "numbers.list-separator"
    case numbersAmount = "numbers.amount"

    // dates
    case datesPlain = "dates.plain"
    case datesInWords = "dates.in-words"
    case datesMonths = "dates.months"

    // quotes
    case quotesOpen = "quotes.open"
    case quotesClose = "quotes.close"

    // collation
    case collationAfterZ = "collation.after-z"
    case collationSortsAs = "collation.sorts-as"

    // document
    case documentClause = "document.clause"
    case documentClauseCapitalized = "document.clause-capitalized"
    case documentAnnex = "document.annex"
    case documentAnnexLabel = "document.annex-label"
    case documentAnnexes = "document.annexes"
    case documentPage = "document.page"
    case documentOf = "document.of"
    case documentDraft = "document.draft"
    case documentOrganisationNumber = "document.organisation-number"
    case documentCvrNumber = "document.cvr-number"
    case documentRolePublicParty = "document.role-public-party"
    case documentRoleSupplier = "document.role-supplier"
    case documentRoleKnowledgeInstitution = "document.role-knowledge-institution"
    case documentRoleFacilitator = "document.role-facilitator"
    case documentRoleOther = "document.role-other"
    case documentSignatureFor = "document.signature-for"
    case documentPlaceAndDate = "document.place-and-date"
    case documentName = "document.name"
    case documentTitle = "document.title"
    case documentLeftOut = "document.left-out"

    // values
    case valuesAnd = "values.and"
    case valuesOr = "values.or"
    case valuesYes = "values.yes"
    case valuesNo = "values.no"

    // questions
    case questionsOptional = "questions.optional"
    case questionsFormText = "questions.form-text"
    case questionsFormLongText = "questions.form-long-text"
    case questionsFormYesNo = "questions.form-yes-no"
    case questionsFormChoice = "questions.form-choice"
    case questionsFormMultipleChoice = "questions.form-multiple-choice"
    case questionsFormInteger = "questions.form-integer"
    case questionsFormAmount = "questions.form-amount"
    case questionsFormAmountInCurrency = "questions.form-amount-in-currency"
    case questionsFormDate = "questions.form-date"
    case questionsFormEmail = "questions.form-email"
    case questionsFormOrganisationNumber = "questions.form-organisation-number"
    case questionsFormCvr = "questions.form-cvr"
    case questionsFormList = "questions.form-list"
    case questionsBetween = "questions.between"
    case questionsAtLeast = "questions.at-least"
    case questionsAtMost = "questions.at-most"
    case questionsOneEntry = "questions.one-entry"
    case questionsEntries = "questions.entries"
    case questionsOneOption = "questions.one-option"
    case questionsOptions = "questions.options"
    case questionsNoneChosen = "questions.none-chosen"

    // problems
    case problemsLineBreaks = "problems.line-breaks"
    case problemsForbiddenCharacter = "problems.forbidden-character"
    case problemsTooLong = "problems.too-long"
    case problemsPattern = "problems.pattern"
    case problemsNotYesNo = "problems.not-yes-no"
    case problemsNotAnOption = "problems.not-an-option"
    case problemsDidYouMean = "problems.did-you-mean"
    case problemsNotInteger = "problems.not-integer"
    case problemsIntegerBelowMinimum = "problems.integer-below-minimum"
    case problemsIntegerAboveMaximum = "problems.integer-above-maximum"
    case problemsNotCurrency = "problems.not-currency"
    case problemsNotAmount = "problems.not-amount"
    case problemsNoCurrency = "problems.no-currency"
    case problemsAmountBelowMinimum = "problems.amount-below-minimum"
    case problemsAmountAboveMaximum = "problems.amount-above-maximum"
    case problemsDateDoesNotExist = "problems.date-does-not-exist"
    case problemsNotDate = "problems.not-date"
    case problemsNotEmail = "problems.not-email"
    case problemsOrganisationNumberFormat = "problems.organisation-number-format"
    case problemsOrganisationNumberCheckDigit = "problems.organisation-number-check-digit"
    case problemsCvrFormat = "problems.cvr-format"
    case problemsCvrCheckDigit = "problems.cvr-check-digit"
    case problemsListExpected = "problems.list-expected"

    // interview
    case interviewIntro1 = "interview.intro-1"
    case interviewIntro2 = "interview.intro-2"
    case interviewIntroSaved = "interview.intro-saved"
    case interviewResuming = "interview.resuming"
    case interviewInputEnded = "interview.input-ended"
    case interviewInputEndedSaved = "interview.input-ended-saved"
    case interviewInputEndedResume = "interview.input-ended-resume"
    case interviewInterrupted = "interview.interrupted"
    case interviewBuilt = "interview.built"
    case interviewProgress = "interview.progress"
    case interviewListIntro = "interview.list-intro"
    case interviewListIntroBounds = "interview.list-intro-bounds"
    case interviewRecord = "interview.record"
    case interviewAddFirst = "interview.add-first"
    case interviewAnother = "interview.another"
    case interviewKeysDefaultYes = "interview.keys-default-yes"
    case interviewKeysDefaultNo = "interview.keys-default-no"
    case interviewKeysNoDefault = "interview.keys-no-default"
    case interviewAnswerWith = "interview.answer-with"
    case interviewChoiceHint = "interview.choice-hint"
    case interviewMultipleHint = "interview.multiple-hint"
    case interviewYesNoHint = "interview.yes-no-hint"
    case interviewTypeYesOrNo = "interview.type-yes-or-no"
    case interviewLongTextHint = "interview.long-text-hint"
    case interviewSkipHint = "interview.skip-hint"
    case interviewClearHint = "interview.clear-hint"
    case interviewHelp = "interview.help"
    case interviewInvalid = "interview.invalid"
    case interviewRequired = "interview.required"
    case interviewAtFirst = "interview.at-first"
    case interviewNoHelp = "interview.no-help"
    case interviewCommands = "interview.commands"
    case interviewUnknownCommand = "interview.unknown-command"
    case interviewAboutList = "interview.about-list"
    case interviewExpected = "interview.expected"
    case interviewDefault = "interview.default"
    case interviewAnswersSoFar = "interview.answers-so-far"
    case interviewNoAnswersYet = "interview.no-answers-yet"
    case interviewReviewTitle = "interview.review-title"
    case interviewReviewPrompt = "interview.review-prompt"
    case interviewReviewInvalid = "interview.review-invalid"
    case interviewNoAnswer = "interview.no-answer"
    case interviewNoEntries = "interview.no-entries"
    case interviewStillMissing = "interview.still-missing"
    case interviewOptionNumberOutOfRange = "interview.option-number-out-of-range"
    case interviewTypeNumberOrValue = "interview.type-number-or-value"
    case interviewChosenTwice = "interview.chosen-twice"
    case interviewChooseAtLeast = "interview.choose-at-least"
    case interviewChooseAtMost = "interview.choose-at-most"

    // answers-file
    case answersFileHeader = "answers-file.header"

    // template
    case templateHeader1 = "template.header-1"
    case templateHeader2 = "template.header-2"
    case templateHeader3 = "template.header-3"
    case templateHeader4 = "template.header-4"
    case templateWrittenAsList = "template.written-as-list"
    case templateDefault = "template.default"
    case templateAskedOnlyWhen = "template.asked-only-when"
    case templateType = "template.type"
    case templateExampleRecord = "template.example-record"

    /// Whether the entry is a list of texts (months, collation letters) rather than one text.
    var isList: Bool {
        switch self {
        case .collationAfterZ, .collationSortsAs, .datesMonths: return true
        default: return false
        }
    }
}
