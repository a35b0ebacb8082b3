import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("Answers loader")
struct AnswersTests {
    typealias F = ConditionFixtures

    static func load(_ yaml: String, complete: Bool = false) throws(DiagnosticError) -> Answers {
        try AnswersLoader.load(
            Data(yaml.utf8), file: "answers.yaml", questionnaire: F.questionnaire,
            requireComplete: complete)
    }

    /// The diagnostics of loading `yaml`, as `line:col: message`.
    static func problems(_ yaml: String, complete: Bool = false) -> [String] {
        do {
            _ = try load(yaml, complete: complete)
            return []
        } catch {
            return error.diagnostics.map { d in
                #expect(d.location?.file == "answers.yaml")
                return "\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
            }
        }
    }

    static func expect(
        _ found: [String], _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(found.count == expected.count, "\(found)", sourceLocation: sourceLocation)
        for (f, e) in zip(found, expected) {
            #expect(f.hasPrefix(e), "expected '\(e)...', found '\(f)'", sourceLocation: sourceLocation)
        }
    }

    /// The answer to `id` when `yaml` is its value.
    static func value(_ id: String, _ yaml: String) throws -> AnswerValue? {
        try load("\(id): \(yaml)\n")[id]
    }

    static let valid = """
        project_title: Smarta gator
        personal_data: ja
        state_aid: no
        results_model: licence
        topics: [ai, energy]
        team_size: 12
        budget: 250 000
        start_date: 2026-03-01
        contact: projekt@kommun.se
        dpa_annex: Bilaga 4
        code: ABC-12
        suppliers:
          - name: Acme AB
            organisation_number: 556036-0793
          - name: Beta ApS
            country: dk
            cvr: "24256790"
        """

