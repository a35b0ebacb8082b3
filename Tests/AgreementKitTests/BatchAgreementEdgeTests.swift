import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// One agreement of a batch: its answers merged with the config's defaults when asked for, equality by what it
/// holds, its label and the places of its problems; and how answers of each kind read in a file name.
@Suite("Batch: one agreement, names")
struct BatchAgreementEdgeTests {
    typealias Location = AgreementKit.SourceLocation
    static let entry = Location(file: "batch.yaml", line: 7, column: 5)

    static func agreement(name: String? = "acme") -> BatchAgreement {
        let defaults = Answers(
            values: ["project_title": .text("Standard"), "budget": .integer(1), "publish": .boolean(true)],
            locations: ["project_title": Location(file: "batch.yaml", line: 2, column: 18)], file: "batch.yaml")
        let own = Answers(values: ["project_title": .text("Egen")], file: "batch.yaml")
        // `budget` is answered by the entry but could not be read: it takes no default.
        return BatchAgreement(
            number: 3, location: entry, own: own, ownKeys: ["project_title", "budget"], defaults: defaults,
            options: AssemblyOptions(language: .sv), name: name)
    }

    /// Own answers replace the defaults key by key; a key the entry answers (even unreadably) takes no default.
    @Test func ownAnswersAreMergedWithTheDefaults() {
        let agreement = Self.agreement()
        #expect(agreement.answers.values == ["project_title": .text("Egen"), "publish": .boolean(true)])
        #expect(agreement.answers.locations["project_title"] == nil)
        // Answers set afterwards replace everything, the defaults too.
        var replaced = agreement
        replaced.answers = Answers(values: ["budget": .integer(2)])
        #expect(replaced.answers.values == ["budget": .integer(2)])
    }

    /// Two entries are equal when what they hold is, the merged answers included however they are kept.
    @Test func entriesAreEqualByWhatTheyHold() {
        let merged = Self.agreement()
        let direct = BatchAgreement(
            number: 3, location: Self.entry, answers: merged.answers, options: AssemblyOptions(language: .sv),
            name: "acme")
        #expect(merged == direct)
        var shared = direct
        shared.sharesFileName = true
        #expect(shared != merged)
        #expect(!shared.isValid && merged.isValid)
        var existing = direct
        existing.existingFiles = ["acme.docx"]
        #expect(existing != merged)
        var renamed = direct
        renamed.name = "other"
        #expect(renamed != merged)
    }

    /// A problem of the assembler without a line stands at the entry when it names no file or the config; one
    /// naming another file keeps the file. Each message starts with the label.
    @Test func problemsStandAtTheEntryAndNameTheAgreement() {
        var agreement = Self.agreement()
        agreement.add(Diagnostic(.error, worded: "no line"))
        agreement.add(Diagnostic(.warning, worded: "in the config", file: "batch.yaml"))
        agreement.add(Diagnostic(.error, worded: "in the library", file: "clauses"))
        let placed = Location(file: "clauses/a.clause", line: 4, column: 2)
        agreement.add(Diagnostic(.error, worded: "placed", at: placed))
        agreement.addError(Message(.batchLabel, ["number": "9"]))
        #expect(agreement.diagnostics.map(\.location) == [Self.entry, Self.entry, nil, placed, Self.entry])
        #expect(agreement.diagnostics[2].file == "clauses")
        #expect(agreement.diagnostics.map(\.message).first == "agreement 3 (acme): no line")
        #expect(Self.agreement(name: nil).label == "agreement 3")
        #expect(!agreement.isValid)
    }

    /// Answers of each kind in a file name: several choices joined by hyphens, yes or no, an amount as written,
    /// a translated text in its main language.
    @Test func answersOfEachKindInAFileName() throws {
        let library = try CheckAnswersEdgeTests.library()
        let parsed = BatchNamePattern.parse(
            "{channels}_{audited}_{grant}_{project_title}_{meetings}", questionnaire: library.questionnaire)
        guard case .success(let pattern) = parsed else {
            Issue.record("\(parsed)")
            return
        }
        let amount = Amount(minorUnits: 123_450, currency: "SEK")
        let answers = Answers(values: [
            "channels": .choices(["web", "print"]), "audited": .boolean(false), "grant": .amount(amount),
            "project_title": .texts(LanguageTexts([LanguageTexts.Entry(.sv, "Smart avfall")])),
            "meetings": .integer(4),
        ])
        let name = pattern.resolve(answers, questionnaire: library.questionnaire, number: 1)
        #expect(name == .success("web-print_no_\(AnswerValueReader.describe(amount))_Smart avfall_4"))
        let empty = pattern.resolve(Answers(), questionnaire: library.questionnaire, number: 1)
        guard case .failure(let failure) = empty else {
            Issue.record("\(empty)")
            return
        }
        #expect(failure.items == ["channels", "grant", "project_title"])
    }
}
