import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `explain` on the mini fixture library: answers without a file, a slot no version fills, answers left unanswered,
/// in each language of the explanation.
@Suite("Explain: edge cases")
struct ExplanationEdgeTests {
    static func explanation(
        _ yaml: String, _ language: Language, file: String? = nil, library: ClauseLibrary? = nil
    ) throws -> String {
        let library = try library ?? MiniLibrary.load()
        var answers = try MiniLibrary.answers(yaml, library: library)
        answers.file = file
        // The mini library has Swedish and English texts; a Danish explanation words a Swedish agreement.
        let built = library.languages.contains(language) ? language : .sv
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: built))
        return AgreementExplanation(library: library, answers: answers, result: result, language: language).text
    }

    /// Answers given in code (no file) are named in the explanation's own language, not in English.
    @Test(arguments: [
        (Language.sv, "Varför avtalet ser ut som det gör (svaren, på svenska)\n"),
        (.da, "Hvorfor aftalen ser ud, som den gør (svarene, på dansk)\n"),
        (.en, "Why the agreement reads as it does (answers, in English)\n"),
    ])
    func answersWithoutAFileAreNamedInTheLanguage(language: Language, header: String) throws {
        let text = try Self.explanation(MiniLibrary.complete, language)
        #expect(text.hasPrefix(header), "\(text)")
    }

    /// Answers read from a file are named by the file.
    @Test func answersFromAFileAreNamedByIt() throws {
        let text = try Self.explanation(MiniLibrary.complete, .sv, file: "mina-svar.yaml")
        #expect(text.hasPrefix("Varför avtalet ser ut som det gör (mina-svar.yaml, på svenska)\n"), "\(text)")
    }

    /// A slot no version of which applies (the choosing answer is missing): the slot's line says it is left out,
    /// with no answer to blame, and each version says which answer would choose it; the answer is unanswered.
    @Test func aSlotNoVersionFillsIsLeftOutAndItsVersionsNamed() throws {
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "results_model: open\n", with: "")
        let text = try Self.explanation(yaml, .en, file: "a.yaml")
        #expect(text.contains("\n– Results: left out\n"), "\(text)")
        #expect(
            text.contains(
                "\n  alternative for Who owns the results? (results_model) = Open results: left out because "
                    + "Who owns the results? (results_model) = unanswered\n"), "\(text)")
        #expect(
            text.contains("\n  alternative for Who owns the results? (results_model) = Shared ownership: "), "\(text)")
    }

    /// A slot the outline includes only when a condition holds: when it does not, the slot's line names the answer.
    @Test func aSlotLeftOutByTheOutlineNamesTheAnswer() throws {
        let root = try TestEnvironment.temporaryDirectory("explain-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("agreements/mini.yaml")
        let outline = try String(contentsOf: url, encoding: .utf8)
        try outline.replacingOccurrences(of: "  - slot: results\n", with: "  - slot: results\n    when: not publish\n")
            .write(to: url, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.read(directory: copy.path)
        let text = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(
            text.contains("\n– Results: left out because Will the results be published? (publish) = yes\n"),
            "\(text)")
    }

    /// A fired check whose message has no text in the explanation's language (a Danish explanation of a library in
    /// Swedish and English) is shown in the first language that has one; a clause the outline includes on a count
    /// names the list and its number of entries.
    @Test func aCheckInAnotherLanguageAndACountCondition() throws {
        let root = try TestEnvironment.temporaryDirectory("explain-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let questionnaire = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: questionnaire, encoding: .utf8)
        try
            (text
                + """
                checks:
                  - id: two-suppliers
                    when: count(suppliers) > 1
                    level: warning
                    sv: Två leverantörer kräver en samverkansplan.
                    en: Two suppliers need a plan for working together.

                """).write(to: questionnaire, atomically: true, encoding: .utf8)
        let outline = copy.appendingPathComponent("agreements/mini.yaml")
        try String(contentsOf: outline, encoding: .utf8).replacingOccurrences(
            of: "  - clause: mini-contributions\n",
            with: "  - clause: mini-contributions\n    when: count(suppliers) > 1\n"
        ).write(to: outline, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.read(directory: copy.path)
        let danish = try Self.explanation(MiniLibrary.complete, .da, file: "a.yaml", library: library)
        #expect(danish.contains(":\n- Två leverantörer kräver en samverkansplan.\n"), "\(danish)")
        let english = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(english.contains("\nWarnings that apply:\n- Two suppliers need a plan for working together.\n"))
        #expect(
            english.contains(
                "\nclause 3 Contributions of the parties: included because Suppliers (suppliers) = 2 entries\n"),
            "\(english)")
    }

    /// A clause the outline always names but whose own condition leaves it out: the line names the clause's title as
    /// not in the document, and the answer that leaves it out.
    @Test func aClauseLeftOutByItsOwnConditionNamesTheAnswer() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml", "  - clause: mini-publication\n    when: publish\n",
                "  - clause: mini-publication\n", in: $0)
        }
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no")
        let text = try Self.explanation(yaml, .en, file: "a.yaml", library: library)
        #expect(
            text.contains("\n– Publication: left out because Will the results be published? (publish) = no\n"),
            "\(text)")
    }

    /// A Danish explanation of a library in Swedish and English names the version of an alternative clause by its
    /// option's label in the first language that has one (Swedish), not by the option's raw value.
    @Test func anAlternativeInAnotherLanguageIsNamedByItsOptionLabel() throws {
        let text = try Self.explanation(MiniLibrary.complete, .da, file: "a.yaml")
        #expect(text.contains(" = Delat ägande: "), "\(text)")
        #expect(!text.contains(" = shared"), "\(text)")
    }

    /// A version of an alternative clause chosen by an answer the questionnaire does not have (a library lint would
    /// refuse) is named by its title and id, as a version chosen by anything but one answer equal to one option.
    @Test func anAlternativeChosenByAnUnknownAnswerIsNamedByTitleAndID() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "results/mini-results-shared.clause", "when: results_model == \"shared\"",
                "when: ownership == \"shared\"", in: $0)
        }
        let text = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(text.contains("\n  alternative for Results (mini-results-shared): not reached\n"), "\(text)")
    }

    /// A slot of the outline no clause of the library fills is named by its id, left out.
    @Test func aSlotWithoutVersionsIsNamedByItsID() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml", "  - slot: results\n", "  - slot: results\n  - slot: ghost\n", in: $0)
        }
        let text = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(text.contains("\n– ghost: left out\n"), "\(text)")
    }

    /// Conditions that read part of an answer: an amount's number (`budget.amount`, whole units as conditions
    /// compare it) is shown as the value compared; a list's field across its records (`suppliers.name`) is named
    /// by the list's and the field's labels, with every record's value.
    @Test func conditionsReadingPartOfAnAnswerNameThePart() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml", "  - clause: mini-contributions\n",
                "  - clause: mini-contributions\n    when: budget.amount > 100\n", in: $0)
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml", "  - clause: mini-purpose\n",
                "  - clause: mini-purpose\n    when: '\"Alfa AB\" in suppliers.name'\n", in: $0)
        }
        let text = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(
            text.contains(
                "\nclause 3 Contributions of the parties: included because Budget, amount (budget.amount) = 1250000\n"),
            "\(text)")
        #expect(
            text.contains(
                "\nclause 1 Background and purpose: included because Suppliers, Name (suppliers.name) = Alfa AB and Beta AB\n"
            ), "\(text)")
    }

    /// An annex of an outline's second `annexes:` list is named by its title there.
    @Test func anAnnexOfASecondAnnexListIsNamedByItsTitle() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml",
                "      - id: annex-publication\n        title: { sv: Publiceringsplan, en: Publication plan }\n",
                "  - annexes:\n      - id: annex-publication\n        title: { sv: Publiceringsplan, en: Publication plan }\n",
                in: $0)
        }
        let text = try Self.explanation(MiniLibrary.complete, .en, file: "a.yaml", library: library)
        #expect(
            text.contains(
                "\nAnnex 2 Publication plan: included because Will the results be published? (publish) = yes\n"),
            "\(text)")
    }
}