    @Test func readsEveryType() throws {
        let answers = try Self.load(Self.valid, complete: true)
        #expect(answers.file == "answers.yaml")
        #expect(answers["project_title"] == .text("Smarta gator"))
        #expect(answers["personal_data"] == .boolean(true))
        #expect(answers["state_aid"] == .boolean(false))
        #expect(answers["results_model"] == .choice("licence"))
        #expect(answers["topics"] == .choices(["ai", "energy"]))
        #expect(answers["team_size"] == .integer(12))
        #expect(answers["budget"] == .amount(Amount(minorUnits: 25_000_000, currency: "SEK")))
        #expect(answers["start_date"] == .date(CalendarDate(year: 2026, month: 3, day: 1)!))
        #expect(answers["contact"] == .text("projekt@kommun.se"))
        #expect(answers["code"] == .text("ABC-12"))
        guard case .list(let records)? = answers["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(records.count == 2)
        #expect(records[0]["organisation_number"] == .text("556036-0793"))
        #expect(records[1]["cvr"] == .text("24256790"))
        #expect(records[0]["country"] == nil)
        // Locations of answers and record fields.
        #expect(answers.locations["project_title"] == SourceLocation(file: "answers.yaml", line: 1, column: 16))
        #expect(answers.locations["suppliers"]?.line == 13)
        #expect(records[1].locations["cvr"] == SourceLocation(file: "answers.yaml", line: 17, column: 10))
        // By path, only a question's own answer has a location.
        #expect(answers.location(of: "project_title") == answers.locations["project_title"])
        #expect(answers.location(of: "suppliers")?.line == 13)
        #expect(answers.location(of: "suppliers[1].cvr") == nil)
        #expect(answers.location(of: "no_such_question") == nil)
    }

    @Test func everyKindOfInvalidValueAtItsLineAndColumnAllAtOnce() {
        let yaml = """
            project_titel: Smarta gator
            personal_data: kanske
            results_model: closed
            topics: [ai, sport]
            team_size: 51
            budget: 250,000
            start_date: 2026-02-30
            contact: projekt@kommun
            code: abc-12
            suppliers:
              - name: Acme AB
                organisation_number: 556036-0794
                nmae: x
              - name: Beta ApS
                cvr: "24256791"
              - just a name
            state_aid: [yes]
            """
        Self.expect(
            Self.problems(yaml),
            [
                "1:1: unknown question 'project_titel'; did you mean 'project_title'?",
                "2:16: Personal data (personal_data): 'kanske' is not yes or no; write true, false, yes, no, ja or nej",
                "3:16: Results model (results_model): 'closed' is not one of the options: open, licence",
                "4:14: Topics (topics): 'sport' is not one of the options: ai, health, energy",
                "5:12: Team size (team_size): 51 is more than the maximum 50",
                "6:9: Budget (budget): '250,000' is not an amount",
                "7:13: Start date (start_date): '2026-02-30' is not a date that exists",
                "8:10: E-mail (contact): 'projekt@kommun' is not an e-mail address",
                "9:7: Code (code): 'abc-12' does not have the required form (pattern [A-Z]{3}-[0-9]+)",
                "12:26: Suppliers, entry 1 (Acme AB), organisation number (suppliers[0].organisation_number): '556036-0794' is not a valid Swedish organisation number",
                "13:5: unknown field 'nmae' in Suppliers (suppliers); did you mean 'name'? (fields: name, organisation_number, country, cvr)",
                "15:10: Suppliers, entry 2 (Beta ApS), CVR number (suppliers[1].cvr): '24256791' is not a valid Danish CVR number",
                "16:5: Suppliers (suppliers): record 3 must be a mapping",
                "17:12: State aid (state_aid) expects yes or no, found a list",
            ])
    }

    @Test func swedishOrganisationNumbers() throws {
        // 556036-0793: digits 5 5 6 0 3 6 0 7 9 times 2 1 2 1 2 1 2 1 2 give 10 5 12 0 6 6 0 7 18, whose digits add
        // up to 1+5+3+0+6+6+0+7+9 = 37; 37 + 3 = 40, so the check digit is 3.
        #expect(SwedishOrganisationNumber.checkDigit([5, 5, 6, 0, 3, 6, 0, 7, 9]) == 3)
        // 556016-0680: 10 5 12 0 2 6 0 6 16 → 1+5+3+0+2+6+0+6+7 = 30, check digit 0.
        #expect(SwedishOrganisationNumber.checkDigit([5, 5, 6, 0, 1, 6, 0, 6, 8]) == 0)
        // 212000-0142: 4 1 4 0 0 0 0 1 8 → 18, check digit 2.
        #expect(SwedishOrganisationNumber.checkDigit([2, 1, 2, 0, 0, 0, 0, 1, 4]) == 2)
        for text in ["556036-0793", "5560360793", "16556036-0793", "165560360793", "556016-0680", "212000-0142"] {
            let expected =
                text.count == 10 || text.count == 12
                ? String(text.suffix(10).prefix(6)) + "-" + String(text.suffix(4)) : String(text.suffix(11))
            #expect(SwedishOrganisationNumber.normalize(text) == .success(expected), "\(text)")
            let answer = try Self.value("suppliers", "[{name: A, organisation_number: \"\(text)\"}]")
            guard case .list(let records)? = answer else {
                Issue.record("no list for \(text)")
                continue
            }
            #expect(records.map(\.values) == [["name": .text("A"), "organisation_number": .text(expected)]])
        }
        for text in ["556036-0794", "556036-0783", "556016-0681", "5560360790"] {
            #expect(SwedishOrganisationNumber.normalize(text) == .failure(.checkDigit), "\(text)")
        }
        for text in ["55603-60793", "556036 0793", "556036-079", "556036-07930", "17556036-0793", "abcdef-ghij", ""] {
            #expect(SwedishOrganisationNumber.normalize(text) == .failure(.format), "\(text)")
        }
    }

    @Test func danishCVRNumbers() {
        // 24256790: 2·2 + 4·7 + 2·6 + 5·5 + 6·4 + 7·3 + 9·2 + 0·1 = 4+28+12+25+24+21+18+0 = 132 = 12·11.
        // 22756214: 4+14+42+25+24+6+2+4 = 121 = 11·11.
        for (text, expected) in [("24256790", "24256790"), ("22756214", "22756214"), ("DK 24 25 67 90", "24256790")] {
            #expect(DanishCVRNumber.normalize(text) == .success(expected), "\(text)")
        }
        // 24256791: 133, not a multiple of 11.
        #expect(DanishCVRNumber.normalize("24256791") == .failure(.checkDigit))
        for text in ["02425679", "2425679", "242567901", "2425679a"] {
            #expect(DanishCVRNumber.normalize(text) == .failure(.format), "\(text)")
        }
    }

    @Test func amountsInEveryAcceptedForm() throws {
        func sek(_ minor: Int64, _ currency: String = "SEK") -> AnswerValue {
            .amount(Amount(minorUnits: minor, currency: currency))
        }
        #expect(try Self.value("budget", "250000") == sek(25_000_000))
        #expect(try Self.value("budget", "250 000") == sek(25_000_000))
        #expect(try Self.value("budget", "250000.50") == sek(25_000_050))
        #expect(try Self.value("budget", "250 000,5") == sek(25_000_050))
        #expect(try Self.value("budget", "250 000 SEK") == sek(25_000_000))
        #expect(try Self.value("budget", "SEK 250000") == sek(25_000_000))
        #expect(try Self.value("budget", "1 250 000 EUR") == sek(125_000_000, "EUR"))
        #expect(try Self.value("budget", "{amount: 250000, currency: DKK}") == sek(25_000_000, "DKK"))
        #expect(try Self.value("budget", "{amount: 99.95}") == sek(9_995))
        for (text, message) in [
            ("250,000", "is not an amount"), ("25 00", "is not an amount"),
            ("250000 kronor", "'kronor' is not a currency"),
            ("250000.505", "is not an amount"), ("SEK", "is not an amount"),
            ("{amount: 5, currency: sek}", "the currency must be a three-letter code"),
            ("{amount: 5, curency: SEK}", "unknown key 'curency'"), ("{currency: SEK}", "needs 'amount'"),
        ] {
            let found = Self.problems("budget: \(text)\n")
            #expect(found.count == 1 && found[0].contains(message), "\(text): \(found)")
        }
    }

    @Test func amountWithoutAnyCurrencyIsAnError() throws {
        let yaml = """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: fee, type: amount, label: { sv: Avgift, en: Fee } }
            """
        let q = try QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
        let load = { (text: String) throws(DiagnosticError) -> Answers in
            try AnswersLoader.load(Data(text.utf8), file: "a.yaml", questionnaire: q)
        }
        #expect(try load("fee: 100 EUR")["fee"] == .amount(Amount(minorUnits: 10_000, currency: "EUR")))
        do {
            _ = try load("fee: 100")
            Issue.record("accepted an amount without currency")
        } catch {
            #expect(error.description.hasPrefix("a.yaml:1:6: error: Fee (fee): '100' has no currency"))
        }
    }

    @Test func yesNoDatesAndIntegers() throws {
        for (text, expected) in [
            ("true", true), ("false", false), ("yes", true), ("no", false), ("ja", true),
            ("Nej", false), ("\"yes\"", true),
        ] {
            #expect(try Self.value("personal_data", text) == .boolean(expected), "\(text)")
        }
        #expect(try Self.value("start_date", "2024-02-29") == .date(CalendarDate(year: 2024, month: 2, day: 29)!))
        #expect(Self.problems("start_date: 2025-02-29")[0].contains("is not a date that exists"))
        #expect(Self.problems("start_date: 1 March 2026")[0].contains("write YYYY-MM-DD"))
        #expect(try Self.value("team_size", "1") == .integer(1))
        #expect(Self.problems("team_size: 0")[0].hasPrefix("1:12: Team size (team_size): 0 is less than the minimum 1"))
        #expect(Self.problems("team_size: 2.5")[0].contains("is not a whole number"))
        #expect(try Self.value("topics", "health") == .choices(["health"]))
        #expect(try Self.value("topics", "[]") == .choices([]))
        #expect(Self.problems("topics: [ai, ai]")[0].contains("'ai' is chosen more than once"))
    }

    @Test func textIsTakenLiterallyAndEmptyMeansUnanswered() throws {
        #expect(try Self.value("project_title", "yes") == .text("yes"))
        #expect(try Self.value("project_title", "2026-03-01") == .text("2026-03-01"))
        #expect(try Self.value("project_title", "\"{{x}} *y* <&>\"") == .text("{{x}} *y* <&>"))
        let answers = try Self.load(
            """
            project_title: ""
            team_size:
            contact: ~
            suppliers:
              - name: ""
                organisation_number:
            """)
        #expect(answers["project_title"] == nil)
        #expect(answers["team_size"] == nil)
        #expect(answers["contact"] == nil)
        #expect(answers["suppliers"] == .list([AnswerRecord(values: [:])]))
        #expect(answers.locations["project_title"] == nil)
    }

    /// Characters XML forbids, written as YAML escapes, are refused where the answer stands: the XML writer is not
    /// the first to notice.
    @Test func charactersDocumentsCannotHoldAreReportedAtTheAnswer() {
        let cannot = "which DOCX and ODT documents cannot contain; remove it"
        Self.expect(
            Self.problems(
                """
                project_title: "Acme\\0AB"
                dpa_annex: "\\x01"
                suppliers:
                  - name: "Beta\\uFFFE"
                    organisation_number: 556036-0793
                """),
            [
                "1:16: Project title (project_title): the answer holds the character U+0000, \(cannot)",
                "2:12: Data processing agreement (dpa_annex): the answer holds the character U+0001, \(cannot)",
                "4:11: Suppliers, entry 1, name (suppliers[0].name): the answer holds the character U+FFFE, \(cannot)",
            ])
        #expect(throws: Never.self) { try Self.load("project_title: \"tab\\tok\"\n") }
    }

    /// One answer may hold at most 100 000 characters, a whole file at most 10 MB.
    @Test func answerTextAndAnswersFilesHaveASizeLimit() throws {
        let longest = String(repeating: "x", count: AnswerValueReader.maximumLength)
        #expect(try Self.value("project_title", longest) == .text(longest))
        Self.expect(
            Self.problems("project_title: \(longest)y\n"),
            [
                "1:16: Project title (project_title): the answer has 100001 characters; an answer may have at most 100000 characters"
            ])
        Self.expect(
            Self.problems("suppliers:\n  - name: \(longest)yz\n"),
            [
                "2:11: Suppliers, entry 1, name (suppliers[0].name): the answer has 100002 characters; an answer may have at most 100000 characters"
            ])
        let title = String(repeating: "x", count: AnswersLoader.maximumFileSize)
        Self.expect(
            Self.problems("project_title: \(title)\n"),
            [
                "1:1: the answers file has 10000016 bytes; an answers file may have at most 10000000 bytes (10 MB)"
            ])
    }

    @Test func draftsMayLackAnswersButCompleteAnswersMayNot() throws {
        let draft = """
            personal_data: true
            suppliers:
              - organisation_number: 556036-0793
              - name: Beta
                country: dk
            """
        let answers = try Self.load(draft)
        #expect(
            answers.missingAnswers(in: F.questionnaire)
                == ["project_title", "dpa_annex", "suppliers[0].name", "suppliers[1].cvr"])
        Self.expect(
            Self.problems(draft, complete: true),
            [
                "1:1: missing answer to the required question Project title (project_title)",
                "1:1: missing answer to the required question Data processing agreement (dpa_annex)",
                "3:5: missing answer to the required field Suppliers, entry 1, name (suppliers[0].name)",
                "4:5: missing answer to the required field Suppliers, entry 2 (Beta), CVR number (suppliers[1].cvr)",
            ])
    }

