import Foundation
import Testing

@testable import AgreementKit

/// A model JSON file with a wrong value: the message says what was expected, in our words (not Foundation's), at the
/// line and column of the value in the file (see `NodeLocator`).
@Suite("Document model JSON: decoding errors")
struct ModelDecodingErrorTests {
    /// The one diagnostic of decoding `json` as `m.json`, in English.
    static func problem(_ json: String) throws -> (text: String, location: AgreementKit.SourceLocation?) {
        do {
            _ = try ModelJSON.decode(Data(json.utf8), file: "m.json")
        } catch {
            try #require(error.diagnostics.count == 1, "\(error.diagnostics)")
            let diagnostic = error.diagnostics[0]
            switch diagnostic.content {
            case .message(let message): return (Language.en.words.text(message), diagnostic.location)
            case .untranslated(let text): return (text, diagnostic.location)
            }
        }
        Issue.record("\(json) decoded")
        return ("", nil)
    }

    /// Where `needle` first starts in `json`.
    static func position(of needle: String, in json: String) -> AgreementKit.SourceLocation? {
        for (index, line) in json.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return AgreementKit.SourceLocation(
                    file: "m.json", line: index + 1,
                    column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    @Test(arguments: [
        // A string where a number is expected, and the other way round.
        ("\"title\": 5, \"language\": \"sv\"", "expected a string"),
        ("\"title\": true, \"language\": \"sv\"", "expected a string"),
        ("\"title\": \"x\", \"language\": \"sv\", \"parties\": {}", "expected an array"),
        ("\"title\": \"x\", \"language\": \"sv\", \"parties\": [\"a\"]", "expected an object"),
        ("\"title\": null, \"language\": \"sv\"", "missing value, expected a string"),
        ("\"language\": \"sv\"", "missing required key 'title'"),
        ("\"title\": \"x\", \"language\": \"sv\", \"status\": \"wip\"", "'wip' is not one of: draft, final"),
    ])
    func aWrongMetadataValueSaysWhatWasExpected(metadata: String, message: String) throws {
        let json = "{\n  \"metadata\": {\(metadata)},\n  \"blocks\": []\n}"
        let (text, location) = try Self.problem(json)
        #expect(text == message)
        #expect(location?.file == "m.json" && location?.line == 2, "\(String(describing: location))")
    }

    @Test func aWrongValueDeepInsideIsLocatedAtIt() throws {
        let json = """
            {"metadata": {"title": "x", "language": "sv",
              "parties": [{"id": "a", "name": "A", "role": "supplier"}]},
             "blocks": [
               {"type": "signatures", "signatures": [
                 {"party": "a", "jointly": "yes"}]},
               {"type": "table", "rows": [[["1"]]], "widths": ["wide"]}
             ]}
            """
        let (text, location) = try Self.problem(json)
        #expect(text == "expected true or false")
        #expect(location == Self.position(of: "\"yes\"", in: json), "\(String(describing: location))")
        let widths = json.replacingOccurrences(of: "\"yes\"", with: "true")
        let (second, place) = try Self.problem(widths)
        #expect(second == "expected an integer")
        #expect(place == Self.position(of: "\"wide\"", in: widths), "\(String(describing: place))")
    }

    /// A number no integer holds, where an integer is expected: at the number, not "not valid JSON" at the file.
    @Test(arguments: [
        ("1.5", "expected an integer"),
        ("99999999999999999999999", "expected an integer, but 99999999999999999999999 is out of range"),
        ("-1e30", "expected an integer, but -1e30 is out of range"),
    ])
    func aNumberNoIntegerHoldsIsLocatedAtIt(number: String, message: String) throws {
        let json = """
            {"metadata": {"title": "x", "language": "sv"},
             "blocks": [
               {"type": "table", "rows": [[["1"], ["2"]]], "widths": [1, \(number)]}
             ]}
            """
        let (text, location) = try Self.problem(json)
        #expect(text == message)
        #expect(location == Self.position(of: number, in: json), "\(String(describing: location))")
    }

    @Test func aRoleThatIsNoneOfTheRolesListsThem() throws {
        let json = """
            {"metadata": {"title": "x", "language": "sv",
              "parties": [{"id": "a", "name": "A", "role": "boss"}]},
             "blocks": []}
            """
        let (text, location) = try Self.problem(json)
        #expect(text == "'boss' is not one of: \(PartyRole.allCases.map(\.rawValue).joined(separator: ", "))")
        #expect(location?.line == 2)
    }

    /// A block that is not an object (a bare string or number in `blocks`) says what a block is, at the value.
    @Test(arguments: ["\"Text\"", "7"])
    func aBlockThatIsNotAnObjectSaysWhatABlockIs(block: String) throws {
        let json = "{\"metadata\": {\"title\": \"x\", \"language\": \"sv\"},\n \"blocks\": [\(block)]}"
        let (text, location) = try Self.problem(json)
        #expect(text == "a block is an object with a \"type\"")
        #expect(location == Self.position(of: block, in: json), "\(String(describing: location))")
    }

    /// A date that does not exist, or is not written YYYY-MM-DD, in the metadata or a signature: at the date.
    @Test(arguments: ["2025-02-30", "1 March 2025"])
    func aDateThatIsNoDateIsLocatedAtIt(date: String) throws {
        let metadata = """
            {"metadata": {"title": "x", "language": "sv", "date": "\(date)"},
             "blocks": []}
            """
        let (text, location) = try Self.problem(metadata)
        #expect(text == "'\(date)' is not a date of the form YYYY-MM-DD")
        #expect(location == Self.position(of: "\"\(date)\"", in: metadata), "\(String(describing: location))")
        let signature = """
            {"metadata": {"title": "x", "language": "sv",
              "parties": [{"id": "a", "name": "A", "role": "supplier"}]},
             "blocks": [
               {"type": "signatures", "signatures": [{"party": "a", "date": "\(date)"}]}
             ]}
            """
        let (second, place) = try Self.problem(signature)
        #expect(second == "'\(date)' is not a date of the form YYYY-MM-DD")
        #expect(place == Self.position(of: "\"\(date)\"", in: signature), "\(String(describing: place))")
    }

    /// JSON allows a key twice (the decoder takes one); the YAML layer that locates values does not, so the value
    /// cannot be located and the problem stands at the file's start.
    @Test func whereTheValuesCannotBeLocatedTheProblemStandsAtTheStart() throws {
        let json = "{\"metadata\": {\"title\": 5, \"language\": \"sv\"},\n \"blocks\": [], \"blocks\": []}"
        let (text, location) = try Self.problem(json)
        #expect(text == "expected a string")
        #expect(location == AgreementKit.SourceLocation(file: "m.json", line: 1, column: 1))
    }
}
