import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Texts and parts a library lacks (a library `clauses lint` refuses, read without linting):
/// what the agreement shows in their place.
@Suite("Assembly: texts missing in the language")
struct AssemblyLanguageGapsTests {
    typealias Edge = AssemblyRunEdgeTests

    /// Without an English title, the outline's, the definitions' and an annex's title show their ids, in the
    /// document and in its properties.
    @Test func titlesMissingInTheLanguageShowTheirIds() throws {
        let (library, _) = try Edge.library {
            try Edge.replace("agreements/mini.yaml", "  en: Mini innovation partnership agreement\n", "", in: $0)
            try Edge.replace(
                "agreements/mini.yaml", "title: { sv: Definitioner, en: Definitions }", "title: { sv: Definitioner }",
                in: $0)
            try Edge.replace(
                "agreements/mini.yaml", "title: { sv: Projektplan, en: Project plan }", "title: { sv: Projektplan }",
                in: $0)
            try Edge.replace("publication/mini-publication.clause", "  en: Publication\n", "", in: $0)
        }
        let result = try Edge.assemble(library)
        #expect(result.agreement.metadata.title == "mini")
        guard case .title(let title)? = result.agreement.blocks.first else {
            Issue.record("no title first: \(result.agreement.blocks.first.map { "\($0)" } ?? "nothing")")
            return
        }
        #expect(title.title == [.text("mini")])
        var definitions: Clause?
        var publication: Clause?
        var annexes: [Annex] = []
        result.agreement.blocks.forEachBlock { block, _ in
            if case .clause(let clause) = block, clause.id == "definitions" { definitions = clause }
            if case .clause(let clause) = block, clause.id == "mini-publication" { publication = clause }
            if case .annexes(let list) = block { annexes += list.annexes }
        }
        #expect(definitions?.heading == [.text("definitions")])
        #expect(publication?.heading == [.text("mini-publication")])
        #expect(annexes.first { $0.id == "annex-plan" }?.title == [.text("annex-plan")], "\(annexes)")
        // The Swedish agreement has its titles.
        #expect(
            try Edge.assemble(library, language: .sv).agreement.metadata.title == "Miniavtal om innovationssamverkan")
    }

    /// An outline naming a party list the questionnaire lacks: the list is a missing answer named by its id.
    @Test func aPartyListTheQuestionnaireLacksIsMissingUnderItsId() throws {
        let (library, _) = try Edge.library {
            try Edge.replace(
                "agreements/mini.yaml", "  - list: suppliers\n    role: supplier\n",
                "  - list: suppliers\n    role: supplier\n  - list: partners\n    role: supplier\n", in: $0)
        }
        let result = try Edge.assemble(library)
        let partners = try #require(result.missing.first { $0.path.description == "partners" }, "\(result.missing)")
        #expect(partners.label == "partners")
        #expect(throws: DiagnosticError.self) { try Edge.assemble(library, final: true) }
    }

    /// In `explain`, a clause or slot not in the document, and an annex, whose title the library lacks in the
    /// language are named by their ids.
    @Test func explainNamesAnUnplacedClauseOrSlotWithoutATitleByItsId() throws {
        let (library, _) = try Edge.library {
            try Edge.replace("publication/mini-publication.clause", "  en: Publication\n", "", in: $0)
            try Edge.replace("results/mini-results-open.clause", "  en: Results\n", "", in: $0)
            try Edge.replace(
                "agreements/mini.yaml", "title: { sv: Projektplan, en: Project plan }", "title: { sv: Projektplan }",
                in: $0)
        }
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "results_model: open\n", with: "")
            .replacingOccurrences(of: "publish: yes", with: "publish: no")
        let text = try ExplanationEdgeTests.explanation(yaml, .en, library: library)
        #expect(text.contains("\n– mini-publication: left out because "), "\(text)")
        #expect(text.contains("\n– results: left out\n"), "\(text)")
        #expect(text.contains("\nAnnex 1 annex-plan: "), "\(text)")
    }
}
