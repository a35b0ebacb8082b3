import Foundation
import Testing

@testable import AgreementKit

/// The one set of typed YAML readers (`YAMLChecker`): mappings of known keys, ids, texts per language and lists, with
/// one wording for the library, the questionnaire and batch configs.
@Suite("YAML checker")
struct YAMLCheckerTests {
    /// The root node of `yaml`.
    static func node(_ yaml: String) throws -> YAMLNode {
        try #require(try YAMLReader.read(text: yaml, file: "f.yaml"))
    }

    /// The problems a checker reported, as `line:col: message`.
    static func short(_ checker: YAMLChecker) -> [String] {
        checker.diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0): \($0.message)" }
    }

    @Test func fieldsReportUnknownAndMissingKeysAndNonMappings() throws {
        var checker = YAMLChecker()
        let fields = checker.fields(
            try Self.node("id: a\nlable: x\n"), what: "a question", keys: ["id", "label"], required: ["id", "label"],
            note: { $0 == "lable" ? " (a note)" : "" })
        #expect(fields?["id"]?.text == "a")
        #expect(fields?.keyNode("id")?.location.line == 1)
        #expect(fields?["lable"] == nil)
        #expect(
            Self.short(checker) == [
                "2:1: unknown key 'lable' in a question; did you mean 'label'?; the keys are id, label (a note)",
                "1:1: missing required key 'label' in a question",
            ])
        var other = YAMLChecker()
        #expect(other.fields(try Self.node("[1]"), what: "an annex", keys: ["id", "title"]) == nil)
        #expect(Self.short(other) == ["1:1: expected an annex (a mapping with the keys id, title), found a list"])
    }

    @Test func identifierRules() throws {
        var checker = YAMLChecker()
        #expect(checker.identifier(try Self.node("a_b-1"), what: "term id") == "a_b-1")
        #expect(checker.identifier(try Self.node("1abc"), what: "clause id", rules: .clause) == "1abc")
        #expect(checker.identifier(try Self.node("_x"), what: "question id", rules: .question) == "_x")
        #expect(checker.diagnostics.isEmpty)
        #expect(checker.identifier(try Self.node("a_b"), what: "clause id", rules: .clause) == nil)
        #expect(checker.identifier(try Self.node("\"1abc\""), what: "question id", rules: .question) == nil)
        #expect(checker.identifier(try Self.node("\"1abc\""), what: "question id", rules: .question, at: .node) == nil)
        #expect(checker.identifier(try Self.node("not"), what: "question id", rules: .question) == nil)
        #expect(checker.identifier(try Self.node("~"), what: "slot id") == nil)
        #expect(
            Self.short(checker) == [
                "1:1: 'a_b' is not a valid clause id: use letters (a–z, A–Z), digits and '-'",
                "1:2: '1abc' is not a valid question id: use letters (a–z, A–Z), digits, '-' and '_', starting with a letter or '_'",
                "1:1: '1abc' is not a valid question id: use letters (a–z, A–Z), digits, '-' and '_', starting with a letter or '_'",
                "1:1: 'not' cannot be a question id: it is a word of the condition language",
                "1:1: expected slot id, found nothing",
            ])
    }

    /// The questionnaire needs every language it is given (the library's); the library leaves that to its check but
    /// needs at least one.
    @Test func localizedTextWithAndWithoutEveryLanguage() throws {
        var checker = YAMLChecker()
        #expect(
            checker.localized(try Self.node("{ sv: A }"), what: "the title", complete: false) == Localized([.sv: "A"]))
        #expect(
            checker.localized(
                try Self.node("{ sv: A, en: B }"), what: "the label", complete: true, languages: [.sv, .en])
                == Localized([.sv: "A", .en: "B"]))
        #expect(checker.diagnostics.isEmpty)
        #expect(
            checker.localized(try Self.node("{ sv: A }"), what: "the label", complete: true, languages: [.sv, .en])
                == nil)
        #expect(checker.localized(try Self.node("{}"), what: "the title", complete: false) == nil)
        #expect(checker.localized(try Self.node("{ sv: A, en: B, de: C }"), what: "the title", complete: false) == nil)
        #expect(
            checker.localized(
                try Self.node("{ sv: A, en: '' }"), what: "the label", complete: true, languages: [.sv, .en]) == nil)
        #expect(
            checker.localized(try Self.node("Text"), what: "the help", complete: true, languages: [.sv, .en]) == nil)
        #expect(
            Self.short(checker) == [
                "1:1: the label has no 'en' text (every text needs sv and en)",
                "1:1: expected the title per language (sv: ..., en: ..., da: ...), found nothing",
                "1:17: unknown language 'de' in the title; the languages are sv, en, da",
                "1:14: expected the 'en' text of the label, found nothing",
                "1:1: expected the help per language (sv: ..., en: ..., da: ...), found 'Text'",
            ])
    }

    @Test func listsReadEveryElementAndReportANonList() throws {
        var checker = YAMLChecker()
        let ids = checker.list(try Self.node("[a, 'b c', d]"), what: "a list of ids") { checker, node in
            checker.identifier(node, what: "annex id")
        }
        #expect(ids == ["a", "d"])
        #expect(checker.list(try Self.node("a: 1"), what: "a list of ids") { _, node in node.text } == nil)
        #expect(
            Self.short(checker) == [
                "1:6: 'b c' is not a valid annex id: use letters (a–z, A–Z), digits, '-' and '_'",
                "1:1: expected a list of ids, found a mapping",
            ])
    }

    /// The same problem is worded the same way in a clause header and in the questionnaire.
    @Test func theLibraryAndTheQuestionnaireWordTheSameProblemAlike() {
        func clause(_ header: String) -> [String] {
            do {
                _ = try ClauseFileLoader.load("---\n" + header + "---\n=== sv\nText.\n", file: "c.clause")
                return []
            } catch {
                return error.diagnostics.map(\.message)
            }
        }
        func questionnaire(_ question: String) -> [String] {
            let yaml = "sections:\n  - id: s\n    title: { sv: S, en: S }\n    questions:\n      - " + question + "\n"
            do {
                _ = try QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
                return []
            } catch {
                return error.diagnostics.map(\.message)
            }
        }
        let header = "id: a\nversion: 1.0.0\ncategory: general\n"
        #expect(
            clause(header + "title: { sv: A, de: A }\n") == [
                "unknown language 'de' in the title; the languages are sv, en, da"
            ])
        #expect(
            questionnaire("{ id: q, type: text, label: { sv: A, en: A, de: A } }")
                == ["unknown language 'de' in the label; the languages are sv, en, da"])
        #expect(
            clause(header + "title: A\n") == ["expected the title per language (sv: ..., en: ..., da: ...), found 'A'"])
        #expect(
            questionnaire("{ id: q, type: text, label: A }") == [
                "expected the label per language (sv: ..., en: ..., da: ...), found 'A'"
            ])
        #expect(
            clause("id: a\nversion: 1.0.0\ntitle: { sv: A }\n") == [
                "missing required key 'category' in the clause header"
            ])
        #expect(
            questionnaire("{ id: q, label: { sv: A, en: A } }") == ["missing required key 'type' in the question 'q'"])
    }
}
