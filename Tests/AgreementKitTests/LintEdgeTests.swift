import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `clauses lint` on the outline's agreement date and signing question, and on the rarer defects of outlines,
/// clauses and terms: each reported at the line to fix.
@Suite("Library lint: edge cases")
struct LintEdgeTests {
    /// A copy of the fixture library, changed by `edit`, loaded and linted (`LintTests.lint`).
    func lint(_ edit: (URL) throws -> Void) throws -> (diagnostics: [Diagnostic], root: URL) {
        try LintTests().lint(edit)
    }

    /// Replaces text in a file of the copy, which must hold it (`LintTests.replace`).
    func replace(_ file: String, _ old: String, _ new: String, in root: URL) throws {
        try LintTests().replace(file, old, new, in: root)
    }

    func write(_ file: String, _ text: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func expectDiagnostic(
        _ result: (diagnostics: [Diagnostic], root: URL), file: String, line: Int, column: Int? = nil,
        _ message: String, severity: Diagnostic.Severity = .error,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let path = result.root.appendingPathComponent(file).path
        let found = result.diagnostics.contains {
            $0.severity == severity && $0.location?.file == path && $0.location?.line == line
                && (column == nil || $0.location?.column == column) && $0.message.contains(message)
        }
        #expect(
            found,
            "expected \(severity) '\(message)' at \(file):\(line), got:\n\(result.diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
    }

    // MARK: Date and signing questions

    /// The agreement date and signing question name questions of the wrong type: each error stands where the
    /// outline names the question (it used to have no line at all).
    @Test func aDateOrSigningQuestionOfTheWrongTypeIsReportedWhereTheOutlineNamesIt() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n", "version: 1.0.0\ndate: project_title\nsigning: publish\n",
                in: $0)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 3, column: 7,
            "the agreement date 'project_title' is not a date question")
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 4, column: 10,
            "the signing question 'publish' is not a choice with the options electronic, paper")
        #expect(result.diagnostics.allSatisfy { $0.location != nil }, "\(result.diagnostics)")
    }

    /// A signing question that is a choice, but with other options than `electronic` and `paper`, is refused too;
    /// a question the questionnaire lacks also.
    @Test func aSigningChoiceWithOtherOptionsAndAMissingDateQuestionAreRefused() throws {
        let result = try lint {
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n",
                "version: 1.0.0\ndate: signed_on\nsigning: results_model\n", in: $0)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 3, "the agreement date 'signed_on' is not a date question")
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 4, "the signing question 'results_model' is not a choice")
    }

    /// Date and signing questions of the right kinds are clean, and count as used.
    @Test func rightDateAndSigningQuestionsAreClean() throws {
        let result = try lint { root in
            try replace(
                "agreements/mini.yaml", "version: 1.0.0\n", "version: 1.0.0\ndate: start_date\nsigning: signing\n",
                in: root)
            try replace(
                "questionnaire.yaml", "      - id: publish\n",
                """
                      - id: signing
                        type: choice
                        label: { sv: Undertecknande, en: Signing }
                        options:
                          - value: electronic
                            label: { sv: Elektroniskt, en: Electronic }
                          - value: paper
                            label: { sv: På papper, en: On paper }
                      - id: publish

                """, in: root)
        }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    /// An outline built in code (no place in the file for `date:`) names a question of the wrong type: the error
    /// stands at the question itself.
    @Test func anOutlineWithoutPlacesReportsAtTheQuestion() throws {
        var library = try MiniLibrary.load()
        library.outlines["mini"]?.dateQuestion = "project_title"
        library.outlines["mini"]?.signingQuestion = "budget"
        let lint = LibraryLinter(library: library).lint()
        let title = try #require(library.questionnaire.question("project_title"))
        let budget = try #require(library.questionnaire.question("budget"))
        #expect(lint.contains { $0.location == title.location && $0.message.contains("'project_title'") }, "\(lint)")
        #expect(lint.contains { $0.location == budget.location && $0.message.contains("'budget'") }, "\(lint)")
    }

    // MARK: Outlines

    /// Party lists that are no list, have no `name` field, or are no question at all: each at its entry.
    @Test func partyListDefectsStandAtTheirEntries() throws {
        let result = try lint { root in
            try replace(
                "agreements/mini.yaml", "  - list: suppliers\n    role: supplier\n",
                """
                  - list: suppliers
                    role: supplier
                  - list: project_title
                    role: supplier
                  - list: nobody
                    role: supplier
                  - list: sites
                    role: supplier

                """, in: root)
            try replace(
                "questionnaire.yaml", "      - id: publish\n",
                """
                      - id: sites
                        type: list
                        label: { sv: Platser, en: Sites }
                        fields:
                          - id: city
                            type: text
                            label: { sv: Ort, en: City }
                      - id: publish

                """, in: root)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 11, "the party list 'project_title' is not a list question")
        expectDiagnostic(result, file: "agreements/mini.yaml", line: 13, "the party list 'nobody' is not a question")
        expectDiagnostic(result, file: "agreements/mini.yaml", line: 15, "the party list 'sites' has no 'name' field")
    }

    /// A clause, a slot, or a slot's clause placed twice in one outline, and a definitions clause without a title
    /// in a language of the library.
    @Test func entriesPlacedTwiceAndUntitledDefinitions() throws {
        let result = try lint { root in
            try replace(
                "agreements/mini.yaml", "  - slot: results\n", "  - clause: mini-results-open\n  - slot: results\n",
                in: root)
            try replace(
                "agreements/mini.yaml", "  - page-break\n",
                "  - clause: mini-purpose\n  - slot: results\n  - page-break\n", in: root)
            try replace(
                "agreements/mini.yaml", "title: { sv: Definitioner, en: Definitions }", "title: { sv: Definitioner }",
                in: root)
        }
        let outline = "agreements/mini.yaml"
        expectDiagnostic(
            result, file: outline, line: 18, "the slot 'results' holds the clause 'mini-results-open', which is already"
        )
        expectDiagnostic(result, file: outline, line: 21, "the clause 'mini-purpose' is already in this outline at")
        expectDiagnostic(result, file: outline, line: 22, "the slot 'results' is already in this outline at")
        expectDiagnostic(result, file: outline, line: 15, "the definitions clause 'definitions' has no 'en' title")
    }

    /// An annex text (category `annexes`) used as a clause, and with a `when` of its own; an annex naming a
    /// clause of another category, a clause that does not exist, a clause already in the outline; an annex without
    /// a title in a language.
    @Test func annexTextDefects() throws {
        let result = try lint { root in
            try write(
                "annexes/mini-annex.clause",
                """
                ---
                id: mini-annex
                version: 1.0.0
                category: annexes
                title:
                  sv: Bilaga
                  en: Annex
                when: publish
                ---
                === sv
                Text.
                === en
                Text.

                """, in: root)
            try replace(
                "agreements/mini.yaml", "      - id: annex-plan\n",
                "      - id: annex-plan\n        clause: mini-annex\n",
                in: root)
            try replace(
                "agreements/mini.yaml", "      - id: annex-publication\n",
                "      - id: annex-publication\n        clause: ghost\n", in: root)
            let outline = root.appendingPathComponent("agreements/mini.yaml")
            let text = try String(contentsOf: outline, encoding: .utf8)
            try (text + "      - id: annex-extra\n        title: { sv: Extra }\n        clause: mini-purpose\n").write(
                to: outline, atomically: true, encoding: .utf8)
        }
        let outline = "agreements/mini.yaml"
        expectDiagnostic(
            result, file: "annexes/mini-annex.clause", line: 2,
            "the annex text 'mini-annex' has a 'when' or 'slot'; the annex's entry in the outline decides")
        expectDiagnostic(
            result, file: outline, line: 26, "the annex 'annex-publication' names clause 'ghost', which does not exist")
        expectDiagnostic(
            result, file: outline, line: 30,
            "the annex 'annex-extra' names clause 'mini-purpose', whose category is 'purpose'")
        expectDiagnostic(result, file: outline, line: 30, "the clause 'mini-purpose' is already in this outline at")
        expectDiagnostic(result, file: outline, line: 30, "the annex 'annex-extra' has no 'en' title")
    }

    /// An annex text named as a clause of the outline.
    @Test func anAnnexTextNamedAsAClause() throws {
        let result = try lint { root in
            try write(
                "annexes/mini-annex.clause",
                "---\nid: mini-annex\nversion: 1.0.0\ncategory: annexes\ntitle:\n  sv: Bilaga\n  en: Annex\n---\n"
                    + "=== sv\nText.\n=== en\nText.\n", in: root)
            try replace(
                "agreements/mini.yaml", "  - page-break\n", "  - clause: mini-annex\n  - page-break\n", in: root)
        }
        expectDiagnostic(
            result, file: "agreements/mini.yaml", line: 20, "the outline names the annex text 'mini-annex' as a clause")
    }

    /// Two outlines: an id (the definitions clause's) may stand in one of them only; each outline is checked.
    @Test func anIdUsedByTwoOutlines() throws {
        let result = try lint { root in
            try write(
                "agreements/other.yaml",
                """
                id: other
                version: 1.0.0
                title: { sv: Annat avtal, en: Other agreement }
                date: budget
                outline:
                  - clause: mini-purpose
                  - definitions: { id: definitions, title: { sv: Definitioner, en: Definitions } }

                """, in: root)
        }
        expectDiagnostic(result, file: "agreements/other.yaml", line: 7, "the id 'definitions' is already used at")
        expectDiagnostic(
            result, file: "agreements/other.yaml", line: 4, "the agreement date 'budget' is not a date question")
        #expect(
            !result.diagnostics.contains { $0.location?.file.hasSuffix("mini.yaml") == true }, "\(result.diagnostics)")
    }

    // MARK: Clauses and terms

    /// `survives` naming what is not a sub-clause (with a spelling hint), a title or note without a language's text,
    /// a term written in lower case, a loop over what is not a list, and `{{survivors}}` in a library where no clause
    /// survives.
    @Test func clauseTextDefects() throws {
        let result = try lint { root in
            try replace(
                "purpose/mini-purpose.clause", "category: purpose\n", "category: purpose\nsurvives: [purpose-aimm]\n",
                in: root)
            try replace(
                "contributions/mini-contributions.clause", "  en: Contributions of the parties\n", "", in: root)
            try replace(
                "contributions/mini-contributions.clause", "  en: State each supplier's contribution in SEK.\n", "",
                in: root)
            try replace(
                "results/mini-results-open.clause", "Varje [[party]] behåller", "Varje [[party|part]] behåller",
                in: root)
            try replace(
                "publication/mini-publication.clause", "Leverantören får offentliggöra sina resultat.",
                "{{for x in project_title}}Leverantören{{end}} får offentliggöra sina resultat.",
                in: root)
        }
        expectDiagnostic(
            result, file: "purpose/mini-purpose.clause", line: 5,
            "'survives' names 'purpose-aimm', which is not a sub-clause of 'mini-purpose'; did you mean 'purpose-aim'?")
        expectDiagnostic(
            result, file: "contributions/mini-contributions.clause", line: 5,
            "the clause 'mini-contributions' has no 'en' title (missing translation)")
        expectDiagnostic(
            result, file: "contributions/mini-contributions.clause", line: 7,
            "the drafting note has no 'en' text (missing translation)")
        expectDiagnostic(
            result, file: "results/mini-results-open.clause", line: 17,
            "the term 'party' is used as 'part'; defined terms are written with an initial capital", severity: .warning)
        expectDiagnostic(
            result, file: "publication/mini-publication.clause", line: 16,
            "'project_title' is not a list, so it cannot be repeated over")
    }

    /// A loop over an answer that does not exist: the resolver's error at the name, with a suggestion when it is
    /// close to a question's, in each language's text; a loop over a field of a list's records says how to name
    /// one record's field.
    @Test func aLoopOverAPathThatDoesNotResolve() throws {
        let result = try lint { root in
            try replace(
                "publication/mini-publication.clause", "Leverantören får offentliggöra sina resultat.",
                "{{for x in supplier}}Leverantören{{end}} får offentliggöra sina resultat.", in: root)
            try replace(
                "publication/mini-publication.clause", "The supplier may publish its results.",
                "{{for x in supplier}}The supplier{{end}} may publish its results.", in: root)
            try replace(
                "contributions/mini-contributions.clause", "{{for s in suppliers}}", "{{for s in suppliers.name}}",
                in: root)
        }
        let clause = result.root.appendingPathComponent("publication/mini-publication.clause").path
        let contributions = result.root.appendingPathComponent("contributions/mini-contributions.clause").path
        let list =
            "error: 'suppliers' is a list of records: write 'suppliers.0.name' for the first record's 'name', or repeat "
            + "over the records with 'for'"
        let found = result.diagnostics.map(\.description)
        for expected in [
            "\(contributions):16:12: \(list)", "\(contributions):27:12: \(list)",
            "\(clause):16:12: error: unknown question 'supplier'; did you mean 'suppliers'?",
            "\(clause):26:12: error: unknown question 'supplier'; did you mean 'suppliers'?",
        ] {
            #expect(found.contains(expected), "\(found)")
        }
        // The loop's variable is then unknown inside the loop: each use of it is an error too.
        #expect(found.contains("\(contributions):17:3: error: unknown question 's'"), "\(found)")
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
    }

    /// `{{survivors}}` in a library where no clause declares `survives`: a warning at each use.
    @Test func survivorsWhereNothingSurvives() throws {
        let result = try lint { root in
            try replace(
                "publication/mini-publication.clause", "Leverantören får offentliggöra sina resultat.",
                "Leverantören får offentliggöra sina resultat, se {{survivors}}.", in: root)
            try replace(
                "publication/mini-publication.clause", "The supplier may publish its results.",
                "The supplier may publish its results, see {{survivors}}.", in: root)
        }
        for line in [16, 26] {
            expectDiagnostic(
                result, file: "publication/mini-publication.clause", line: line,
                "'{{survivors}}' can list no clause: no clause of the library declares 'survives: true'",
                severity: .warning)
        }
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    }

    /// A term without a language's word and definition: both reported at the term.
    @Test func aTermWithoutALanguage() throws {
        let result = try lint {
            try replace(
                "terms.yaml",
                "  en: { term: Party, definition: \"a public party or a supplier that has signed the agreement\" }\n",
                "", in: $0)
        }
        expectDiagnostic(result, file: "terms.yaml", line: 1, "the term 'party' has no 'en' word (missing translation)")
        expectDiagnostic(
            result, file: "terms.yaml", line: 1, "the term 'party' has no 'en' definition (missing translation)")
    }
}
