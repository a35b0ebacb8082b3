import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// What the engine gained for the complete OPI library: a list's field gathered for `in`, sub-clauses made
/// conditional after other sub-clauses, loop rows that continue a table, optional party lists, and a Danish
/// party's CVR number in the party block.
@Suite("Engine additions for the OPI library")
struct LibraryEngineTests {
    typealias F = ConditionFixtures

    // MARK: A list's field in conditions

    @Test func aListFieldGatheredForIn() throws {
        let checker = ConditionChecker(questionnaire: F.questionnaire)
        let condition = try F.condition("\"dk\" in suppliers.country")
        #expect(checker.check(condition).isEmpty)
        func holds(_ suppliers: [AnswerRecord]) -> Bool {
            let answers = Answers(values: ["suppliers": .list(suppliers)], locations: [:], file: nil)
            return ConditionEvaluator(answers: answers, questionnaire: F.questionnaire).evaluate(condition).value
        }
        #expect(holds([F.supplier("Alfa AB"), F.supplier("Beta ApS", country: "dk")]))
        #expect(!holds([F.supplier("Alfa AB"), F.supplier("Gamma AB", country: "se")]))
        // A record without a country has the field's default, Sweden.
        let sweden = try F.condition("\"se\" in suppliers.country")
        let answers = Answers(values: ["suppliers": .list([F.supplier("Alfa AB")])], locations: [:], file: nil)
        #expect(ConditionEvaluator(answers: answers, questionnaire: F.questionnaire).evaluate(sweden).value)
        // Unanswered: the list has no records, so nothing is in it.
        #expect(
            !ConditionEvaluator(
                answers: Answers(values: [:], locations: [:], file: nil), questionnaire: F.questionnaire
            )
            .evaluate(condition).value)
    }

    @Test func aGatheredFieldIsCheckedAndOnlyUsableWithIn() throws {
        let checker = ConditionChecker(questionnaire: F.questionnaire)
        func messages(_ text: String) throws -> [String] { checker.check(try F.condition(text)).map(\.message) }
        #expect(
            try messages("\"fi\" in suppliers.country").first?.contains(
                "\"fi\" is not an option of 'suppliers.country'") == true)
        #expect(try messages("suppliers.country == \"dk\"").first?.contains("holds one value per record") == true)
        #expect(
            try messages("suppliers.country").first?.contains("test one value with \"value\" in suppliers.country")
                == true)
        #expect(try messages("\"x\" in suppliers.cvr").isEmpty)
        // A value reference still needs one record.
        let value = ValueReference(path: "suppliers.country", location: F.at)
        #expect(checker.check(value).first?.message.contains("write 'suppliers.0.country'") == true)
    }

    // MARK: Conditional sub-clauses

    @Test func anIfThatStartsWithASubclauseEndsTheSubclauseBeforeIt() throws {
        let blocks = try TemplateParser.parseBlocks(
            """
            ## A {#a}
            Text A.
            {{if personal_data}}

            ## B {#b}
            Text B.
            {{end}}

            ## C {#c}
            {{if personal_data}}
            Only in C.
            {{end}}
            """, file: "t.clause", firstLine: 1)
        #expect(blocks.count == 3)
        guard blocks.count == 3, case .subclause(let a) = blocks[0], case .conditional(let branches, _) = blocks[1],
            case .subclause(let c) = blocks[2]
        else {
            Issue.record("unexpected structure: \(blocks)")
            return
        }
        #expect(a.id == "a" && a.body.count == 1)
        #expect(branches.count == 1)
        if case .subclause(let b)? = branches.first?.content.first {
            #expect(b.id == "b")
        } else {
            Issue.record("no sub-clause b")
        }
        // An `{{if}}` of paragraphs stays inside its sub-clause.
        #expect(c.id == "c")
        if case .conditional? = c.body.first {} else { Issue.record("the paragraph condition left sub-clause c") }
    }

    // MARK: Rows and items from loops

    @Test func rowsAndItemsFromLoopsContinueTheTableOrListAbove() {
        let header = TableRow(cells: [[.text("Part")], [.text("Roll")]])
        let row = { (name: String) in TableRow(cells: [[.text(name)], [.text("x")]]) }
        var out: [Block] = [.table(Table(header: header, rows: []))]
        AssemblyRun.append([.table(Table(rows: [row("A")]))], joining: &out)
        AssemblyRun.append([.table(Table(rows: [row("B")])), .paragraph([.text("p")])], joining: &out)
        #expect(out.count == 2)
        if case .table(let t) = out[0] {
            #expect(t.rows.count == 2 && t.header == header)
        } else {
            Issue.record("no table")
        }
        // A table with its own header, or with other columns, is a new table.
        AssemblyRun.append([.table(Table(rows: [row("C")]))], joining: &out)
        AssemblyRun.append([.table(Table(header: header, rows: [row("D")]))], joining: &out)
        AssemblyRun.append([.table(Table(rows: [TableRow(cells: [[.text("E")]])]))], joining: &out)
        #expect(out.count == 5)
        var lists: [Block] = [.list(ListBlock(kind: .bulleted, items: [ListItem(content: [.text("1")])]))]
        AssemblyRun.append(
            [.list(ListBlock(kind: .bulleted, items: [ListItem(content: [.text("2")])]))], joining: &lists)
        AssemblyRun.append(
            [.list(ListBlock(kind: .numbered, items: [ListItem(content: [.text("3")])]))], joining: &lists)
        #expect(lists.count == 2)
        if case .list(let l) = lists[0] { #expect(l.items.count == 2) } else { Issue.record("no list") }
    }

    @Test func theDashesOfTheHeaderRuleGiveColumnWidths() throws {
        func widths(_ text: String) throws -> [Int]? {
            guard case .table(let t)? = try TemplateParser.parseBlocks(text, file: "t.clause", firstLine: 1).first
            else {
                Issue.record("no table in \(text)")
                return nil
            }
            return t.widths
        }
        #expect(try widths("| A | B | C |\n|--|----|---|\n| 1 | 2 | 3 |") == [2, 4, 3])
        #expect(try widths("| A | B |\n|---|---|\n| 1 | 2 |") == nil)
        #expect(try widths("| A | B |\n| 1 | 2 |") == nil)
        #expect(try widths("| A | B |\n|---|:--:|\n| 1 | 2 |") == nil)
    }

    // MARK: CVR numbers

    @Test func aDanishPartyShowsItsCVRNumber() throws {
        let party = Party(
            id: "dk", name: "Havvind Teknik ApS", role: .supplier, organisationNumber: "38472615",
            organisationNumberKind: .cvr)
        let sv = Inline.plainText(PartyPresentation(vocabulary: Vocabulary(.sv)).entry(party))
        let en = Inline.plainText(PartyPresentation(vocabulary: Vocabulary(.en)).entry(party))
        #expect(sv.contains("CVR-nr 38472615"))
        #expect(en.contains("CVR no. 38472615"))
        let swedish = Party(id: "se", name: "Alfa AB", role: .supplier, organisationNumber: "556987-6542")
        #expect(
            Inline.plainText(PartyPresentation(vocabulary: Vocabulary(.sv)).entry(swedish)).contains(
                "org.nr 556987-6542"))
    }

    // MARK: Roles

    @Test func theFacilitatorIsNamedByItsRoleInThePartyBlock() throws {
        let party = Party(
            id: "f", name: "Innovationsbyrån Exempelland AB", role: .facilitator, organisationNumber: "559318-2040")
        #expect(
            Inline.plainText(PartyPresentation(vocabulary: Vocabulary(.sv)).entry(party))
                == "Innovationsbyrån Exempelland AB, org.nr 559318-2040, processledare")
        #expect(
            Inline.plainText(PartyPresentation(vocabulary: Vocabulary(.en)).entry(party))
                == "Innovationsbyrån Exempelland AB, reg. no. 559318-2040, facilitator")
        // Every role has a label of its own in each language.
        for language in [Language.sv, .en] {
            let labels = PartyRole.allCases.map { Vocabulary(language).roleLabel($0) }
            #expect(Set(labels).count == PartyRole.allCases.count)
        }
        // The role survives the model JSON.
        var agreement = Samples.small()
        agreement.metadata.parties[1].role = .facilitator
        let json = try ModelJSON.encode(agreement)
        #expect(String(decoding: json, as: UTF8.self).contains("\"facilitator\""))
        #expect(try ModelJSON.decode(json, file: "m.json").metadata.parties[1].role == .facilitator)
    }

    @Test func theKindOfOrganisationNumberIsPartOfTheModelJSON() throws {
        var agreement = Samples.small()
        agreement.metadata.parties[1].organisationNumber = "38472615"
        agreement.metadata.parties[1].organisationNumberKind = .cvr
        let data = try ModelJSON.encode(agreement)
        #expect(String(decoding: data, as: UTF8.self).contains("\"organisationNumberKind\" : \"cvr\""))
        #expect(try ModelJSON.decode(data, file: "m.json") == agreement)
        let bad = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"cvr\"", with: "\"vat\"")
        #expect(throws: DiagnosticError.self) { try ModelJSON.decode(Data(bad.utf8), file: "m.json") }
    }
}
