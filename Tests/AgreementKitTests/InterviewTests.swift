import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The interview engine driven line by line, as piped input drives it.
@Suite("Interview")
struct InterviewTests {
    static let mini = InterviewHarness(questionnaire: try! MiniLibrary.load().questionnaire)

    /// A complete interview of the fixture library, giving the answers of `MiniLibrary.complete`.
    static let completeScript = [
        "Exempelstads kommun", "212000-0142", "n",
        "Alfa AB", "556036-0793", "100000", "j",
        "Beta AB", "556016-0680", "250000 SEK", "n",
        "Smart avfall", "2026-04-01", "1250000.50", "1", "", "2027-01-31",
        "",
    ]

    static func values(_ answers: Answers) -> [String: AnswerValue] { AnswersWriterTests.values(answers) }

    static func expectedComplete() throws -> [String: AnswerValue] {
        let library = try MiniLibrary.load()
        return values(try MiniLibrary.answers(MiniLibrary.complete, library: library))
    }

    @Test func completeRunGivesTheAnswersAndBuildsFinal() throws {
        let run = try Self.mini.run(Self.completeScript)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(Self.values(answers) == (try Self.expectedComplete()))
        // Every save is a valid answers file, the first before any answer, then one per answer.
        #expect(run.saves.count >= 16)
        for save in run.saves { _ = try Self.mini.reload(save) }
        #expect(run.saves.contains { $0.contains("name: Exempelstads kommun") })
        let saved = try Self.mini.reload(try #require(run.saves.last)).answers
        #expect(Self.values(saved) == Self.values(answers))
        let library = try MiniLibrary.load()
        let final = try MiniLibrary.answers(
            AnswersWriter(questionnaire: library.questionnaire).yaml(answers), library: library, final: true)
        _ = try Assembler(library: library).assemble(final, options: AssemblyOptions(language: .sv, final: true))
        // Progress, numbered options and the default in brackets.
        #expect(run.output.contains("Fråga 1 av ~10 · Namn"))
        #expect(run.output.contains("Fråga 12 av ~13 · Vem äger resultaten?"))
        #expect(run.output.contains("  1) Öppna resultat\n  2) Delat ägande\n"))
        #expect(run.output.contains("[ja] > "))
        #expect(run.output.contains("Lägg till en post till i Offentliga parter? [j/N]"))
        #expect(run.output.contains("Lägg till en till leverantör? [j/N]"))
        #expect(!run.output.contains("\u{1B}["), "no colour without a terminal")
    }

    @Test func progressEstimateFollowsTheConditions() throws {
        // With publish = no the deadline is not asked: the estimate drops from ~14 to ~13.
        var script = Self.completeScript
        script.replaceSubrange(15...17, with: ["n", ""])
        let run = try Self.mini.run(script)
        #expect(run.output.contains("Fråga 13 av ~14 · Ska resultaten offentliggöras?"))
        #expect(!run.output.contains("Fråga 14 av"))
        #expect(!run.output.contains("Senaste dag för offentliggörande"))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["publication_deadline"] == nil)
        #expect(answers["publish"] == .boolean(false))
    }

    @Test func questionsWhoseConditionIsFalseAreSkipped() throws {
        var script = Self.completeScript
        script.replaceSubrange(14...17, with: ["2", "", ""])  // shared results: no deadline even though publish = yes
        let run = try Self.mini.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["results_model"] == .choice("shared"))
        #expect(answers["publication_deadline"] == nil)
        #expect(!run.output.contains("Senaste dag för offentliggörande"))
    }

