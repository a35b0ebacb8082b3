import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Questions of type `party`: one of the parties already entered, offered by name.
@Suite("Party questions")
struct PartyQuestionTests {
    /// The fixture questionnaire with a `coordinator` party question (any public party or supplier) after the title.
    static func questionnaire() throws -> Questionnaire {
        var questionnaire = try MiniLibrary.load().questionnaire
        var question = Question(
            id: "coordinator", type: .party, label: Localized([.sv: "Samordnare", .en: "Coordinator"]),
            location: SourceLocation(file: "q.yaml", line: 1, column: 1))
        question.parties = ["public_parties", "suppliers"]
        let section = try #require(questionnaire.sections.firstIndex { $0.id == "project" })
        questionnaire.sections[section].questions.insert(question, at: 1)
        return questionnaire
    }

    /// The complete script with `lines` answering the coordinator after the project title.
    static func script(_ lines: [String]) -> [String] {
        var script = InterviewTests.completeScript
        let index = script.firstIndex(of: "Smart avfall")! + 1
        script.insert(contentsOf: lines, at: index)
        return script
    }

    func coordinator(_ lines: [String]) throws -> (AnswerValue?, String) {
        let run = try InterviewHarness(questionnaire: try Self.questionnaire()).run(Self.script(lines))
        guard case .completed(let answers) = run.outcome else {
            Issue.record("not completed:\n\(run.output)")
            return (nil, run.output)
        }
        return (answers["coordinator"], run.output)
    }

    @Test("the interview offers the parties by number and takes a number, a name or the start of one")
    func offeredByName() throws {
        let (byNumber, output) = try coordinator(["2"])
        #expect(byNumber == .text("Alfa AB"))
        #expect(output.contains("Samordnare\n  1) Exempelstads kommun\n  2) Alfa AB\n  3) Beta AB\n"))
        #expect(output.contains("Svara med ett nummer 1–3 eller partens namn"))
        #expect(try coordinator(["beta ab"]).0 == .text("Beta AB"))
        #expect(try coordinator(["Exempel"]).0 == .text("Exempelstads kommun"))
        let (retried, retriedOutput) = try coordinator(["Gamma AB", "3"])
        #expect(retried == .text("Beta AB"))
        #expect(
            retriedOutput.contains(
                "”Gamma AB” är ingen av parterna. Skriv numret eller namnet på en av dem: Exempelstads kommun, Alfa AB, Beta AB."
            ))
    }

    @Test("build: an answer that names no party is a located error with a suggestion")
    func validatedInBuild() throws {
        let questionnaire = try Self.questionnaire()
        func diagnostics(_ coordinator: String) throws -> [Diagnostic] {
            let yaml = MiniLibrary.complete + "\ncoordinator: \(coordinator)\n"
            let answers = try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
            return questionnaire.partyDiagnostics(answers)
        }
        #expect(try diagnostics("Alfa AB").isEmpty)
        let wrong = try #require(try diagnostics("Alfa A").first)
        #expect(wrong.severity == .error)
        #expect(wrong.location?.line == 17)
        #expect(wrong.message.contains("'Alfa A' is not one of the parties: Exempelstads kommun, Alfa AB, Beta AB"))
        #expect(wrong.message.contains("did you mean 'Alfa AB'?"))
    }

    @Test("a party question needs its lists, and they must be lists of named records")
    func readerChecksParties() throws {
        let root = try TestEnvironment.temporaryDirectory("party").appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: root)
        let url = root.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let extra = """
                  - id: coordinator
                    type: party
                    parties: [suppliers, supliers, project_title]
                    label: { sv: Samordnare, en: Coordinator }
                  - id: lead
                    type: party
                    label: { sv: Ledare, en: Lead }

            """
        let changed = text.replacingOccurrences(
            of: "      - id: project_title\n", with: extra + "      - id: project_title\n")
        #expect(changed != text)
        try changed.write(to: url, atomically: true, encoding: .utf8)
        let messages = LibraryLoader.check(directory: root.path).diagnostics.filter { $0.severity == .error }.map(
            \.message)
        #expect(
            messages.contains {
                $0.contains("'supliers' is not a list question whose records have a 'name'; did you mean 'suppliers'?")
            })
        #expect(messages.contains { $0.contains("'project_title' is not a list question") })
        #expect(messages.contains { $0.contains("'lead' is a party question and needs 'parties'") })
    }

    @Test("the bundled questionnaire asks for parties, not free text, where it names one")
    func bundledUsesParties() throws {
        let library = try LibraryLoader.load(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
        let questionnaire = library.questionnaire
        #expect(questionnaire.question("lead_public_party")?.type == .party)
        #expect(questionnaire.question("lead_public_party")?.parties == ["public_parties"])
        #expect(questionnaire.question("grant_coordinator")?.type == .party)
        #expect(questionnaire.question("key_staff")?.field("party")?.type == .party)
    }
}
