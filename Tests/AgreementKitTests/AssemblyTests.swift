import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("Assembly from a clause library")
struct AssemblyTests {
    func assemble(_ yaml: String = MiniLibrary.complete, language: Language = .sv, final: Bool = false) throws
        -> AssemblyResult
    {
        let library = try MiniLibrary.load()
        let answers = try MiniLibrary.answers(yaml, library: library, final: final)
        return try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: final))
    }

    @Test func alternativesChooseOneClausePerSlot() throws {
        let open = try assemble()
        #expect(MiniLibrary.clauseIDs(open.agreement.blocks).contains("mini-results-open"))
        #expect(!MiniLibrary.clauseIDs(open.agreement.blocks).contains("mini-results-shared"))
        let shared = try assemble(
            MiniLibrary.complete.replacingOccurrences(of: "results_model: open", with: "results_model: shared"))
        let ids = MiniLibrary.clauseIDs(shared.agreement.blocks)
        #expect(ids.contains("mini-results-shared"))
        #expect(!ids.contains("mini-results-open"))
        #expect(shared.trace.entries.contains { $0.subject == "clause mini-results-open" && $0.decision == .excluded })
    }

    @Test func repetitionOverSuppliers() throws {
        let text = MiniLibrary.text(try assemble().agreement.blocks)
        #expect(text.contains("Alfa AB (556036-0793) bidrar med 100\u{00A0}000\u{00A0}SEK."))
        #expect(text.contains("Beta AB (556016-0680) bidrar med 250\u{00A0}000\u{00A0}SEK."))
        #expect(text.contains("Projektet har 2 leverantörer."))
        #expect(text.contains("1\u{00A0}250\u{00A0}000,50\u{00A0}SEK"))
        let english = MiniLibrary.text(try assemble(language: .en).agreement.blocks)
        #expect(english.contains("SEK\u{00A0}1,250,000.50"))
    }

    @Test func conditionsLeaveOutClausesAndAnnexes() throws {
        let published = try assemble()
        #expect(MiniLibrary.clauseIDs(published.agreement.blocks).contains("mini-publication"))
        let unpublished = try assemble(
            MiniLibrary.complete.replacingOccurrences(of: "publish: yes", with: "publish: no"))
        #expect(!MiniLibrary.clauseIDs(unpublished.agreement.blocks).contains("mini-publication"))
        let annexes = unpublished.agreement.blocks.compactMap { block -> [String]? in
            if case .annexes(let a) = block { return a.annexes.map(\.id) } else { return nil }
        }.flatMap { $0 }
        #expect(annexes == ["annex-plan"])
        #expect(
            unpublished.trace.entries.contains {
                $0.subject.contains("mini-publication") && $0.decision == .excluded
                    && $0.consulted.contains { $0.path == "publish" }
            })
    }

    @Test func inlineConditionFollowsCount() throws {
        let two = MiniLibrary.text(try assemble().agreement.blocks)
        #expect(two.contains(", i lika delar"))
        let one = MiniLibrary.complete.replacingOccurrences(
            of: "  - name: Beta AB\n    organisation_number: 556016-0680\n    contribution: 250000 SEK\n", with: "")
        #expect(!MiniLibrary.text(try assemble(one).agreement.blocks).contains("i lika delar"))
    }

    @Test func definitionsListExactlyTheUsedTermsInSwedishOrder() throws {
        let result = try assemble()
        guard
            case .clause(let definitions)? = result.agreement.blocks.first(where: {
                if case .clause(let c) = $0 { return c.id == "definitions" } else { return false }
            })
        else {
            Issue.record("no definitions clause")
            return
        }
        let terms = definitions.body.compactMap { block -> String? in
            guard case .clause(let c) = block, case .paragraph(let p)? = c.body.first,
                case .definition(let term, _)? = p.first
            else { return nil }
            return term
        }
        #expect(terms == ["background", "party", "results"])
    }

    @Test func swedishCollationPutsÅÄÖLast() {
        let words = ["Ärende", "Zon", "Åtgärd", "Avtal", "Öppenhet", "Über"]
        let sorted = words.sorted { Collation.precedes($0, $1, in: .sv) }
        #expect(sorted == ["Avtal", "Über", "Zon", "Åtgärd", "Ärende", "Öppenhet"])
        #expect(
            words.sorted { Collation.precedes($0, $1, in: .en) } == [
                "Ärende", "Åtgärd", "Avtal", "Öppenhet", "Über", "Zon",
            ])
    }

    @Test func referencesNameTheirTargets() throws {
        let result = try assemble()
        let model = String(decoding: try ModelJSON.encode(result.agreement), as: UTF8.self)
        #expect(model.contains("\"target\" : \"annex-plan\""))
        #expect(ModelValidator().issues(in: result.agreement).isEmpty)
    }

    @Test func missingAnswersAreBlanksInADraftAndErrorsWhenFinal() throws {
        let partial = MiniLibrary.complete.replacingOccurrences(of: "budget: 1250000.50\n", with: "")
        let draft = try assemble(partial)
        #expect(draft.missing.map(\.path).contains("budget"))
        #expect(MiniLibrary.text(draft.agreement.blocks).contains("[Budget]"))
        #expect {
            _ = try assemble(partial, final: true)
        } throws: { error in
            (error as? DiagnosticError)?.description.contains("budget") == true
        }
    }

    @Test func provenanceRecordsLibraryClausesAndAnswersHash() throws {
        let a = try assemble().agreement.metadata.provenance
        let keys = a.map(\.key)
        #expect(keys.contains("opi.library-version"))
        #expect(a.first { $0.key == "opi.clauses" }?.value.contains("mini-results-open@1.0.0") == true)
        let hash = try #require(a.first { $0.key == "opi.answers-sha256" }?.value)
        #expect(hash.count == 64)
        let other = try assemble(MiniLibrary.complete.replacingOccurrences(of: "Smart avfall", with: "Smart avfall 2"))
            .agreement.metadata.provenance
        #expect(other.first { $0.key == "opi.answers-sha256" }?.value != hash)
    }

    @Test func sha256KnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array(String(repeating: "a", count: 1000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func traceAccountsForEveryOutlineClause() throws {
        let library = try MiniLibrary.load()
        let trace = try assemble().trace
        for clause in library.clauses {
            #expect(trace.entries.contains { $0.subject.contains(clause.id) }, "\(clause.id) is not in the trace")
        }
    }
}
