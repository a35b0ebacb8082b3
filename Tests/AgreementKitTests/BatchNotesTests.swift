import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A warning many agreements of a batch share is said once, naming them; a note of one agreement keeps its label;
/// the order does not depend on the order in which agreements finish.
@Suite("Batch notes")
struct BatchNotesTests {
    static let shared = Diagnostic(
        .warning, untranslated: "shared check", at: SourceLocation(file: "batch.yaml", line: 12, column: 18))
    static let other = Diagnostic(
        .warning, untranslated: "other check", at: SourceLocation(file: "batch.yaml", line: 14, column: 3))

    static func own(_ number: Int) -> Diagnostic {
        Diagnostic(
            .note, untranslated: "own \(number)", at: SourceLocation(file: "batch.yaml", line: 40 + number, column: 5))
    }

    static func label(_ number: Int) -> Message {
        Message(.batchLabelNamed, ["number": "\(number)", "name": .text("a\(number)")])
    }

    @Test func sharedNotesAreSaidOnceNamingTheirAgreements() {
        var notes = BatchNotes()
        for number in [1, 2, 3, 5] { notes.add([Self.shared, Self.own(number)], of: number) }
        notes.add([Self.other], of: 4)
        #expect(
            notes.diagnostics(label: Self.label).map(\.description) == [
                "batch.yaml:12:18: warning: agreements 1–3, 5: shared check",
                "batch.yaml:41:5: note: agreement 1 (a1): own 1",
                "batch.yaml:42:5: note: agreement 2 (a2): own 2",
                "batch.yaml:43:5: note: agreement 3 (a3): own 3",
                "batch.yaml:14:3: warning: agreement 4 (a4): other check",
                "batch.yaml:45:5: note: agreement 5 (a5): own 5",
            ])
    }

    @Test func theOrderDoesNotDependOnWhichAgreementFinishedFirst() {
        let each: [(Int, [Diagnostic])] = (1...6).map { number in
            (number, number.isMultiple(of: 2) ? [Self.own(number), Self.shared] : [Self.shared, Self.other])
        }
        var inOrder = BatchNotes()
        for (number, list) in each { inOrder.add(list, of: number) }
        var reversed = BatchNotes()
        for (number, list) in each.reversed() { reversed.add(list, of: number) }
        var shuffled = BatchNotes()
        for index in [3, 0, 5, 1, 4, 2] { shuffled.add(each[index].1, of: each[index].0) }
        let expected = inOrder.diagnostics(label: Self.label).map(\.description)
        #expect(reversed.diagnostics(label: Self.label).map(\.description) == expected)
        #expect(shuffled.diagnostics(label: Self.label).map(\.description) == expected)
        #expect(
            expected == [
                "batch.yaml:12:18: warning: agreements 1–6: shared check",
                "batch.yaml:14:3: warning: agreements 1, 3, 5: other check",
                "batch.yaml:42:5: note: agreement 2 (a2): own 2",
                "batch.yaml:44:5: note: agreement 4 (a4): own 4",
                "batch.yaml:46:5: note: agreement 6 (a6): own 6",
            ])
    }

    @Test func theSameNoteTwiceInOneAgreementIsShownOnce() {
        var notes = BatchNotes()
        notes.add([Self.shared, Self.shared], of: 7)
        #expect(
            notes.diagnostics(label: Self.label).map(\.description) == [
                "batch.yaml:12:18: warning: agreement 7 (a7): shared check"
            ])
    }

    /// The bundled library warns about co-financing with results that are not open: with those answers in the
    /// defaults, every agreement has the two warnings at the same lines, and the batch says each once.
    @Test func aBatchSaysADefaultsWarningOnceForAllItsAgreements() async throws {
        let library = try Examples.library.get()
        let example = try String(
            contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml"),
            encoding: .utf8)
        var config = "output: { name: \"care-{#}\" }\ndefaults:\n"
        for line in example.split(separator: "\n", omittingEmptySubsequences: false)
        where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            config += line.isEmpty ? "\n" : "  \(line)\n"
        }
        config += "agreements:\n"
        for number in 1...3 { config += "  - answers:\n      project_title: Vårdprojekt \(number)\n" }
        let plan = try BatchConfigLoader.load(Data(config.utf8), file: "care.yaml", library: library, final: true)
        let dir = try TestEnvironment.temporaryDirectory("batch-notes")
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = try await BatchRunner(library: library, options: BatchOptions(formats: [.fodt], jobs: 2))
            .run(plan, into: dir.path)
        #expect(report.agreementsWritten == 3)
        let notes = report.notes.map(\.description)
        #expect(notes.count == 2, "\(notes)")
        #expect(notes.allSatisfy { $0.contains("warning: agreements 1–3: ") }, "\(notes)")
        #expect(notes.contains { $0.contains("[cofinancing-not-open]") })
    }
}
