import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Reading batch configs: defaults and overrides, file-name patterns, and every problem located in the config with
/// the agreement it belongs to.
@Suite("Batch config")
struct BatchConfigTests {
    static let library = Result { try MiniLibrary.load() }

    static func plan(_ yaml: String, final: Bool = false) throws -> BatchPlan {
        try BatchConfigLoader.load(Data(yaml.utf8), file: "batch.yaml", library: try library.get(), final: final)
    }

    /// The diagnostics thrown for a config, as `line:col: message`.
    static func thrown(_ yaml: String, final: Bool = false) throws -> [String] {
        do {
            _ = try plan(yaml, final: final)
            Issue.record("no error thrown")
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics.map(Self.short)
        }
    }

    static func short(_ d: Diagnostic) -> String {
        #expect(d.location?.file == "batch.yaml", "\(d)")
        return "\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
    }

    /// Defaults for the mini library: everything but the suppliers.
    static let defaults = """
        defaults:
          project_title: Smart avfall
          start_date: 2026-04-01
          budget: 1250000
          results_model: open
          publication_deadline: 2027-01-31
          public_parties:
            - name: Exempelstads kommun
              organisation_number: 212000-0142
          suppliers:
            - name: Standard AB
              organisation_number: 556036-0793
              contribution: 1000
            - name: Reserv AB
              organisation_number: 556016-0680
              contribution: 2000
        """

    @Test func agreementsOverrideDefaultsKeyByKeyAndListsAreReplaced() throws {
        let plan = try Self.plan(
            Self.defaults + """

                agreements:
                  - answers:
                      suppliers:
                        - name: Alfa AB
                          organisation_number: 556036-0793
                          contribution: 100000
                  - language: en
                    answers:
                      project_title: Eget namn
                      budget:
                  - {}
                """)
        #expect(plan.agreements.count == 3)
        #expect(plan.agreements.allSatisfy { $0.isValid }, "\(plan.diagnostics)")
        let first = plan.agreements[0].answers
        guard case .list(let suppliers)? = first["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(suppliers.count == 1, "a list answer replaces the default list, it is not merged")
        #expect(suppliers.first?["name"] == .text("Alfa AB"))
        #expect(first["project_title"] == .text("Smart avfall"))
        #expect(first.locations["project_title"]?.line == 2, "a default keeps the default's line")
        #expect(first.locations["suppliers"]?.line == 20, "an own answer has the agreement's line")
        #expect(first.file == "batch.yaml")

        let second = plan.agreements[1]
        #expect(second.answers["project_title"] == .text("Eget namn"))
        #expect(second.answers["budget"] == nil, "an empty own answer clears the default")
        #expect(second.options.language == .en)
        guard case .list(let inherited)? = second.answers["suppliers"] else {
            Issue.record("no suppliers")
            return
        }
        #expect(inherited.count == 2)

        let third = plan.agreements[2]
        #expect(
            third.answers.values
                == (try Self.plan(Self.defaults + "\nagreements:\n  - {}\n")).agreements[0].answers.values)
        #expect(third.options.language == .sv)
        #expect(plan.agreements.map(\.name) == ["agreement-1", "agreement-2", "agreement-3"])
        #expect(plan.agreements.map(\.location.line) == [18, 23, 27])
    }

    @Test func topLevelLanguageAndTypeApplyToEveryAgreement() throws {
        let plan = try Self.plan(
            "language: en\ntype: mini\n" + Self.defaults + "\nagreements:\n  - {}\n  - language: sv\n")
        #expect(plan.agreements.map(\.options.language) == [.en, .sv])
        #expect(plan.agreements.map(\.options.outline) == ["mini", "mini"])
    }

    @Test func referenceDocumentsAreRelativeToTheConfig() throws {
        let one = try BatchConfigLoader.load(
            Data(("reference_doc: firm.docx\n" + Self.defaults + "\nagreements:\n  - {}\n").utf8),
            file: "configs/batch.yaml", library: try Self.library.get(), final: false)
        #expect(one.referenceDocuments == ["configs/firm.docx"])
        let two = try Self.plan(
            "reference_doc: [a/firm.docx, /abs/firm.odt]\n" + Self.defaults + "\nagreements:\n  - {}\n")
        #expect(two.referenceDocuments == ["a/firm.docx", "/abs/firm.odt"])
        let bad = try Self.thrown("reference_doc: {a: 1}\n" + Self.defaults + "\nagreements:\n  - {}\n")
        #expect(bad.first?.contains("reference_doc") == true, "\(bad)")
    }

