import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The answers `opi-agreement check` makes, on the mini fixture library with questions of every kind added: the base
/// answer of each kind, the values a variable takes, and the answers of one combination.
@Suite("Combination check: answers of every kind")
struct CheckAnswersEdgeTests {
    /// The added questions: a multiple choice, numbers with defaults and bounds, a code with a pattern the sample
    /// text does not match, a yes/no with a default, an optional list with a choice field.
    static let added = """
              - id: channels
                type: multiple_choice
                label: { sv: Kanaler, en: Channels }
                options:
                  - value: web
                    label: { sv: Webb, en: Web }
                  - value: print
                    label: { sv: Tryck, en: Print }
              - id: meetings
                type: integer
                label: { sv: Möten, en: Meetings }
                default: 4
              - id: months
                type: integer
                label: { sv: Månader, en: Months }
                min: 40
                max: 60
              - id: fee
                type: amount
                currency: EUR
                label: { sv: Avgift, en: Fee }
                default: 500 EUR
              - id: grant
                type: amount
                label: { sv: Bidrag, en: Grant }
                max: 5000
              - id: code
                type: text
                label: { sv: Kod, en: Code }
                pattern: "[0-9]+"
              - id: audited
                type: yes_no
                label: { sv: Revision, en: Audit }
                default: yes
              - id: sites
                type: list
                required: false
                label: { sv: Platser, en: Sites }
                fields:
                  - id: name
                    type: text
                    label: { sv: Namn, en: Name }
                  - id: kind
                    type: choice
                    required: false
                    label: { sv: Slag, en: Kind }
                    options:
                      - value: lab
                        label: { sv: Labb, en: Lab }
                      - value: field
                        label: { sv: Fält, en: Field }
              - id: publish

        """