    @Test func invalidInputIsExplainedAndAskedAgain() throws {
        var script = Self.completeScript
        script.replaceSubrange(1...1, with: ["212000-0143", "12345", "212000-0142"])  // check digit, form
        let run = try Self.mini.run(
            script.flatMap { line -> [String] in
                switch line {
                case "2026-04-01": return ["2026-02-30", "1 april", "2026-04-01"]
                case "1": return ["3", "closed", "1"]
                case "1250000.50": return ["250,000", "1250000.50"]
                default: return [line]
                }
            })
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(Self.values(answers) == (try Self.expectedComplete()))
        for message in [
            "Ogiltigt svar: ”212000-0143” är inget giltigt organisationsnummer: kontrollsiffran stämmer inte",
            "Ogiltigt svar: ”12345” är inget svenskt organisationsnummer; skriv NNNNNN-NNNN.",
            "Ogiltigt svar: ”2026-02-30” är inget datum som finns.",
            "Ogiltigt svar: ”1 april” är inget datum; skriv ÅÅÅÅ-MM-DD",
            "Ogiltigt svar: 3 är inget av alternativen; välj ett nummer mellan 1 och 2.",
            "Ogiltigt svar: ”closed” är inget av alternativen: 1) Öppna resultat, 2) Delat ägande. Skriv numret eller alternativets text.",
            "Ogiltigt svar: ”250,000” är inget belopp",
        ] {
            #expect(run.output.contains(message), "missing: \(message)")
        }
        // An invalid answer is never saved.
        for save in run.saves {
            #expect(!save.contains("212000-0143") && !save.contains("2026-02-30"))
        }
    }

