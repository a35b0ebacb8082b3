import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The assembler on libraries that `clauses lint` would refuse (read without linting) and on answers that leave
/// things out: what the agreement shows and which problems it reports, and where.
@Suite("Assembly: edge cases")
struct AssemblyRunEdgeTests {
    /// A copy of the mini fixture library in a temporary folder, changed by `edit`, read without linting.
    static func library(_ edit: (URL) throws -> Void = { _ in }) throws -> (library: ClauseLibrary, root: URL) {
        let root = try TestEnvironment.temporaryDirectory("assembly-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        try edit(copy)
        return (try LibraryLoader.read(directory: copy.path), copy)
    }

    static func replace(_ file: String, _ old: String, _ new: String, in root: URL) throws {
        let url = root.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "fixture \(file) does not contain \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    static func assemble(
        _ library: ClauseLibrary, _ yaml: String = MiniLibrary.complete, language: Language = .en, final: Bool = false
    ) throws -> AssemblyResult {
        let answers = try MiniLibrary.answers(yaml, library: library)
        return try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: final))
    }

    static func messages(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(\.description).joined(separator: "\n")
    }

    // MARK: Outline

    /// An outline naming a clause the library lacks: the draft is built without it, with an error at the outline's
    /// line; a final agreement is refused with the same error.
    @Test func anOutlineClauseTheLibraryLacksIsAnErrorAtTheOutline() throws {
        let (library, root) = try Self.library {
            try Self.replace(
                "agreements/mini.yaml", "  - clause: mini-purpose\n", "  - clause: mini-purpose\n  - clause: ghost\n",
                in: $0)
        }
        let result = try Self.assemble(library)
        let outline = root.appendingPathComponent("agreements/mini.yaml").path
        #expect(
            result.problems.contains {
                $0.severity == .error && $0.message == "the outline names clause 'ghost', which does not exist"
                    && $0.location?.file == outline && $0.location?.line == 15
            }, "\(Self.messages(result.problems))")
        #expect(!MiniLibrary.clauseIDs(result.agreement.blocks).contains("ghost"))
        #expect(MiniLibrary.clauseIDs(result.agreement.blocks).contains("mini-contributions"))
        #expect(throws: DiagnosticError.self) { try Self.assemble(library, final: true) }
    }

    /// A slot the outline includes only when a condition holds: left out when it does not, and then no version of
    /// it is missing (no warning), and the trace says why.
    @Test func aSlotWhoseOutlineConditionFailsIsLeftOutQuietly() throws {
        let (library, _) = try Self.library {
            try Self.replace(
                "agreements/mini.yaml", "  - slot: results\n", "  - slot: results\n    when: not publish\n", in: $0)
        }
        let result = try Self.assemble(library)
        let ids = MiniLibrary.clauseIDs(result.agreement.blocks)
        #expect(!ids.contains("mini-results-open") && !ids.contains("mini-results-shared"), "\(ids)")
        #expect(!result.problems.contains { $0.message.contains("slot") }, "\(Self.messages(result.problems))")
        let entry = try #require(result.trace.entries.first { $0.subject == "slot results" })
        #expect(entry.decision == .excluded)
        #expect(entry.condition == "not publish")
        // With `publish: no` the slot is in, with the version the answers choose.
        let unpublished = try Self.assemble(
            library, MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no"))
        #expect(MiniLibrary.clauseIDs(unpublished.agreement.blocks).contains("mini-results-open"))
    }

    /// A slot no version of which applies (the choosing answer is missing) is left out with a warning at the
    /// outline's line.
    @Test func aSlotNoVersionFillsIsAWarning() throws {
        let (library, root) = try Self.library()
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "results_model: open\n", with: "")
        let result = try Self.assemble(library, yaml)
        #expect(
            result.problems.contains {
                $0.severity == .warning && $0.message == "no clause of slot 'results' applies to these answers"
                    && $0.location?.file == root.appendingPathComponent("agreements/mini.yaml").path
                    && $0.location?.line == 17
            }, "\(Self.messages(result.problems))")
    }

    /// Answers given in code (no file, no locations) that a final agreement refuses: each missing answer is reported
    /// at "answers".
    @Test func aFinalAgreementFromAnswersWithoutAFileReportsAtAnswers() throws {
        let (library, _) = try Self.library()
        var answers = try MiniLibrary.answers(
            MiniLibrary.complete.replacingOccurrences(of: "project_title: Smart avfall\n", with: ""), library: library)
        answers.file = nil
        answers.locations = [:]
        let error = try #require(
            throws: DiagnosticError.self,
            performing: {
                try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en, final: true))
            })
        let missing = try #require(
            error.diagnostics.first { $0.message.contains("(project_title)") }, "\(error.diagnostics)")
        #expect(missing.file == "answers")
        #expect(missing.location == nil)
    }

    // MARK: Clauses

    /// A clause without a text in the agreement's language: its heading stands with an empty body, and the error
    /// names the clause and the language at the clause file.
    @Test func aClauseWithoutTheLanguagesTextIsAnError() throws {
        let (library, root) = try Self.library {
            let url = $0.appendingPathComponent("purpose/mini-purpose.clause")
            let text = try String(contentsOf: url, encoding: .utf8)
            let swedishOnly = try #require(text.components(separatedBy: "=== en").first)
            try swedishOnly.write(to: url, atomically: true, encoding: .utf8)
        }
        let result = try Self.assemble(library)
        #expect(
            result.problems.contains {
                $0.severity == .error && $0.message == "clause 'mini-purpose' has no 'en' text"
                    && $0.location?.file == root.appendingPathComponent("purpose/mini-purpose.clause").path
            }, "\(Self.messages(result.problems))")
        var purpose: Clause?
        result.agreement.blocks.forEachBlock { block, _ in
            if case .clause(let c) = block, c.id == "mini-purpose" { purpose = c }
        }
        #expect(purpose.map { Inline.plainText($0.heading ?? []) } == "Background and purpose")
        #expect(purpose?.body.isEmpty == true)
        // The Swedish agreement has its text.
        #expect(try Self.assemble(library, language: .sv).problems.allSatisfy { $0.severity != .error })
    }

    /// A filter that does not fit the answer (`{{project_title | date}}`): an error naming the filter, the value and
    /// the answer at the value's place, and the answer's plain text in the agreement.
    @Test func aFilterThatDoesNotFitTheAnswerIsAnErrorAndThePlainTextStands() throws {
        let (library, _) = try Self.library {
            try Self.replace(
                "purpose/mini-purpose.clause", "on the project {{project_title}}.",
                "on the project {{project_title | date}}.", in: $0)
        }
        let result = try Self.assemble(library)
        let mismatch = try #require(result.problems.first { $0.message.contains("filter") })
        #expect(mismatch.severity == .error)
        #expect(mismatch.message.contains("'date'") && mismatch.message.contains("'project_title'"), "\(mismatch)")
        #expect(mismatch.location?.line == 24, "\(mismatch)")
        #expect(MiniLibrary.text(result.agreement.blocks).contains("on the project Smart avfall."))
    }

    /// A term defined in the text (`[[=results]]`) shows the term's word and brings the term into the
    /// definitions clause.
    @Test func aDefinitionInTheTextShowsTheTermAndDefinesIt() throws {
        let (library, _) = try Self.library {
            try Self.replace(
                "purpose/mini-purpose.clause", "on the project {{project_title}}.",
                "on the project {{project_title}} and its [[=results]].", in: $0)
        }
        let result = try Self.assemble(library)
        let text = MiniLibrary.text(result.agreement.blocks)
        #expect(text.contains("on the project Smart avfall and its Results."), "\(text)")
        var uses: [String] = []
        result.agreement.blocks.forEachBlock { block, _ in
            guard case .paragraph(let inlines) = block else { return }
            for case .definition(let term, _) in inlines { uses.append(term) }
        }
        #expect(uses.filter { $0 == "results" }.count >= 2, "\(uses)")
    }

    // MARK: Parties

    /// A party without a name: a blank with the field's label in the parties block, and the name is a missing
    /// answer (a final agreement is refused).
    @Test func aPartyWithoutANameIsAMissingAnswer() throws {
        let (library, _) = try Self.library()
        let yaml = MiniLibrary.complete.replacingOccurrences(
            of: "  - name: Exempelstads kommun\n    organisation_number", with: "  - organisation_number")
        let result = try Self.assemble(library, yaml)
        #expect(result.missing.map(\.path.description).contains("public_parties[0].name"), "\(result.missing)")
        #expect(result.agreement.metadata.parties.first?.name == "[Name]")
        #expect(throws: DiagnosticError.self) { try Self.assemble(library, yaml, final: true) }
    }

    /// A supplier without a name in a joined list of suppliers: the name's blank, as the parties block shows one
    /// (not "Alfa AB and "), and the name is a missing answer, once however often the list is written.
    @Test func aRecordWithoutANameIsABlankInAJoinedList() throws {
        let (library, _) = try Self.library {
            try Self.replace(
                "contributions/mini-contributions.clause", "{{suppliers | count}} suppliers.",
                "{{suppliers | count}} suppliers: {{suppliers}}; {{suppliers | names | join}}.", in: $0)
        }
        let yaml = MiniLibrary.complete.replacingOccurrences(
            of: "  - name: Beta AB\n    organisation_number", with: "  - organisation_number")
        let result = try Self.assemble(library, yaml)
        let text = MiniLibrary.text(result.agreement.blocks)
        #expect(text.contains("2 suppliers: Alfa AB and [Name]; Alfa AB and [Name]."), "\(text)")
        #expect(result.missing.map(\.path.description) == ["suppliers[1].name"], "\(result.missing)")
        #expect(throws: DiagnosticError.self) { try Self.assemble(library, yaml, final: true) }
    }

    /// A record of a party list shown whole inside a loop (`{{s}}`) reads as its name, and a record without a name
    /// as the name's blank, the name a missing answer; the other answers of the record still stand.
    @Test func aRecordShownWholeInALoopIsItsNameOrItsBlank() throws {
        let (library, _) = try Self.library {
            try Self.replace(
                "contributions/mini-contributions.clause", "**{{s.name}}** ({{s.organisation_number}}) contributes",
                "**{{s}}** ({{s.organisation_number}}) contributes", in: $0)
        }
        let yaml = MiniLibrary.complete.replacingOccurrences(
            of: "  - name: Beta AB\n    organisation_number", with: "  - organisation_number")
        let result = try Self.assemble(library, yaml)
        let text = MiniLibrary.text(result.agreement.blocks)
        #expect(text.contains("Alfa AB (556036-0793) contributes SEK\u{A0}100,000."), "\(text)")
        #expect(text.contains("[Name] (556016-0680) contributes SEK\u{A0}250,000."), "\(text)")
        #expect(result.missing.map(\.path.description) == ["suppliers[1].name"], "\(result.missing)")
        // Named, the record reads as the name.
        let named = MiniLibrary.text(try Self.assemble(library).agreement.blocks)
        #expect(named.contains("Beta AB (556016-0680) contributes SEK\u{A0}250,000."), "\(named)")
    }

    /// On paper, one counterpart per party, in words up to twelve and in digits beyond.
    @Test(arguments: [(1, "two"), (12, "13")])
    func paperCounterpartsAreCountedInWordsThenDigits(suppliers: Int, count: String) throws {
        let (library, _) = try Self.library {
            try Self.replace("agreements/mini.yaml", "version: 1.0.0\n", "version: 1.0.0\nsigning: signing\n", in: $0)
            try Self.replace(
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

                """, in: $0)
        }
        let records = (1...suppliers).map { "  - name: Leverantör \($0)\n    organisation_number: 556036-0793\n" }
        let yaml = """
            public_parties:
              - name: Exempelstads kommun
                organisation_number: 212000-0142
            suppliers:
            \(records.joined())project_title: Smart avfall
            start_date: 2026-04-01
            budget: 100
            results_model: open
            publish: no
            signing: paper
            """
        let result = try Self.assemble(library, yaml)
        let text = MiniLibrary.text(result.agreement.blocks)
        #expect(text.contains("This Agreement has been executed in \(count) identical counterparts"), "\(text)")
    }

    // MARK: Annexes

    /// An annex naming a clause the library lacks, and an annex text without the agreement's language: each an
    /// error, and the annex stands with no text.
    @Test func annexTextsTheLibraryLacks() throws {
        let (library, _) = try Self.library {
            try
                "---\nid: mini-annex\nversion: 1.0.0\ncategory: annexes\ntitle:\n  sv: Bilaga\n  en: Annex\n---\n=== sv\nText.\n"
                .write(to: $0.appendingPathComponent("purpose/mini-annex.clause"), atomically: true, encoding: .utf8)
            try Self.replace(
                "agreements/mini.yaml", "      - id: annex-plan\n",
                "      - id: annex-plan\n        clause: mini-annex\n",
                in: $0)
            try Self.replace(
                "agreements/mini.yaml", "      - id: annex-publication\n",
                "      - id: annex-publication\n        clause: ghost\n", in: $0)
        }
        let result = try Self.assemble(library)
        let messages = result.problems.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains("clause 'mini-annex' has no 'en' text"), "\(messages)")
        #expect(
            messages.contains("the annex 'annex-publication' names clause 'ghost', which does not exist"), "\(messages)"
        )
        #expect(try Self.assemble(library, language: .sv).problems.contains { $0.message.contains("ghost") })
    }

    // MARK: Parties made in code

    /// Party records made in code (no places): a short name given twice is an error at the party list's answer; a
    /// name that is an empty text is missing in the parties block, as no name is.
    @Test func partyRecordsMadeInCode() throws {
        let library = try MiniLibrary.load()
        var answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        let place = AgreementKit.SourceLocation(file: "answers.yaml", line: 4, column: 3)
        answers.values["suppliers"] = .list([
            AnswerRecord(values: ["name": .text("Alfa AB"), "short_name": .text("AB")]),
            AnswerRecord(values: ["name": .text("Beta AB"), "short_name": .text("ab")]),
        ])
        answers.locations["suppliers"] = place
        do {
            _ = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en))
            Issue.record("a short name given twice is not refused")
        } catch {
            let first = error.diagnostics.first { $0.severity == .error }
            #expect(first?.location == place, "\(Self.messages(error.diagnostics))")
            #expect(first?.message.contains("'ab'") == true, "\(Self.messages(error.diagnostics))")
        }
        answers.values["suppliers"] = .list([AnswerRecord(values: ["name": .text("")])])
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en))
        #expect(result.missing.map(\.path.description).contains("suppliers[0].name"), "\(result.missing)")
    }

    /// A final agreement with a Danish party without a CVR number (and no Swedish organisation number) is refused
    /// for the CVR number, not the organisation number.
    @Test func aDanishPartyWithoutACVRNumber() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/cross-border.yaml")
        let yaml = try String(contentsOf: url, encoding: .utf8)
        let without = yaml.replacingOccurrences(of: "    cvr_number: DK 38 47 26 15\n", with: "")
        #expect(without != yaml)
        let answers = try AnswersLoader.load(Data(without.utf8), file: "a.yaml", questionnaire: library.questionnaire)
        var messages: [String] = []
        do {
            _ = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en, final: true))
            Issue.record("a final agreement without the CVR number is not refused")
        } catch {
            messages = error.diagnostics.map(\.message)
        }
        #expect(
            messages.filter { $0.contains("a final agreement needs the CVR number of every Danish party") }.count == 1,
            "\(messages)")
        #expect(!messages.contains { $0.contains("organisation number") }, "\(messages)")
    }
}