    static func library() throws -> ClauseLibrary {
        let root = try TestEnvironment.temporaryDirectory("check-answers")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "      - id: publish\n", with: added).write(
            to: url, atomically: true, encoding: .utf8)
        return try LibraryLoader.read(directory: copy.path)
    }

    /// Each kind's base answer: the first option of a multiple choice, a default where there is one, a number
    /// within the bounds, no answer for a text its pattern refuses, no records for an optional list.
    @Test func theBaseAnswerOfEachKind() throws {
        let maker = CheckAnswers(library: try Self.library())
        #expect(maker.base["channels"] == .choices(["web"]))
        #expect(maker.base["meetings"] == .integer(4))
        #expect(maker.base["months"] == .integer(40))
        #expect(maker.base["fee"] == .amount(Amount(minorUnits: 50_000, currency: "EUR")))
        #expect(maker.base["grant"] == .amount(Amount(minorUnits: 500_000, currency: "SEK")))
        #expect(maker.base["code"] == nil)
        #expect(maker.base["audited"] == .boolean(true))
        #expect(maker.base["sites"] == .list([]))
        #expect(maker.base["publish"] == .boolean(true))
    }

    /// The values a variable takes: the base first, then the options, the numbers around the constants the
    /// conditions compare with (within the bounds), and "unanswered" for an optional answer whose being answered is
    /// read.
    @Test func theValuesEachVariableTakes() throws {
        let maker = CheckAnswers(library: try Self.library())
        #expect(
            maker.domain(.answer("channels"), reads: CheckReads(strings: ["print"]))
                == [.base, .value(.choices(["print"]))])
        // Around 40 (39 is below the minimum, 40 is the base); the middle values around 30 are all out of bounds.
        #expect(
            maker.domain(.answer("months"), reads: CheckReads(integers: [40], relational: true)).map(\.description)
                == ["base", "41"])
        #expect(
            maker.domain(.answer("grant"), reads: CheckReads(integers: [5000])).map(\.description)
                == ["base", "4999"])
        #expect(maker.domain(.answer("audited"), reads: CheckReads()) == [.base])
        #expect(
            maker.domain(.answer("audited"), reads: CheckReads(answered: true, decides: true))
                == [.base, .value(.boolean(false)), .unanswered])
        #expect(maker.domain(.answer("start_date"), reads: CheckReads()) == [.base])
        #expect(maker.domain(.answer("code"), reads: CheckReads(strings: ["7"])) == [.base, .value(.text("7"))])
        #expect(maker.domain(.answer("sites"), reads: CheckReads(decides: true)) == [.base])
        // A name the questionnaire does not know has only the base.
        #expect(maker.domain(.answer("nothing"), reads: CheckReads(decides: true)) == [.base])
        #expect(maker.domain(.count("nothing"), reads: CheckReads()) == [.base])
        #expect(maker.domain(.field("sites", "nothing"), reads: CheckReads()) == [.base])
        // An optional list's count starts at none; a choice field read as deciding takes its options in turn too.
        #expect(maker.domain(.count("sites"), reads: CheckReads()).map(\.description) == ["base", "1", "2"])
        #expect(
            maker.domain(.field("sites", "kind"), reads: CheckReads(answered: true, decides: true)).map(\.description)
                == ["base", "field", "mixed", "-"])
    }

    /// One combination's answers: counts first, so that a field's value or the mixed options reach every record;
    /// "unanswered" leaves the answer out.
    @Test func aCombinationsAnswers() throws {
        let maker = CheckAnswers(library: try Self.library())
        let answers = maker.answers([
            .count("sites"): .count(3), .field("sites", "kind"): .mixed, .answer("audited"): .unanswered,
            .answer("channels"): .value(.choices(["print"])), .answer("meetings"): .base,
        ])
        guard case .list(let sites)? = answers["sites"] else {
            Issue.record("no sites: \(answers.values)")
            return
        }
        #expect(sites.map { $0["kind"] } == [.choice("lab"), .choice("field"), .choice("lab")])
        #expect(sites.map { $0["name"] } == [.text("sites 1"), .text("sites 2"), .text("sites 3")])
        #expect(answers["audited"] == nil)
        #expect(answers["channels"] == .choices(["print"]))
        #expect(answers["meetings"] == .integer(4))
        let unanswered = maker.answers([.count("sites"): .count(2), .field("sites", "kind"): .unanswered])
        guard case .list(let bare)? = unanswered["sites"] else {
            Issue.record("no sites")
            return
        }
        #expect(bare.map { $0["kind"] } == [nil, nil])
    }

    /// The short forms of values in the group lines.
    @Test func theShortFormsOfValues() {
        #expect(CheckAnswers.text(.texts(LanguageTexts([LanguageTexts.Entry(.sv, "Hej")]))) == "\"Hej\"")
        #expect(CheckAnswers.text(.choices(["web", "print"])) == "[web, print]")
        #expect(CheckAnswers.text(.record(AnswerRecord(values: [:]))) == "{}")
        #expect(CheckAnswers.text(.amount(Amount(minorUnits: 123_456, currency: "SEK"))) == "1234")
        #expect(CheckValue.mixed.description == "mixed")
        #expect(CheckValue.count(3).description == "3")
    }

    /// Questions for the defaults of the base and the naming of parties: a yes/no without a default, a required list
    /// without a minimum whose records name a supplier (a party field and a text field called `party`), a choice
    /// field asked only sometimes, a number field with a default, and a party question among the suppliers.
    static let partners = """
              - id: reviewed
                type: yes_no
                label: { sv: Granskad, en: Reviewed }
              - id: partners
                type: list
                label: { sv: Partner, en: Partners }
                fields:
                  - { id: name, type: text, label: { sv: Namn, en: Name } }
                  - { id: lead, type: party, parties: [suppliers], label: { sv: Ledare, en: Lead } }
                  - { id: party, type: text, label: { sv: Part, en: Party } }
                  - id: role
                    type: choice
                    ask_when: name == "x"
                    label: { sv: Roll, en: Role }
                    options:
                      - { value: a, label: { sv: A, en: A } }
                      - { value: b, label: { sv: B, en: B } }
                  - { id: level, type: integer, default: 2, label: { sv: Nivå, en: Level } }
                  - { id: note, type: text, label: { sv: Not, en: Note } }
              - id: owner
                type: party
                parties: [suppliers]
                label: { sv: Ägare, en: Owner }
              - id: publish

        """

    static func partnersLibrary() throws -> ClauseLibrary {
        let root = try TestEnvironment.temporaryDirectory("check-answers")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "      - id: publish\n", with: partners).write(
            to: url, atomically: true, encoding: .utf8)
        return try LibraryLoader.read(directory: copy.path)
    }

    /// A yes/no without a default is answered no; a required list without a minimum has one record; a choice field
    /// read only as compared with a text takes its options in turn too; a required field is left unanswered only
    /// when it is asked only sometimes or has a default.
    @Test func theBaseAndTheValuesOfRequiredFields() throws {
        let maker = CheckAnswers(library: try Self.partnersLibrary())
        #expect(maker.base["reviewed"] == .boolean(false))
        guard case .list(let records)? = maker.base["partners"] else {
            Issue.record("no partners: \(maker.base)")
            return
        }
        #expect(records.count == 1)
        #expect(records.first?["level"] == .integer(2))
        #expect(
            maker.domain(.field("partners", "role"), reads: CheckReads(strings: ["b"])).map(\.description)
                == ["base", "b", "mixed"])
        #expect(
            maker.domain(.field("partners", "role"), reads: CheckReads(answered: true)).map(\.description)
                == ["base", "b", "-"])
        #expect(
            maker.domain(.field("partners", "level"), reads: CheckReads(answered: true)).map(\.description)
                == ["base", "-"])
        #expect(
            maker.domain(.field("partners", "note"), reads: CheckReads(answered: true)).map(\.description)
                == ["base"])
    }

    /// Parties are named from the answers of the combination: with the suppliers unanswered, or their names left
    /// out, the party question and the party fields name no one; a field value of a list the questionnaire lacks,
    /// and a field's base or count, change nothing.
    @Test func partiesNamedFromTheCombination() throws {
        let maker = CheckAnswers(library: try Self.partnersLibrary())
        let base = maker.answers([:])
        #expect(base["owner"] == .text("Leverantör 1"))
        guard case .list(let named)? = base["partners"] else {
            Issue.record("no partners: \(base.values)")
            return
        }
        #expect(named.first?["lead"] == .text("Leverantör 1"))
        #expect(named.first?["party"] == .text("public_parties 1"))

        let unanswered = maker.answers([
            .answer("suppliers"): .unanswered, .field("nothing", "x"): .value(.text("y")),
            .field("partners", "level"): .base, .field("partners", "note"): .count(2),
        ])
        #expect(unanswered["suppliers"] == nil)
        #expect(unanswered["owner"] == nil)
        #expect(unanswered["nothing"] == nil)
        guard case .list(let partners)? = unanswered["partners"] else {
            Issue.record("no partners: \(unanswered.values)")
            return
        }
        #expect(partners.first?["lead"] == nil)
        #expect(partners.first?["level"] == .integer(2))
        #expect(partners.first?["note"] == .text("Text"))

        let nameless = maker.answers([.field("suppliers", "name"): .unanswered])
        #expect(nameless["owner"] == nil)
        guard case .list(let suppliers)? = nameless["suppliers"] else {
            Issue.record("no suppliers: \(nameless.values)")
            return
        }
        #expect(suppliers.allSatisfy { $0["name"] == nil })
    }

    /// A translated text without any text is shown as an empty text.
    @Test func aTranslatedTextWithoutTextsIsEmpty() {
        #expect(CheckAnswers.text(.texts(LanguageTexts([]))) == "\"\"")
    }
}
