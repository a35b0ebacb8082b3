import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `opi-agreement check`'s engine: the groups come from the conditions, and faults that only some combinations show
/// are found, each with answers that reproduce it.
@Suite("Combination check")
struct CombinationCheckTests {
    static func faulty() throws -> (ClauseLibrary, URL) {
        let dir = try TestEnvironment.temporaryDirectory("combination-check")
        let library = try LibraryLoader.load(directory: try CheckFixture.make(in: dir).path)
        return (library, dir)
    }

    @Test func groupsAreTheConditionsThatDecideTogether() throws {
        let (library, dir) = try Self.faulty()
        defer { try? FileManager.default.removeItem(at: dir) }
        let graph = CheckGraph(library: library)
        let groups = graph.groups.map { $0.map(\.description) }
        // `{{if count(suppliers) > 1}}` holds a reference to an annex included `when: publish`.
        #expect(groups.contains { Set($0).isSuperset(of: ["count(suppliers)", "publish"]) })
        // The date comparison with the annex's own date condition, and the deadline's `ask_when`.
        #expect(groups.contains(["publication_deadline", "publish", "results_model", "start_date"]))
        // Dates compared with each other take the days around the base; a count the 0, 1 and 2 records.
        let maker = CheckAnswers(library: library)
        let start = maker.domain(.answer("start_date"), reads: graph.reads[.answer("start_date")]!)
        #expect(start.count == 3)
        let suppliers = maker.domain(.count("suppliers"), reads: graph.reads[.count("suppliers")]!)
        #expect(suppliers.map(\.description) == ["base", "2"])  // at least one supplier (min: 1)
        // An answer no condition reads has no variable: it keeps its one base value.
        #expect(graph.reads[.answer("project_title")] == nil)
    }

    @Test func findsEachFaultWithAnswersThatReproduceIt() throws {
        let (library, dir) = try Self.faulty()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try CombinationCheck(library: library, jobs: 2).run()
        #expect(report.failures.count == 2, "\(report.failures.map(\.diagnostics))")
        #expect(report.combinations > 0 && report.agreements == report.answerSets * library.languages.count)

        let reference = try #require(report.failures.first { $0.diagnostics.description.contains("annex-publication") })
        #expect(reference.differences == ["count(suppliers)=2", "publish=false"])
        let date = try #require(report.failures.first { $0.diagnostics.description.contains("annex-late") })
        #expect(
            date.differences == ["start_date=2026-06-16"] || date.differences == ["publication_deadline=2026-06-14"])

        for failure in [reference, date] {
            let answers = try AnswersLoader.load(
                Data(failure.answers.utf8), file: "repro.yaml", questionnaire: library.questionnaire)
            #expect(throws: DiagnosticError.self) {
                try Assembler(library: library).assemble(
                    answers, options: AssemblyOptions(language: failure.language, final: true))
            }
            // One step back towards the base, the fault is gone: the answers are the smallest.
            let base = failure.answers.replacingOccurrences(
                of: "publish: no", with: "publish: yes\npublication_deadline: 2026-06-15"
            )
            .replacingOccurrences(of: "start_date: 2026-06-16", with: "start_date: 2026-06-15")
            .replacingOccurrences(of: "publication_deadline: 2026-06-14", with: "publication_deadline: 2026-06-15")
            let fixed = try AnswersLoader.load(Data(base.utf8), file: "base.yaml", questionnaire: library.questionnaire)
            _ = try Assembler(library: library).assemble(
                fixed, options: AssemblyOptions(language: failure.language, final: true))
        }
    }

    @Test func theUnchangedFixtureHasNoFailure() throws {
        let source = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")
        let library = try LibraryLoader.load(directory: source.path)
        let report = try CombinationCheck(library: library, jobs: 1).run()
        // Its `{{blank "namn och e-post"}}` is to be filled in by hand: a final agreement may hold it.
        #expect(report.failures.isEmpty, "\(report.failures.map(\.diagnostics))")
        #expect(report.agreements == report.answerSets * library.languages.count)
    }

    @Test(.enabled(if: TestEnvironment.runSchemaTests, "schemas missing"))
    func partsAreValidatedOncePerDistinctText() throws {
        let (library, dir) = try Self.faulty()
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try CombinationCheck(
            library: library, jobs: 2, schemas: TestEnvironment.schemasDirectory.path
        ).run()
        let parts = try #require(report.validatedParts)
        // Styles, settings, fonts and the like are the same in every agreement of a language: far fewer parts
        // than agreements times parts.
        #expect(parts > 0 && parts < report.agreements * 10)
        #expect(report.failures.count == 2)
    }
}
