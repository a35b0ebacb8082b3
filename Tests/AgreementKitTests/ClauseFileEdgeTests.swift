import Foundation
import Testing

@testable import AgreementKit

/// Reading one clause file: what a title may hold, what `survives` may say, and fences and language markers with
/// trailing spaces.
@Suite("Clause files: titles, survival, fences")
struct ClauseFileEdgeTests {
    static func clause(
        title: String = "Resultat", header: String = "", fence: String = "---", marker: String = "=== sv"
    )
        -> String
    {
        """
        \(fence)
        id: results
        version: 1.0.0
        category: results-ownership
        title:
          sv: "\(title)"
        \(header)\(fence)
        \(marker)
        Text.

        """
    }

    static func messages(_ text: String) -> [String] {
        do {
            _ = try ClauseFileLoader.load(text, file: "c.clause")
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    /// A title holds only text and conditions; anything else is named, even inside a condition's branch.
    @Test(arguments: [
        (#"{{if publish}}*Resultat*{{end}}"#, "emphasis"),
        (#"{{if publish}}[[results]]{{end}}"#, "a term"),
        (#"{{if publish}}{{ref other}}{{end}}"#, "a cross-reference"),
        (#"{{if publish}}x{{else}}{{project_title}}{{end}}"#, "a value"),
        (#"{{for s in suppliers}}x{{end}}"#, "'{{for}}'"),
        (#"Resultat {{blank \"namn\"}}"#, "a blank"),
        (#"Resultat {{note \"kolla\"}}"#, "a note"),
        (#"Resultat{{br}}Ägande"#, "a line break"),
    ])
    func aTitleHoldsOnlyTextAndConditions(title: String, problem: String) {
        let messages = Self.messages(Self.clause(title: title))
        #expect(
            messages == ["a title holds only text and '{{if CONDITION}}...{{else}}...{{end}}'; found \(problem)"],
            "\(messages)")
    }

    /// A header with nothing between its fences is one error at the file's start, naming the keys a clause needs.
    @Test func anEmptyHeaderNamesTheKeysAClauseNeeds() {
        for text in ["---\n---\n=== sv\nText.\n", "---\n\n# a comment\n---\n=== sv\nText.\n"] {
            var found: [String] = []
            do {
                _ = try ClauseFileLoader.load(text, file: "c.clause")
            } catch {
                found = error.diagnostics.map(\.description)
            }
            #expect(
                found == ["c.clause:1:1: error: the header is empty: a clause needs id, version, category, title"],
                "\(found)")
        }
    }

    /// A title with only text and conditions is read as markup.
    @Test func aTitleWithAConditionIsMarkup() throws {
        let file = try ClauseFileLoader.load(
            Self.clause(title: "Resultat{{if count(suppliers) > 1}}en{{end}}"), file: "c.clause")
        #expect(file.titleTemplates[.sv] != nil)
        // Listings show each form the title can take, without repeats.
        #expect(file.readableTitle(.sv) == "Resultaten / Resultat")
        let choice = try ClauseFileLoader.load(
            Self.clause(
                title: "{{if publish}}Offentliga{{elif count(suppliers) > 1}}Delade{{else}}Egna{{end}} resultat"),
            file: "c.clause")
        #expect(choice.readableTitle(.sv) == "Offentliga resultat / Delade resultat / Egna resultat")
    }

    /// A long value where another is expected is quoted up to its 40th character.
    @Test func aLongValueIsCutInTheMessage() {
        let long = String(repeating: "abcdefghij", count: 5)
        #expect(
            Self.messages(Self.clause(header: "survives: \(long)\n"))
                == [
                    "'survives' must be true, false or a list of the clause's sub-clause ids, found '\(long.prefix(40))...'"
                ])
    }

    /// `survives`: `true`, `false`, a list of sub-clause ids; an empty list and anything else are refused.
    @Test func whatSurvivesSays() throws {
        #expect(try ClauseFileLoader.load(Self.clause(header: "survives: true\n"), file: "c.clause").survives == .whole)
        #expect(try ClauseFileLoader.load(Self.clause(header: "survives: false\n"), file: "c.clause").survives == .none)
        #expect(
            try ClauseFileLoader.load(Self.clause(header: "survives: [a, b]\n"), file: "c.clause").survives
                == .subclauses(["a", "b"]))
        #expect(
            Self.messages(Self.clause(header: "survives: []\n"))
                == ["'survives' lists no sub-clause; write 'survives: false' or leave it out"])
        #expect(
            Self.messages(Self.clause(header: "survives: yes\n"))
                == ["'survives' must be true, false or a list of the clause's sub-clause ids, found 'yes'"])
        #expect(
            Self.messages(Self.clause(header: "survives: {true: x}\n"))
                == ["'survives' must be true, false or a list of the clause's sub-clause ids, found a mapping"])
    }

    /// Fences and language markers may end in spaces.
    @Test func fencesAndMarkersMayEndInSpaces() throws {
        let file = try ClauseFileLoader.load(Self.clause(fence: "---  ", marker: "=== sv \t"), file: "c.clause")
        #expect(file.id == "results")
        #expect(file.bodies[.sv] != nil)
    }
}
