import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The changed answers a redline's summary lists (`AnswerChange`): an answer given, changed or removed, and a list
/// record added or removed as a whole, named by its name or, without one, by its number; and the summary's lines.
@Suite("Answer changes")
struct AnswerChangesTests {
    static func changes(from old: String, to new: String, _ language: Language = .sv) throws -> [AnswerChange] {
        let library = try Examples.library.get()
        func load(_ yaml: String) throws -> Answers {
            try AnswersLoader.load(Data(yaml.utf8), file: "a.yaml", questionnaire: library.questionnaire)
        }
        return AnswerChange.changes(
            from: try load(old), to: try load(new), questionnaire: library.questionnaire, language: language)
    }

    @Test func anAnswerRemovedKeepsItsOldValueAndHasNoNewOne() throws {
        let changes = try Self.changes(from: "project_title: Sensorer\n", to: "{}\n")
        #expect(changes == [AnswerChange(name: "Projektets namn (project_title)", old: "Sensorer", new: nil)])
    }

    @Test func aRecordWithoutANameAddedOrRemovedIsNamedByItsNumber() throws {
        let one = "suppliers:\n  - name: Sensorik Syd AB\n"
        let two = one + "  - country: dk\n"
        let added = try Self.changes(from: one, to: two)
        #expect(
            added == [AnswerChange(name: "Leverantör 2 (suppliers[1])", old: nil, new: "Leverantör 2 (suppliers[1])")])
        let removed = try Self.changes(from: two, to: one, .en)
        #expect(
            removed == [AnswerChange(name: "Supplier 2 (suppliers[1])", old: "Supplier 2 (suppliers[1])", new: nil)])
    }

    @Test func aRecordWithANameAddedOrRemovedShowsTheName() throws {
        let one = "suppliers:\n  - name: Sensorik Syd AB\n"
        let two = one + "  - name: Vital Sensor AB\n"
        let removed = try Self.changes(from: two, to: one)
        #expect(
            removed == [
                AnswerChange(name: "Leverantör 2 (Vital Sensor AB) (suppliers[1])", old: "Vital Sensor AB", new: nil)
            ])
    }

    @Test func aChangedFieldOfARecordIsNamedByTheRecordAndTheField() throws {
        let changes = try Self.changes(
            from: "suppliers:\n  - name: Sensorik Syd AB\n    country: se\n",
            to: "suppliers:\n  - name: Sensorik Syd AB\n    country: dk\n")
        #expect(changes.count == 1)
        #expect(changes.first?.name.hasSuffix("(suppliers[0].country)") == true, "\(changes)")
        #expect(changes.first?.old != nil && changes.first?.new != nil && changes.first?.old != changes.first?.new)
    }

    /// The summary `compare` prints: that nothing changed, or the changed clauses (an annex's named by its heading,
    /// the changes outside clauses counted) and the changed answers, "no answer" for a side without one.
    @Test func theSummaryListsTheChangesOrSaysThereAreNone() {
        let new = AgreementFiles(files: [], missing: [])
        let nothing = AgreementComparison(files: [], clauses: [], answers: [], new: new)
        #expect(
            nothing.summary(oldName: "a.yaml", newName: "b.yaml") == [
                "No changes: the two versions have the same text."
            ])
        let some = AgreementComparison(
            files: [],
            clauses: [
                RedlineChange(number: "5.2", title: "Ersättning", kind: .changed),
                RedlineChange(number: "", title: "", kind: .changed, outsideClauses: 3),
                RedlineChange(number: "2", title: "Roller", kind: .added, annex: "Bilaga 3"),
                RedlineChange(number: "7", title: "", kind: .removed),
            ],
            answers: [
                AnswerChange(name: "Projektets namn (project_title)", old: "A", new: nil),
                AnswerChange(name: "Budget (budget)", old: nil, new: "B"),
            ], new: new)
        #expect(
            some.summary(oldName: "a.yaml", newName: "b.yaml") == [
                "Changes from a.yaml to b.yaml:", "Clauses changed:", "  5.2 Ersättning",
                "  3 paragraphs or table rows outside the clauses (parties, annexes, signatures)",
                "  Bilaga 3: 2 Roller (added)", "  7 (removed)", "Answers changed:",
                "  Projektets namn (project_title): A → no answer", "  Budget (budget): no answer → B",
            ])
    }
}