    @Test func invalidInputInEnglish() throws {
        var harness = Self.mini
        harness.language = .en
        let run = try harness.run(["Kommun", "556036-0794", "556036-0793"])
        #expect(run.output.contains("Question 1 of ~10 · Name"))
        #expect(
            run.output.contains(
                "Invalid answer: '556036-0794' is not a valid Swedish organisation number: the check digit does not match"
            ))
        #expect(run.output.contains("Add another entry to Public parties? [y/N]"))
    }

    @Test func goingBackReasksWithTheEarlierAnswerAsDefault() throws {
        let run = try Self.mini.run([
            "Kommun A", "<", "Kommun B", "212000-0142", "n",
            "Alfa AB", "556036-0793", "100000", "j",
            "<", "<", "200000", "",  // back from record 2 over "another one?" to record 1's contribution; Enter = yes
            "Beta AB", "<", "", "556016-0680", "250000", "n",  // back within record 2, Enter keeps "Beta AB"
        ])
        #expect(run.output.contains("[Kommun A] > "))
        #expect(run.output.contains("[100\u{00A0}000\u{00A0}SEK] > "))
        #expect(
            run.output.contains("Lägg till en till leverantör? [J/n]"),
            "a record after this one exists: yes is the default")
        #expect(run.output.contains("[Beta AB] > "))
        let saved = try Self.mini.reload(try #require(run.saves.last)).answers
        #expect(
            Self.values(saved)["public_parties"]
                == .list([
                    AnswerRecord(values: ["name": .text("Kommun B"), "organisation_number": .text("212000-0142")])
                ]))
        guard case .list(let suppliers)? = saved["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(
            suppliers.map(\.values) == [
                [
                    "name": .text("Alfa AB"), "organisation_number": .text("556036-0793"),
                    "contribution": .amount(Amount(minorUnits: 20_000_000, currency: "SEK")),
                ],
                [
                    "name": .text("Beta AB"), "organisation_number": .text("556016-0680"),
                    "contribution": .amount(Amount(minorUnits: 25_000_000, currency: "SEK")),
                ],
            ])
    }

    @Test func backAtTheFirstQuestionIsExplained() throws {
        let run = try Self.mini.run(["<"])
        #expect(run.output.contains("Det här är den första frågan"))
        #expect(run.outcome == .inputEnded(Answers()))
    }

    @Test func reviewSoFarListsTheAnswers() throws {
        let run = try Self.mini.run(["!review", "Kommun", "212000-0142", "n", "!review"])
        #expect(run.output.contains("Svaren hittills:\n(inga svar än)"))
        #expect(
            run.output.contains("  - Offentliga parter:\n       1) Namn: Kommun; Organisationsnummer: 212000-0142\n"))
        #expect(run.output.contains("!oops") == false)
    }

    @Test func reviewAtTheEndChangesAnAnswerAndAsksWhatBecameNecessary() throws {
        var script = Self.completeScript
        script.replaceSubrange(15...17, with: ["n"])  // publish = no: no deadline
        let first = try Self.mini.run(script)
        let number = try #require(Self.reviewNumber(of: "Ska resultaten offentliggöras?", in: first.output))
        let titleNumber = try #require(Self.reviewNumber(of: "Projektets namn", in: first.output))
        script += ["\(titleNumber)", "Smartare avfall", "\(number)", "j", "2027-01-31", ""]
        let run = try Self.mini.run(script)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["project_title"] == .text("Smartare avfall"))
        #expect(answers["publish"] == .boolean(true))
        #expect(answers["publication_deadline"] == .date(CalendarDate(year: 2027, month: 1, day: 31)!))
        #expect(run.output.contains("[Smart avfall] > "))
        #expect(run.output.components(separatedBy: "Granska svaren").count == 4)
        #expect(run.output.contains("  1. Offentliga parter:\n       1) Namn: Exempelstads kommun"))
    }

    @Test func reviewRejectsNumbersOutOfRange() throws {
        let run = try Self.mini.run(Self.completeScript.dropLast() + ["99", "x", ""])
        #expect(run.output.contains("Skriv ett nummer mellan 1 och 8, eller tryck Enter för att skapa avtalet."))
        #expect(run.outcome != .inputEnded(run.outcome.answers))
    }

    /// The number the review gives the question with this label.
    static func reviewNumber(of label: String, in output: String) -> Int? {
        let review = output.components(separatedBy: "Granska svaren").last ?? ""
        for line in review.split(separator: "\n") where line.contains(". \(label):") {
            return Int(line.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber })
        }
        return nil
    }

    @Test func resumingAfterInputEndsAsksOnlyWhatIsMissing() throws {
        let first = try Self.mini.run(Array(Self.completeScript.prefix(5)))  // up to the first supplier's org number
        #expect(first.outcome == .inputEnded(first.outcome.answers))
        let saved = try Self.mini.reload(try #require(first.saves.last))
        #expect(
            Self.values(saved.answers)["suppliers"]
                == .list([
                    AnswerRecord(values: ["name": .text("Alfa AB"), "organisation_number": .text("556036-0793")])
                ]))
        let second = try Self.mini.run(
            Array(Self.completeScript.dropFirst(5)), answers: saved.answers, unanswered: saved.unanswered)
        guard case .completed(let answers) = second.outcome else {
            Issue.record("not completed:\n\(second.output)")
            return
        }
        #expect(Self.values(answers) == (try Self.expectedComplete()))
        #expect(second.output.contains("Fortsätter med 4 svar"))
        #expect(!second.output.contains("Offentliga parter, post 1"), "the public party is not asked again")
        #expect(
            second.output.contains("Fråga 5 av ~10 · Bidrag"), "the first question asked is the missing contribution")
        // Resuming a complete file asks nothing and goes to the review.
        let third = try Self.mini.run([""], answers: answers)
        #expect(third.outcome == .completed(answers))
        #expect(!third.output.contains("Fråga "))
    }

    @Test func colourOnlyWhenAllowed() throws {
        let plain = try Self.mini.run(["Kommun"])
        let coloured = try Self.mini.run(["Kommun"], colour: true)
        #expect(!plain.output.contains("\u{1B}["))
        #expect(coloured.output.contains("\u{1B}[1mNamn\u{1B}[0m"))
    }

    // MARK: - Optional questions, lists, help, multiple choice and long text

    static let features = InterviewHarness(
        questionnaire: try! QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: basics
                    title: { sv: Grunder, en: Basics }
                    questions:
                      - id: title
                        type: text
                        label: { sv: Projektets namn, en: Project name }
                        help: { sv: Ett kort namn för projektet., en: A short name for the project. }
                      - id: note
                        type: long_text
                        required: false
                        label: { sv: Anteckning, en: Note }
                      - id: topics
                        type: multiple_choice
                        label: { sv: Områden, en: Topics }
                        options:
                          - { value: ai, label: { sv: AI, en: AI }, help: { sv: Artificiell intelligens., en: Artificial intelligence. } }
                          - { value: energy, label: { sv: Energi, en: Energy } }
                          - { value: water, label: { sv: Vatten, en: Water } }
                      - id: team_size
                        type: integer
                        min: 1
                        max: 50
                        required: false
                        label: { sv: Antal personer, en: Team size }
                  - id: parties
                    title: { sv: Parter, en: Parties }
                    questions:
                      - id: partners
                        type: list
                        max: 2
                        label: { sv: Partner, en: Partners }
                        help: { sv: Företag som deltar., en: Companies taking part. }
                        fields:
                          - { id: name, type: text, label: { sv: Namn, en: Name } }
                          - id: country
                            type: choice
                            default: se
                            label: { sv: Land, en: Country }
                            options:
                              - { value: se, label: { sv: Sverige, en: Sweden } }
                              - { value: dk, label: { sv: Danmark, en: Denmark } }
                          - id: cvr
                            type: cvr_dk
                            label: { sv: CVR-nummer, en: CVR number }
                            ask_when: country == "dk"
                      - id: observers
                        type: list
                        required: false
                        label: { sv: Observatörer, en: Observers }
                        fields:
                          - { id: name, type: text, label: { sv: Namn, en: Name } }
                """.utf8), file: "features.yaml", languages: [.sv, .en]))

    static let featureScript = [
        "?", "\\?",  // help, then "?" as the answer
        "Rad ett", "  Rad två", ".",  // a long text over two lines, ended by a line holding only "."
        "ai,ai", "4", "1, 3",  // chosen twice, out of range, then two options
        "-",  // optional: left unanswered
        "j",  // add a first partner
        "?", "Acme AB", "", "j",  // help with the list's help; Enter takes the default country
        "Beta ApS", "2", "12345678", "24256790",  // Danish: the CVR number is asked, and checked
        "n",  // no observers
        "",
    ]

    @Test func featuresOfPromptsListsAndOptionalQuestions() throws {
        let run = try Self.features.run(Self.featureScript)
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["title"] == .text("?"))
        #expect(answers["note"] == .text("Rad ett\n  Rad två"))
        #expect(answers["topics"] == .choices(["ai", "water"]))
        #expect(answers["team_size"] == nil)
        #expect(run.unanswered == ["team_size"])
        #expect(
            answers["partners"]
                == .list([
                    AnswerRecord(values: ["name": .text("Acme AB"), "country": .choice("se")]),
                    AnswerRecord(values: [
                        "name": .text("Beta ApS"), "country": .choice("dk"), "cvr": .text("24256790"),
                    ]),
                ]))
        #expect(answers["observers"] == .list([]))
        let output = run.output
        #expect(output.contains("Ett kort namn för projektet."))
        #expect(output.contains("Ogiltigt svar: ”AI” är valt mer än en gång."))
        #expect(output.contains("Ogiltigt svar: 4 är inget av alternativen; välj ett nummer mellan 1 och 3."))
        #expect(output.contains("Om Partner: Företag som deltar."))
        #expect(output.contains("Lägg till en post i Partner? [j/N]"))
        #expect(output.contains("Lägg till en post i Observatörer? [j/N]"))
        #expect(output.contains("Ogiltigt svar: ”12345678” är inget giltigt CVR-nummer"))
        #expect(
            output.components(separatedBy: "CVR-nummer\n").count == 2,
            "the CVR number is asked for the Danish partner only")
        #expect(
            output.components(separatedBy: "Lägg till en post till i Partner?").count == 2,
            "not asked again when max 2 is reached")
        // The saved file remembers what was left open, and a resumed interview does not ask it again.
        let saved = try Self.features.reload(try #require(run.saves.last))
        #expect(saved.unanswered == ["team_size"])
        #expect(try #require(run.saves.last).contains("team_size:\n"))
        let again = try Self.features.run([""], answers: saved.answers, unanswered: saved.unanswered)
        #expect(again.outcome == .completed(saved.answers))
        #expect(!again.output.contains("· Antal personer"))
        #expect(again.output.contains("Antal personer: (inget svar)"))
    }

    @Test func enterOnAnOptionalQuestionLeavesItUnanswered() throws {
        let run = try Self.features.run(["Titel", "", "2", "", "n", "n", ""])
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["note"] == nil && answers["team_size"] == nil)
        #expect(run.unanswered == ["note", "team_size"])
        #expect(answers["topics"] == .choices(["energy"]))
        #expect(answers["partners"] == .list([]))
    }

    @Test func requiredQuestionsCannotBeSkipped() throws {
        let run = try Self.features.run(["", "-", "Titel"])
        #expect(run.output.components(separatedBy: "Frågan måste besvaras.").count == 2)
        #expect(run.outcome.answers["title"] == .text("-"), "'-' is an answer to a required text question")
    }

    @Test func unknownCommandsAreExplained() throws {
        let run = try Self.features.run(["!oops", "\\!oops"])
        #expect(run.output.contains("Okänt kommando ”!oops”"))
        #expect(run.outcome.answers["title"] == .text("!oops"))
    }

    // MARK: - The bundled library

    /// Answers every question of the bundled library from the prompt's label and the question's type, so that the
    /// test follows the questionnaire as it grows.
    final class Respondent: InterviewIO {
        let questionnaire: Questionnaire
        var output = ""
        private var read = 0
        private(set) var failure: String?
        /// Short names given so far: each party's must differ.
        private var shortNames = 0
        let isTerminal = false
        let allowsColour = false

        /// Records after the first in each list: "another one?" is answered yes this many times per list.
        var extraRecords = 0
        private var anotherAsked: [String: Int] = [:]
        /// Every line given, in order: the script of the interview.
        private(set) var given: [String] = []

        init(_ questionnaire: Questionnaire) { self.questionnaire = questionnaire }

        func write(_ text: String) { output += text }

        func readLine() -> String? {
            let line = reply()
            if let line { given.append(line) }
            return line
        }

        private func reply() -> String? {
            let recent = String(output.dropFirst(read))
            read = output.count
            if recent.contains("Ogiltigt svar") || recent.contains("Frågan måste besvaras") {
                failure = recent
                return nil
            }
            if recent.hasSuffix("… ") { return "." }
            if recent.contains("Skriv numret på ett svar") { return "" }
            if let prompt = recent.split(separator: "\n").last, prompt.hasPrefix("Lägg till en till") {
                anotherAsked[String(prompt), default: 0] += 1
                return anotherAsked[String(prompt)]! <= extraRecords ? "j" : "n"
            }
            if recent.contains("Lägg till en post i") { return "j" }
            guard let line = recent.split(separator: "\n").last(where: { $0.contains("Fråga ") && $0.contains(" · ") }),
                let range = line.range(of: " · ")
            else {
                failure = "no question in: \(recent)"
                return nil
            }
            let label = String(line[range.upperBound...]).replacingOccurrences(of: " (frivillig)", with: "")
            let candidates = questionnaire.questions.flatMap { [$0] + $0.fields }.filter { $0.label[.sv] == label }
            guard let question = candidates.first else {
                failure = "no question labelled '\(label)'"
                return nil
            }
            if question.id == "short_name" {
                shortNames += 1
                return "Kortnamn \(shortNames)"
            }
            return Self.answer(question)
        }

        static func answer(_ question: Question) -> String {
            if question.defaultValue != nil { return "" }
            switch question.type {
            // A record that names a party (a contribution's `party`) names one by its name, as the parties got.
            case .text, .longText: return question.id == "party" ? "Svar på name" : "Svar på \(question.id)"
            case .yesNo: return "n"
            case .choice: return "1"
            case .multipleChoice: return (1...max(question.minimum ?? 1, 1)).map(String.init).joined(separator: ",")
            case .integer: return String(question.minimum ?? 1)
            // At least 1, so that a contribution's hours × rate (1 × 1) is its value and adds up to the budget (1).
            case .amount:
                return "\(max(question.minimum ?? min(1000, question.maximum ?? 1000), 1))"
                    + (question.currency == nil ? " SEK" : "")
            case .date: return "2026-03-01"
            case .email: return "info@example.se"
            case .organisationNumberSE: return "556036-0793"
            case .cvrDK: return "24256790"
            case .party: return "1"
            case .list: return "j"
            }
        }
    }

    @Test func completeRunOfTheBundledLibraryBuildsFinal() throws {
        let library = try LibraryLoader.load(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
        let io = Respondent(library.questionnaire)
        var saves = 0
        var interview = Interview(questionnaire: library.questionnaire, language: .sv, io: io) { _, _, _ in saves += 1 }
        let outcome = try interview.run()
        #expect(io.failure == nil, "\(io.failure ?? "")")
        guard case .completed(let answers) = outcome else {
            Issue.record("not completed:\n\(io.output)")
            return
        }
        #expect(saves > library.questionnaire.questions.count)
        let text = AnswersWriter(questionnaire: library.questionnaire, language: .sv).yaml(answers)
        let reloaded = try AnswersLoader.load(
            Data(text.utf8), file: "opi-answers.yaml", questionnaire: library.questionnaire, requireComplete: true)
        let result = try Assembler(library: library).assemble(
            reloaded, options: AssemblyOptions(language: .sv, final: true))
        #expect(result.missing.isEmpty)
        // Every asked top-level question got a prompt.
        for question in library.questionnaire.questions where question.askWhen == nil && question.type != .list {
            #expect(io.output.contains(" · \(question.label[.sv] ?? "")"), "not asked: \(question.id)")
        }
    }
}

@Suite("Answer problems in both languages")
struct AnswerProblemLanguageTests {
    /// What the interview accepts, an answers file accepts too: the size limit and the characters documents cannot
    /// hold are checked at the prompt, in the interview's language.
    @Test func tooLongAnswersAndForbiddenCharactersAreRefusedAtThePrompt() {
        let question = Question(
            id: "q", type: .text, label: Localized([.sv: "Q", .en: "Q"]),
            location: SourceLocation(file: "f", line: 1, column: 1))
        let long = String(repeating: "x", count: AnswerValueReader.maximumLength + 1)
        #expect(
            InterviewInput(language: .en).parse(long, for: question)
                == .failure(
                    InterviewInput.Problem(
                        message: "The answer has 100001 characters; an answer may have at most 100000 characters.")))
        #expect(
            InterviewInput(language: .sv).parse("Acme\u{07}AB", for: question)
                == .failure(
                    InterviewInput.Problem(
                        message:
                            "Svaret innehåller tecknet U+0007, som ett DOCX- eller ODT-dokument inte kan innehålla; ta bort det."
                    )))
        #expect(InterviewInput(language: .en).parse("Acme AB", for: question) == .success(.text("Acme AB")))
    }

    @Test func everyProblemHasSwedishAndEnglishWording() {
        let question = Question(
            id: "q", type: .choice, label: Localized([.sv: "Q", .en: "Q"]),
            options: [ChoiceOption(value: "open", label: Localized([.sv: "Öppen", .en: "Open"]))],
            location: SourceLocation(file: "f", line: 1, column: 1))
        let problem = AnswerProblem.notAnOption("opne", question)
        #expect(problem.message(in: .en) == "'opne' is not one of the options: open; did you mean 'open'?")
        #expect(problem.message(in: .sv) == "”opne” är inget av alternativen: open; menade du ”open”?")
        let all: [AnswerProblem] = [
            .lineBreaksInText, .patternMismatch(text: "a", pattern: "b"), .notYesNo(text: "x"), problem,
            .notInteger(text: "x"), .integerBelowMinimum(value: 1, minimum: 2),
            .integerAboveMaximum(value: 3, maximum: 2),
            .notCurrency(code: "X"), .notAmount(text: "x"), .noCurrency(text: "1"),
            .amountBelowMinimum(amount: "1 SEK", minimum: 2, currency: "SEK"),
            .amountAboveMaximum(amount: "3 SEK", maximum: 2, currency: "SEK"), .dateDoesNotExist(text: "x"),
            .notDate(text: "x"), .notEmail(text: "x"), .organisationNumberFormat(text: "x"),
            .organisationNumberCheckDigit(text: "x"), .cvrFormat(text: "x"), .cvrCheckDigit(text: "x"),
            .listExpected(text: "x"), .forbiddenCharacter(name: "U+0007"), .tooLong(length: 3, maximum: 2),
        ]
        for p in all {
            #expect(!p.message(in: .sv).isEmpty && p.message(in: .sv) != p.message(in: .en), "\(p)")
        }
    }
}

@Suite("Interview review changes")
struct InterviewReviewChangeTests {
    /// `reason` comes before `kind` but is asked only when `kind` is "other".
    static let backwards = InterviewHarness(
        questionnaire: try! QuestionnaireLoader.load(
            Data(
                """
                sections:
                  - id: s
                    title: { sv: Avsnitt, en: Section }
                    questions:
                      - id: reason
                        type: text
                        label: { sv: Skäl, en: Reason }
                        ask_when: kind == "other"
                      - id: kind
                        type: choice
                        label: { sv: Slag, en: Kind }
                        options:
                          - { value: plain, label: { sv: Vanligt, en: Plain } }
                          - { value: other, label: { sv: Annat, en: Other } }
                """.utf8), file: "backwards.yaml", languages: [.sv, .en]))

    @Test func changingALaterAnswerAsksAnEarlierQuestionThatBecameNecessary() throws {
        // kind = plain (reason not asked), then at the review change kind to other: reason must be asked.
        let run = try Self.backwards.run(["1", "1", "2", "Ny metod", ""])
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return
        }
        #expect(answers["kind"] == .choice("other"))
        #expect(answers["reason"] == .text("Ny metod"))
        #expect(!run.output.contains("(inget svar)"))
    }
}