    @Test func askWhenDecidesWhetherARequiredQuestionIsAsked() throws {
        // dpa_annex is asked only when personal_data holds; a supplier's cvr only when its country is dk.
        let base = "project_title: T\nsuppliers:\n  - name: A\n"
        #expect(try Self.load(base + "personal_data: false\n", complete: true)["dpa_annex"] == nil)
        #expect(try Self.load(base, complete: true)["personal_data"] == nil)
        Self.expect(
            Self.problems(base + "personal_data: true\n", complete: true),
            ["1:1: missing answer to the required question Data processing agreement (dpa_annex)"])
        #expect(
            try Self.load(base + "personal_data: true\ndpa_annex: Bilaga 3\n", complete: true)["dpa_annex"]
                == .text("Bilaga 3"))
        Self.expect(
            Self.problems("project_title: T\nsuppliers:\n  - name: A\n    country: dk\n", complete: true),
            ["3:5: missing answer to the required field Suppliers, entry 1 (A), CVR number (suppliers[0].cvr)"])
        // A default counts as an answer: results_model has one.
        #expect(try Self.load(base, complete: true).missingAnswers(in: F.questionnaire) == [])
    }

    @Test func listsBelowTheirMinimum() throws {
        #expect(try Self.load("project_title: T\nsuppliers: []\n").missingAnswers(in: F.questionnaire) == ["suppliers"])
        Self.expect(
            Self.problems("project_title: T\nsuppliers: []\n", complete: true),
            ["2:12: Suppliers (suppliers) needs at least one record"])
        Self.expect(
            Self.problems("project_title: T\n", complete: true),
            ["1:1: missing answer to the required question Suppliers (suppliers)"])
    }

    @Test func structuralProblems() {
        Self.expect(
            Self.problems("- a\n- b\n"),
            ["1:1: expected the answers (a mapping of question id to answer), found a list"])
        Self.expect(
            Self.problems("project_title: a\nproject_title: b\n"),
            ["2:1: the key 'project_title' is given more than once in this mapping (first at line 1)"])
        Self.expect(Self.problems("project_title: [a\n"), ["2:1:"])
        Self.expect(Self.problems("suppliers: Acme\n"), ["1:12: Suppliers (suppliers) expects a list of records"])
        Self.expect(
            Self.problems("project_title: {a: b}\n"),
            ["1:16: Project title (project_title) expects text, found a mapping"])
        Self.expect(
            Self.problems("suppliers:\n  - name: A\n  - name: B\n  - name: C\n  - name: D\n"),
            ["2:3: Suppliers (suppliers) has 4 records; at most 3 allowed"])
        Self.expect(
            Self.problems("country: se\n"),
            ["1:1: unknown question 'country' ('country' is a field of each record of 'suppliers'"])
        Self.expect(
            Self.problems("project_title: |\n  two\n  lines\n"),
            ["1:16: Project title (project_title): the answer is one line of text, but this one has line breaks"])
        #expect(Self.problems("") == [])
        #expect(Self.problems("# nothing yet\n") == [])
    }
}