    @Test func namePatternFillsAnswersNumbersAndBraces() throws {
        let plan = try Self.plan(
            """
            output:
              name: "{{{project_title}}}-{suppliers.0.name}-{budget.amount}-{start_date}-{publish}-{#}"
            """ + "\n" + Self.defaults + """

                agreements:
                  - answers:
                      suppliers:
                        - name: Alfa/Beta AB
                  - answers:
                      project_title: ../..
                """)
        #expect(
            plan.agreements.map(\.name) == [
                "{Smart avfall}-Alfa-Beta AB-1250000-2026-04-01-yes-1",
                "{.-.}-Standard AB-1250000-2026-04-01-yes-2",
            ])
        #expect(plan.agreements[0].label == "agreement 1 ({Smart avfall}-Alfa-Beta AB-1250000-2026-04-01-yes-1)")
    }

    @Test func badPatternsAreConfigErrorsAtThePattern() throws {
        let problems = try Self.thrown(
            """
            output:
              name: "opi-{project_titel}-{suppliers}-{suppliers.x.name}-{suppliers.0.nme}-{publish.x}-{}-{budget.cents}-{#"
            agreements:
              - {}
            """)
        Self.expect(
            problems,
            [
                "2:10: the file name pattern: {project_titel}: unknown question 'project_titel'; did you mean 'project_title'?",
                "2:10: the file name pattern: {suppliers}: 'suppliers' is a list; name a field of one record, for example {suppliers.0.name}",
                "2:10: the file name pattern: {suppliers.x.name}: after 'suppliers' comes a record number",
                "2:10: the file name pattern: {suppliers.0.nme}: 'nme' is not a field of 'suppliers'; did you mean 'name'?",
                "2:10: the file name pattern: {publish.x}: 'publish' is a single value and has no part 'x'",
                "2:10: the file name pattern: '{}' names nothing",
                "2:10: the file name pattern: {budget.cents}: an amount has the parts 'amount' and 'currency' only",
                "2:10: the file name pattern: the '{' at character 100 is not closed",
            ])
        #expect(
            try Self.thrown("output:\n  name: \"a}b\"\nagreements:\n  - {}\n") == [
                "2:10: the file name pattern: the '}' at character 2 closes nothing; write '}}' for a literal brace"
            ])
    }

    @Test func patternPathsAreReadAsAnswerPaths() throws {
        let problems = try Self.thrown(
            """
            output:
              name: "{suppliers..name}-{.x}-{0.name}-{suppliers.+1.name}-{suppliers.0.1}-{suppliers.0}"
            agreements:
              - {}
            """)
        Self.expect(
            problems,
            [
                "2:10: the file name pattern: {suppliers..name}: a path is a question id, then fields and record numbers",
                "2:10: the file name pattern: {.x}: a path is a question id, then fields and record numbers",
                "2:10: the file name pattern: {0.name}: a path is a question id, then fields and record numbers",
                "2:10: the file name pattern: {suppliers.+1.name}: after 'suppliers' comes a record number",
                "2:10: the file name pattern: {suppliers.0.1}: '1' is not a field of 'suppliers'",
                "2:10: the file name pattern: {suppliers.0}: 'suppliers.0' is a whole record; name a field, for example {suppliers.0.name}",
            ])
    }

    @Test func answerProblemsNameTheAgreementAtItsOwnLine() throws {
        let plan = try Self.plan(
            Self.defaults + """

                output: { name: "opi-{suppliers.0.name}" }
                agreements:
                  - answers:
                      suppliers:
                        - name: Alfa AB
                          organisation_number: 556036-0794
                  - answers:
                      results_model: closed
                      project_titel: X
                      suppliers:
                        - name: Beta AB
                  - answers:
                      suppliers:
                        - name: Gamma AB
                """)
        #expect(plan.agreements.map(\.isValid) == [false, false, true])
        #expect(plan.sharedDiagnostics.isEmpty)
        Self.expect(
            plan.diagnostics.map(Self.short),
            [
                "22:32: agreement 1 (opi-Alfa AB): Supplier 1 (Alfa AB), organisation number (suppliers[0].organisation_number): '556036-0794' is not a valid Swedish organisation number",
                "24:22: agreement 2 (opi-Beta AB): Who owns the results? (results_model): 'closed' is not one of the options: open, shared",
                "25:7: agreement 2 (opi-Beta AB): unknown question 'project_titel'; did you mean 'project_title'?",
            ])
    }

    /// Characters XML forbids, written as YAML escapes, are refused at the answer in a batch config too, in an
    /// agreement's answers and in the defaults.
    @Test func charactersDocumentsCannotHoldAreReportedAtTheAnswer() throws {
        let plan = try Self.plan(
            """
            defaults:
              project_title: "Smart\\x01avfall"
            agreements:
              - answers:
                  suppliers:
                    - name: "Acme\\0AB"
              - answers:
                  project_title: "\\uFFFE"
            """)
        let cannot = "which DOCX and ODT documents cannot contain; remove it"
        #expect(
            plan.sharedDiagnostics.map(Self.short) == [
                "2:18: Project name (project_title): the answer holds the character U+0001, \(cannot) (in the defaults, used by agreement 1)"
            ])
        #expect(plan.agreements.map(\.isValid) == [false, false])
        Self.expect(
            plan.agreements[1].diagnostics.map(Self.short),
            [
                "8:22: agreement 2 (agreement-2): Project name (project_title): the answer holds the character U+FFFE, \(cannot)"
            ])
        Self.expect(
            plan.agreements[0].diagnostics.map(Self.short),
            [
                "6:17: agreement 1 (agreement-1): Supplier 1, name (suppliers[0].name): the answer holds the character U+0000, \(cannot)"
            ])
    }

    @Test func aDefaultsProblemIsReportedOnceAtTheDefaultNamingTheAgreementsUsingIt() throws {
        let config = """
            defaults:
              project_title: Smart avfall
              start_date: 2026-02-30
              suppliers:
                - name: Alfa AB
            agreements:
              - {}
              - answers:
                  start_date: 2026-05-01
              - {}
              - {}
            """
        let plan = try Self.plan(config)
        #expect(plan.agreements.map(\.isValid) == [false, true, false, false])
        #expect(plan.agreements.allSatisfy { $0.diagnostics.isEmpty }, "the problem is not repeated per agreement")
        #expect(
            plan.sharedDiagnostics.map(Self.short) == [
                "3:15: Start date (start_date): '2026-02-30' is not a date that exists (in the defaults, used by agreements 1, 3, 4)"
            ])
        let everyone = try Self.plan(
            config.replacingOccurrences(of: "  - answers:\n      start_date: 2026-05-01\n", with: "  - {}\n"))
        #expect(
            everyone.sharedDiagnostics.first?.message.hasSuffix("(in the defaults, used by every agreement)") == true)

        let nobody = config.replacingOccurrences(of: "  - {}\n", with: "  - answers: { start_date: 2026-05-01 }\n")
            .replacingOccurrences(of: "  - {}", with: "  - answers: { start_date: 2026-05-01 }")
        #expect(
            try Self.thrown(nobody) == [
                "3:15: Start date (start_date): '2026-02-30' is not a date that exists (in the defaults, which every agreement overrides here)"
            ])
    }

    /// A key of the defaults that is not a text (a list as the key): the problem names no answer an agreement could
    /// override, so it counts as used by every agreement, and no agreement is valid.
    @Test func aDefaultsKeyThatIsNotTextIsUsedByEveryAgreement() throws {
        let config = """
            defaults:
              project_title: Smart avfall
              ? [a, b]
              : x
            agreements:
              - {}
              - answers:
                  project_title: Pilot
            """
        let plan = try Self.plan(config)
        #expect(plan.agreements.map(\.isValid) == [false, false])
        #expect(plan.agreements.allSatisfy { $0.diagnostics.isEmpty }, "the problem is not repeated per agreement")
        #expect(
            plan.sharedDiagnostics.map(Self.short) == [
                "3:5: expected a question id, found a list (in the defaults, used by every agreement)"
            ])
    }

    @Test func collidingFileNamesAreErrorsNamingBothAgreements() throws {
        let plan = try Self.plan(
            Self.defaults + """

                output: { name: "opi-{suppliers.0.name}" }
                agreements:
                  - answers: { suppliers: [ { name: Acme AB } ] }
                  - answers: { suppliers: [ { name: Beta AB } ] }
                  - answers: { suppliers: [ { name: "ACME  ab" } ] }
                  - answers: { suppliers: [ { name: "Acme/AB" } ] }
                """)
        #expect(plan.agreements.map(\.isValid) == [false, true, false, true])
        #expect(
            plan.diagnostics.map(Self.short) == [
                "19:5: agreement 1 (opi-Acme AB): the file name 'opi-Acme AB' is also that of agreement 3 (opi-ACME ab) at line 21; make the output name pattern tell them apart (for example with {#})"
            ])
    }

    /// Fuzzing found k agreements with one file name making a message per agreement naming all the others: O(k²)
    /// (5,000 entries took 3.2 GB). A group is reported once, naming a few and counting the rest.
    @Test func aCollisionGroupIsReportedOnceWithBoundedNames() throws {
        let entries = String(repeating: "  - answers: { suppliers: [ { name: Acme AB } ] }\n", count: 40)
        let plan = try Self.plan(
            Self.defaults + """

                output: { name: "opi-{suppliers.0.name}" }
                agreements:
                """ + "\n" + entries + "  - answers: { suppliers: [ { name: Beta AB } ] }\n")
        #expect(plan.agreements.map(\.isValid) == Array(repeating: false, count: 40) + [true])
        #expect(
            plan.diagnostics.map(Self.short) == [
                "19:5: agreement 1 (opi-Acme AB): the file name 'opi-Acme AB' is also that of agreement 2 (opi-Acme AB) at line 20, agreement 3 (opi-Acme AB) at line 21, agreement 4 (opi-Acme AB) at line 22, agreement 5 (opi-Acme AB) at line 23, agreement 6 (opi-Acme AB) at line 24 and 34 more; make the output name pattern tell them apart (for example with {#})"
            ])
        #expect(plan.invalid.count == 40)
    }

    @Test func finalRequiresEveryAnswerOfEachAgreement() throws {
        let config = """
            output: { name: "{project_title}" }
            defaults:
              public_parties:
                - name: Kommunen
                  organisation_number: 212000-0142
              results_model: shared
              start_date: 2026-04-01
              budget: 1000
            agreements:
              - answers:
                  project_title: A
                  suppliers:
                    - name: Alfa AB
                      organisation_number: 556036-0793
                      contribution: 1
              - answers:
                  project_title: B
                  suppliers:
                    - name: Beta AB
            """
        let draft = try Self.plan(config)
        #expect(draft.agreements.allSatisfy { $0.isValid })
        let final = try Self.plan(config, final: true)
        #expect(final.agreements.map(\.isValid) == [true, false])
        Self.expect(
            final.diagnostics.map(Self.short),
            [
                "19:11: agreement 2 (B): missing answer to the required field Supplier 1 (Beta AB), organisation number (suppliers[0].organisation_number)",
                "19:11: agreement 2 (B): missing answer to the required field Supplier 1 (Beta AB), contribution (suppliers[0].contribution)",
            ])
        let noTitle = try Self.plan(config.replacingOccurrences(of: "      project_title: B\n", with: ""), final: true)
        Self.expect(
            noTitle.diagnostics.map(Self.short),
            [
                "16:5: agreement 2: missing answer to the required question Project name (project_title)",
                "18:11: agreement 2: missing answer to the required field Supplier 1 (Beta AB), organisation number (suppliers[0].organisation_number)",
                "18:11: agreement 2: missing answer to the required field Supplier 1 (Beta AB), contribution (suppliers[0].contribution)",
            ])
    }

    @Test func aPatternWithoutAnAnswerIsAnErrorOfTheAgreement() throws {
        let plan = try Self.plan(
            """
            output: { name: "opi-{project_title}-{suppliers.1.name}" }
            agreements:
              - answers:
                  suppliers: [ { name: A } ]
              - answers:
                  project_title: X
                  suppliers: [ { name: A }, { name: B } ]
              - answers:
                  project_title: 12345678901234567890123456789012345678901234567890123456789012345678901234567890
                  start_date: 2026-13-01
                  suppliers: [ { name: A }, { name: B } ]
            """)
        #expect(plan.agreements.map(\.isValid) == [false, true, false])
        #expect(
            plan.agreements.map(\.name) == [
                nil, "opi-X-B",
                "opi-12345678901234567890123456789012345678901234567890123456789012345678901234567890-B",
            ])
        Self.expect(
            plan.diagnostics.map(Self.short),
            [
                "3:5: agreement 1: the file name pattern needs an answer to 'project_title', 'suppliers.1.name', which this agreement does not give",
                "10:19: agreement 3 (opi-1234",
            ])
    }

    @Test func aPatternAnswerThatIsInvalidIsReportedOnce() throws {
        let plan = try Self.plan(
            """
            output: { name: "{start_date}" }
            agreements:
              - answers:
                  start_date: 2026-02-30
            """)
        #expect(
            plan.diagnostics.map(Self.short) == [
                "4:19: agreement 1: Start date (start_date): '2026-02-30' is not a date that exists"
            ])
    }

    @Test func structureProblemsAreReportedTogether() throws {
        let problems = try Self.thrown(
            """
            project_title: X
            outputs: {}
            language: de
            type: nope
            defaults: [1]
            agreements:
              - answers: [x]
              - suppliers: []
                langauge: en
              - plain
            """)
        #expect(
            problems == [
                "1:1: unknown key 'project_title' in the batch config; the keys are output, language, type, reference_doc, defaults, agreements ('project_title' is a question: answers shared by every agreement go under 'defaults:')",
                "2:1: unknown key 'outputs' in the batch config; did you mean 'output'?; the keys are output, language, type, reference_doc, defaults, agreements",
                "3:11: 'de' is not a language of the library; it has sv, en",
                "4:7: no agreement type 'nope'; the library has mini",
                "5:11: expected 'defaults' (a mapping of question id to answer, shared by every agreement), found a list",
                "7:14: agreement 1 (agreement-1): expected 'answers' (a mapping of question id to answer), found a list",
                "8:5: agreement 2 (agreement-2): unknown key 'suppliers' in an agreement; the keys are answers, language, type ('suppliers' is a question: write the agreement's answers under 'answers:')",
                "9:5: agreement 2 (agreement-2): unknown key 'langauge' in an agreement; did you mean 'language'?; the keys are answers, language, type",
                "10:5: agreement 3 (agreement-3): expected an agreement (a mapping with the keys answers, language, type), found 'plain'",
            ])
        #expect(try Self.thrown("") == ["1:1: the batch config is empty; it needs 'agreements:', a list of agreements"])
        #expect(try Self.thrown("defaults: {}\n") == ["1:1: missing required key 'agreements' in the batch config"])
        #expect(try Self.thrown("agreements: []\n") == ["1:13: 'agreements' lists no agreement"])
        #expect(try Self.thrown("agreements:\n  - answers: {a: 1\n").first?.hasPrefix("3:1: ") == true)
        #expect(try Self.thrown("agreements:\n  - {}\nagreements:\n  - {}\n").first?.contains("more than once") == true)
    }

    /// A config of `maximumFileSize` bytes is read; one byte more is refused at 1:1 before it is read (the YAML of
    /// the larger one is broken too, and only the size is reported).
    @Test func aConfigLargerThanTheLimitIsRefusedAtItsFirstLine() throws {
        let head = "agreements:\n  - answers: { project_title: X }\n# "
        let padding = String(repeating: "x", count: BatchConfigLoader.maximumFileSize - head.utf8.count - 1)
        let largest = head + padding + "\n"
        #expect(largest.utf8.count == BatchConfigLoader.maximumFileSize)
        #expect(try Self.plan(largest).agreements.count == 1)
        let broken = "agreements: [\n# "
        let larger =
            broken + String(repeating: "x", count: BatchConfigLoader.maximumFileSize - broken.utf8.count) + "\n"
        #expect(
            try Self.thrown(larger) == [
                "1:1: the batch config has 10000001 bytes; a batch config may have at most 10000000 bytes (10 MB)"
            ])
    }

    @Test func numberRangesInMessages() {
        #expect(BatchConfigLoader.describe([4]).description == "agreement 4")
        #expect(
            BatchConfigLoader.describe([1, 2, 3, 5, 7, 8, 10, 11, 12, 13]).description
                == "agreements 1–3, 5, 7, 8, 10–13")
    }

    static func expect(
        _ found: [String], _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(found.count == expected.count, "\(found)", sourceLocation: sourceLocation)
        for (f, e) in zip(found, expected) {
            #expect(f.hasPrefix(e), "expected '\(e)...', found '\(f)'", sourceLocation: sourceLocation)
        }
    }
}
