import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `opi-agreement check` on the mini library: combinations a final check refuses are counted and left out; base
/// answers a final agreement refuses are a failure of the library (every combination starts from them).
@Suite("Combination check: excluded and refused answers")
struct CombinationCheckEdgeTests {
    @Test func combinationsAFinalCheckRefusesAreCountedAndLeftOut() throws {
        let root = try TestEnvironment.temporaryDirectory("combination-edge")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try
            (text
                + """
                checks:
                  - id: unpublished
                    when: not publish
                    level: final
                    sv: Resultaten offentliggörs inte.
                    en: The results are not published.

                """).write(to: url, atomically: true, encoding: .utf8)
        let library = try LibraryLoader.load(directory: copy.path)
        let report = try CombinationCheck(library: library, jobs: 1).run()
        #expect(report.failures.isEmpty, "\(report.failures.map(\.diagnostics))")
        #expect(report.excluded > 0)
        #expect(report.excluded % library.languages.count == 0, "refused in every language alike")
        #expect(report.agreements == report.answerSets * library.languages.count)
    }

    /// A condition reading an answer that takes only its base value (whether a required date without a default is
    /// answered): nothing to enumerate, so the answer is neither a group nor checked independently.
    @Test func anAnswerWithOnlyItsBaseValueIsNotEnumerated() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "agreements/mini.yaml", "  - clause: mini-contributions\n",
                "  - clause: mini-contributions\n    when: answered(start_date)\n", in: $0)
        }
        #expect(CheckGraph(library: library).reads[.answer("start_date")]?.answered == true)
        let report = try CombinationCheck(library: library, outline: "mini", jobs: 1).run()
        #expect(report.failures.isEmpty, "\(report.failures.map(\.diagnostics))")
        #expect(!report.groups.contains { $0.variables.contains { $0.contains("start_date") } }, "\(report.groups)")
        #expect(!report.independent.contains { $0.variable.contains("start_date") }, "\(report.independent)")
    }

    /// A condition reading only a count the questionnaire fixes (one public party, `min` and `max` 1): its group
    /// has a single combination, the base, so it is neither enumerated nor checked independently, and adds no
    /// combination.
    @Test func aGroupWithASingleCombinationIsNotEnumerated() throws {
        let (plain, _) = try AssemblyRunEdgeTests.library()
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "questionnaire.yaml", "        label: { sv: Offentliga parter, en: Public parties }\n        min: 1\n",
                "        label: { sv: Offentliga parter, en: Public parties }\n        min: 1\n        max: 1\n", in: $0
            )
            for (text, added) in [
                ("Projektets budget är", "Flera offentliga parter. "),
                ("The project budget is", "Several public parties. "),
            ] {
                try AssemblyRunEdgeTests.replace(
                    "contributions/mini-contributions.clause", text,
                    "{{if count(public_parties) > 1}}\(added){{end}}\(text)", in: $0)
            }
        }
        #expect(CheckGraph(library: library).groups.contains([.count("public_parties")]))
        let report = try CombinationCheck(library: library, outline: "mini", jobs: 1).run()
        #expect(report.failures.isEmpty, "\(report.failures.map(\.diagnostics))")
        #expect(!report.groups.contains { $0.variables.contains("count(public_parties)") }, "\(report.groups)")
        #expect(!report.independent.contains { $0.variable == "count(public_parties)" }, "\(report.independent)")
        let before = try CombinationCheck(library: plain, outline: "mini", jobs: 1).run()
        #expect(report.combinations == before.combinations && report.answerSets == before.answerSets)
    }

    /// A term used only in another term's definition (`annex` in the definition of `background`, which sorts after
    /// it): its own definition is read under the conditions of the uses of `background`, so the answer a condition
    /// in it reads (`budget`) is enumerated together with the answer that decides those uses (`results_model`).
    @Test func aTermUsedOnlyInAnotherDefinitionJoinsThatTermsConditions() throws {
        let (library, _) = try AssemblyRunEdgeTests.library {
            try AssemblyRunEdgeTests.replace(
                "terms.yaml", "      före projektets start\n", "      före projektets start, se [[annex]]\n", in: $0)
            try AssemblyRunEdgeTests.replace(
                "terms.yaml", "      before the project starts\n", "      before the project starts, see [[annex]]\n",
                in: $0)
            let terms = $0.appendingPathComponent("terms.yaml")
            try
                (try String(contentsOf: terms, encoding: .utf8)
                    + """
                    annex:
                      sv: { term: Bilaga, definition: "en bilaga{{if budget > 100}} med budget{{end}}" }
                      en: { term: Annex, definition: "an annex{{if budget > 100}} with a budget{{end}}" }

                    """).write(to: terms, atomically: true, encoding: .utf8)
        }
        let graph = CheckGraph(library: library)
        #expect(graph.reads[.answer("budget")] != nil)
        #expect(
            graph.groups.contains { Set($0).isSuperset(of: [.answer("budget"), .answer("results_model")]) },
            "\(graph.groups)")
        // Without the use in the definition, nothing reads the budget.
        let (plain, _) = try AssemblyRunEdgeTests.library()
        #expect(CheckGraph(library: plain).reads[.answer("budget")] == nil)
    }

    @Test func baseAnswersAFinalAgreementRefusesAreAFailure() throws {
        // A required code whose pattern the check's sample text does not match: the base answers lack it.
        let library = try CheckAnswersEdgeTests.library()
        let report = try CombinationCheck(library: library, outline: "mini", jobs: 1).run()
        let failure = try #require(report.failures.first, "\(report)")
        #expect(failure.diagnostics.contains { $0.message.contains("(code)") }, "\(failure.diagnostics)")
        #expect(failure.differences.isEmpty)
        #expect(failure.outline == "mini")
        // The other combinations, refused alike, are counted as refused, not as more failures.
        #expect(report.failures.count == 1)
        #expect(report.refused == (report.answerSets - 1) * library.languages.count)
    }

    /// Every agreement type's conditions count: a condition only a second outline sets on a clause makes its
    /// answer a variable of the check, and joins the clause's own conditions.
    @Test func theConditionsOfEveryAgreementTypeAreRead() throws {
        let (one, _) = try AssemblyRunEdgeTests.library()
        #expect(CheckGraph(library: one).reads[.answer("project_title")] == nil)
        let (two, _) = try AssemblyRunEdgeTests.library {
            let second = """
                id: other
                version: 1.0.0
                title: { sv: Annat avtal, en: Other agreement }
                parties:
                  - list: public_parties
                    role: publicParty
                outline:
                  - title
                  - clause: mini-publication
                    when: project_title == "Pilot"

                """
            try second.write(
                to: $0.appendingPathComponent("agreements/other.yaml"), atomically: true, encoding: .utf8)
        }
        #expect(two.outlines.count == 2)
        let graph = CheckGraph(library: two)
        #expect(graph.reads[.answer("project_title")] != nil)
        #expect(graph.groups.contains { $0.contains(.answer("project_title")) && $0.contains(.answer("publish")) })
    }

    /// A failure of the base answers themselves (no answer differs from the base) shows "-" for the differing answers,
    /// then the answers file that reproduces it between "---" lines; no schemas given is noted.
    @Test func aFailureOfTheBaseAnswersShowsNoDifferences() {
        var report = CombinationCheck.Report()
        report.failures = [
            CombinationCheck.Failure(
                diagnostics: [Diagnostic(.error, worded: "the term 'ghost' is used but not defined")], language: .en,
                outline: "mini", occurrences: 3, answers: "publish: yes\nproject_title: X\n", differences: [])
        ]
        let lines = report.lines(languages: [.en], seconds: 1)
        let failure = Words.messages.text(
            Message(
                .checkFailure,
                ["count": .text("3"), "language": .text("en"), "outline": .text("mini"), "values": .text("-")]))
        let start = lines.firstIndex(of: failure)
        #expect(start != nil, "\(lines)")
        if let start {
            #expect(
                lines[(start - 1)...].prefix(6).elementsEqual(
                    [
                        "error: the term 'ghost' is used but not defined", failure, "---", "publish: yes",
                        "project_title: X", "---",
                    ]),
                "\(lines)")
        }
        #expect(lines.first == "note: " + Words.messages.text(Message(.checkSchemasSkipped)), "\(lines)")
    }
}
