import Foundation
import Testing

@testable import AgreementKit

/// The questionnaire's checks and party questions reporting on answers: where each diagnostic points, also for
/// answers made in code without a file.
@Suite("Questionnaire checks and parties at the edges")
struct QuestionnaireEdgeTests {
    static let questionnaire = try! QuestionnaireLoader.load(
        Data(
            """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: first, type: text, required: false, label: { sv: Första, en: First } }
                  - { id: second, type: text, required: false, label: { sv: Andra, en: Second } }
                  - id: public_parties
                    type: list
                    label: { sv: Parter, en: Parties }
                    required: false
                    fields:
                      - { id: name, type: text, required: false, label: { sv: Namn, en: Name } }
                      - { id: short_name, type: text, required: false, label: { sv: Kortnamn, en: Short name } }
                  - { id: owner, type: party, parties: [public_parties], required: false, label: { sv: Ägare, en: Owner } }
                  - id: tasks
                    type: list
                    label: { sv: Uppgifter, en: Tasks }
                    required: false
                    fields:
                      - { id: title, type: text, label: { sv: Titel, en: Title } }
                      - { id: lead, type: party, parties: [public_parties], required: false, label: { sv: Ansvarig, en: Lead } }
            checks:
              - id: same
                when: first in [second, "x"]
                level: final
                sv: Samma text två gånger.
                en: The same text twice.
              - id: late
                when: second == "y"
                level: warning
                concerns: [second, first]
                sv: Y är sent.
                en: Y is late.
            """.utf8), file: "q.yaml", languages: [.sv, .en])

    static func load(_ yaml: String) throws -> Answers {
        try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: questionnaire)
    }

    @Test func aCheckConcernsThePathsInAListItComparesWith() throws {
        let same = try #require(Self.questionnaire.checks.first { $0.id == "same" })
        #expect(same.concerns == [AnswerPath("first"), AnswerPath("second")])
        #expect(Self.questionnaire.triggerIndex(of: same) == 1)
    }

    @Test func aFiredCheckPointsAtTheLaterAnswerItConcernsOrAtTheFile() throws {
        let answers = try Self.load("first: y\nsecond: y\n")
        let found = Self.questionnaire.checkDiagnostics(answers, language: .en, final: true).map(\.description)
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("a.yaml:2:9: error: ") == true, "\(found)")
        #expect(found.last?.hasPrefix("a.yaml:2:9: warning: ") == true, "the later of the concerns, given first")
        // Answers made in code have no place: the diagnostic names the file, or "answers".
        let made = Answers(values: ["first": .text("x"), "second": .text("y")])
        let unplaced = Self.questionnaire.checkDiagnostics(made, language: .en, final: false).map(\.description)
        #expect(unplaced.count == 2 && unplaced.allSatisfy { $0.hasPrefix("answers: warning: ") }, "\(unplaced)")
        let named = Answers(values: ["second": .text("y")], file: "mine.yaml")
        #expect(
            Self.questionnaire.checkDiagnostics(named, language: .en, final: false).map(\.description).first?
                .hasPrefix("mine.yaml: warning: ") == true)
    }

    @Test func partiesAreTheNamedRecordsEachOnce() throws {
        let answers = try Self.load(
            """
            public_parties:
              - { name: Kommunen, short_name: KOM }
              - { short_name: X }
              - { name: "" }
              - { name: Kommunen }
              - { name: Regionen }
            """)
        let owner = try #require(Self.questionnaire.question("owner"))
        #expect(
            Self.questionnaire.parties(for: owner, in: answers) == [
                .init(name: "Kommunen", shortName: "KOM"), .init(name: "Regionen", shortName: nil),
            ])
    }

    @Test func aPartyAnswerNamingNoPartyIsAnErrorAtTheAnswer() throws {
        let none = try Self.load("owner: Kommunen\n")
        #expect(
            Self.questionnaire.partyDiagnostics(none).map(\.description) == [
                "a.yaml:1:8: error: 'owner': 'Kommunen' is not one of the parties; no parties are given (public_parties)"
            ])
        let answers = try Self.load(
            """
            public_parties:
              - { name: Kommunen, short_name: KOM }
            owner: KOM
            tasks:
              - { title: A, lead: Kommunen }
              - { title: B, lead: Komunen }
            """)
        let found = Self.questionnaire.partyDiagnostics(answers).map(\.description)
        #expect(found.count == 1, "\(found)")
        #expect(
            found.first?.hasPrefix("a.yaml:6:23: error: 'tasks[1].lead': 'Komunen' is not one of the parties: Kommunen")
                == true, "\(found)")
        #expect(found.first?.hasSuffix("did you mean 'Kommunen'?") == true)
        let made = Answers(values: ["owner": .text("Ingen")])
        #expect(Self.questionnaire.partyDiagnostics(made).first?.description.hasPrefix("answers: error: ") == true)
    }

    @Test func theInterviewTakesAPartyByItsShortNameInAnyCase() throws {
        let answers = try Self.load(
            "public_parties:\n  - { name: Kommunen, short_name: KOM }\n  - { name: Regionen }\n")
        let owner = try #require(Self.questionnaire.question("owner"))
        let parties = Self.questionnaire.parties(for: owner, in: answers)
        let input = InterviewInput(language: .sv)
        #expect(try input.parse("kom", for: owner, parties: parties).get() == .text("Kommunen"))
        #expect(try input.parse("2", for: owner, parties: parties).get() == .text("Regionen"))
    }

    @Test func amountsOrderByTheirValue() {
        let amounts = [250, 100, 175].map { Amount(minorUnits: $0, currency: "SEK") }
        #expect(amounts.sorted().map(\.minorUnits) == [100, 175, 250])
    }
}
