import Foundation
import TestSupport
import Testing

@testable import AgreementKit

@Suite("Document model and its JSON form")
struct ModelTests {
    @Test func sampleDecodesAndRoundTrips() throws {
        let agreement = try Samples.agreement()
        #expect(agreement.metadata.parties.count == 4)
        let json = try ModelJSON.encode(agreement)
        let again = try ModelJSON.decode(json, file: "roundtrip.json")
        #expect(again == agreement)
        #expect(try ModelJSON.encode(again) == json)
    }

    @Test func plainTextInlinesAreStrings() throws {
        let data = try ModelJSON.encode(Samples.small())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"Avtal\""))
        #expect(text.contains("\"type\" : \"reference\""))
    }

    private func diagnostics(_ json: String) -> [Diagnostic] {
        do {
            _ = try ModelJSON.decode(Data(json.utf8), file: "m.json")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func syntaxErrorIsLocated() {
        let d = diagnostics("{\n  \"metadata\": {\"title\": \"x\", \"language\": \"sv\"},\n  \"blocks\": [,]\n}")
        #expect(d.count == 1)
        #expect(d.first?.location?.line == 3)
        #expect(d.first?.description.hasPrefix("m.json:3:") == true)
    }

    @Test func unknownBlockTypeIsLocated() {
        let json = """
            {"metadata": {"title": "x", "language": "sv"},
             "blocks": [
               {"type": "paragraph", "content": ["a"]},
               {"type": "paragrph", "content": ["b"]}
             ]}
            """
        let d = diagnostics(json)
        #expect(d.count == 1)
        #expect(d.first?.location == SourceLocation(file: "m.json", line: 4, column: 13), "\(d)")
        #expect(d.first?.message.contains("unknown block type 'paragrph'") == true)
    }

    @Test func wrongLanguageIsReported() {
        let d = diagnostics("{\"metadata\": {\"title\": \"x\", \"language\": \"fi\"}, \"blocks\": []}")
        #expect(d.count == 1)
        #expect(d.first?.location?.line == 1)
    }

    @Test func everyValidationProblemIsListedWithItsLine() {
        let json = """
            {"metadata": {"title": "x", "language": "sv",
              "parties": [{"id": "a", "name": "A", "role": "supplier"}]},
             "blocks": [
               {"type": "clause", "id": "c", "body": [
                 {"type": "paragraph", "content": [{"type": "reference", "target": "nowhere"}]}]},
               {"type": "clause", "id": "c", "body": []},
               {"type": "paragraph", "content": ["bell \\u0007"]},
               {"type": "signatures", "signatures": [{"party": "b"}]},
               {"type": "table", "rows": [[["1"], ["2"]], [["3"]]]}
             ]}
            """
        let d = diagnostics(json)
        let lines = d.compactMap { $0.location?.line }
        #expect(d.count == 5, "\(d)")
        #expect(lines.sorted() == [5, 6, 7, 8, 9])
        #expect(d.contains { $0.message.contains("'nowhere'") && $0.location?.line == 5 })
        #expect(d.contains { $0.message.contains("already used") && $0.location?.line == 6 })
        #expect(d.contains { $0.message.contains("U+0007") && $0.location?.line == 7 })
        #expect(d.contains { $0.message.contains("'b' is not the id of a party") })
        #expect(d.contains { $0.message.contains("1 cells") })
    }

    @Test func clausesDeeperThanNineLevelsAreRefused() {
        var clause = Clause(id: "c10", body: [.paragraph([.text("x")])])
        for level in (1...9).reversed() {
            clause = Clause(id: "c\(level)", body: [.clause(clause)])
        }
        let agreement = Agreement(metadata: AgreementMetadata(title: "x", language: .en), blocks: [.clause(clause)])
        let issues = ModelValidator().issues(in: agreement)
        #expect(issues.count == 1)
        #expect(issues.first?.message.contains("nested 10 levels") == true)
    }

    /// Fuzzing found a table `widths` value near `Int.max` trapping the DOCX writer's arithmetic (exit 132). The
    /// validator bounds every width, so every writer gets sane numbers, and the model is refused with a located issue.
    @Test func hugeTableWidthsAreRefusedNotATrap() throws {
        var agreement = Samples.small()
        let table = Table(
            rows: [TableRow(cells: [[.text("a")], [.text("b")]])], widths: [Int.max - 1, Table.maximumWidth])
        agreement.blocks.append(.table(table))
        let issues = ModelValidator().issues(in: agreement)
        #expect(issues.map(\.path.description) == ["blocks[4].widths"])
        #expect(issues.first?.message.contains("at most 10000") == true)
        #expect(throws: ModelValidationError.self) { try Samples.render(.docx, agreement) }
        agreement.blocks[4] = .table(Table(rows: table.rows, widths: [1, Table.maximumWidth]))
        #expect(ModelValidator().issues(in: agreement).isEmpty)
        _ = try Samples.render(.docx, agreement)
    }

    @Test func calendarDates() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2025-02-29") == nil)
        #expect(CalendarDate(iso: "2025-2-1") == nil)
        #expect(CalendarDate(iso: "2026-03-02")?.secondsSinceEpoch == 1_772_409_600)
        #expect(RenderOptions(timestamp: 1_772_409_600).iso8601 == "2026-03-02T00:00:00Z")
        #expect(RenderOptions(timestamp: 315_532_800 + 3661).iso8601 == "1980-01-01T01:01:01Z")
    }

    @Test func reproducibleTimestamp() throws {
        let agreement = Samples.small()
        #expect(
            try RenderOptions.reproducible(for: agreement, environment: [:]).timestamp
                == CalendarDate(year: 2026, month: 1, day: 15)!.secondsSinceEpoch)
        #expect(
            try RenderOptions.reproducible(for: agreement, environment: ["SOURCE_DATE_EPOCH": "1700000000"]).timestamp
                == 1_700_000_000)
    }
}
