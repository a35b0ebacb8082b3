import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The rarer rules of the words files, and how messages and diagnostics become text: per-language values,
/// diagnostics naming only a file, placeholders.
@Suite("Words: checks and message text")
struct WordsEdgeTests {
    /// The language rules a file must keep: an order that is a number, single letters after z, language names
    /// written code=name.
    @Test func languageRulesOfAFile() throws {
        let sources = try WordsTests.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "order: \"2\"", with: "order: second")
                .replacingOccurrences(of: "after-z: []", with: "after-z: [ae]")
                .replacingOccurrences(of: "names: [sv=Swedish,", with: "names: [Swedish,")
        }
        let problems = WordsTests.problems(sources)
        #expect(problems.contains("Resources/da.yaml: error: language.order must be a whole number"), "\(problems)")
        #expect(problems.contains("Resources/da.yaml: error: collation.after-z must list single letters"))
        #expect(
            problems.contains("Resources/da.yaml: error: language.names entries are written code=name, not 'Swedish'"))
    }

    /// Too few number words; a list given as one text; a text with placeholders where English has none.
    @Test func kindsAndPlaceholders() throws {
        let few = try WordsTests.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(
                of: "words: [zero, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve]",
                with: "words: [nul, en]"
            ).replacingOccurrences(of: "order: \"2\"", with: "order: \"3\"")
        }
        #expect(
            WordsTests.problems(few) == [
                "Resources/da.yaml: error: numbers.words must name the numbers from 0 to at least 2"
            ])
        let kinds = try WordsTests.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "after-z: []", with: "after-z: none")
                .replacingOccurrences(
                    of: "title-empty: \"the title is empty\"", with: "title-empty: \"{what} is empty\"")
        }
        #expect(
            WordsTests.problems(kinds) == [
                "Resources/da.yaml: error: 'collation.after-z' must be a list of texts",
                "Resources/da.yaml: error: 'messages.model.title-empty' has the placeholders {what}, but Resources/en.yaml has none",
            ])
    }

    /// Files read without the full check (the built-in ones, which the tests check) are still refused when they lack
    /// what the lookups rely on: a key, a key of the right kind, a whole-number order. Nothing else is checked then.
    @Test func filesReadWithoutTheCheckStillHaveEveryKey() throws {
        func gaps(_ edit: @escaping (String) -> String) throws -> [String] {
            switch WordsCheck.load(try WordsTests.english(as: "Resources/da.yaml", edit), checking: false) {
            case .success: return []
            case .failure(let problems): return problems.messages
            }
        }
        #expect(
            try gaps {
                $0.replacingOccurrences(of: "  built: \"The agreement is written:\"\n", with: "")
                    .replacingOccurrences(of: "after-z: []", with: "after-z: none")
                    .replacingOccurrences(of: "  draft: DRAFT", with: "  draft: [DRAFT]")
            } == [
                "Resources/da.yaml: error: 'collation.after-z' must be a list of texts",
                "Resources/da.yaml: error: 'document.draft' must be one text",
                "Resources/da.yaml: error: 'interview.built' is missing",
            ])
        #expect(
            try gaps { $0.replacingOccurrences(of: "order: \"2\"", with: "order: second") } == [
                "Resources/da.yaml: error: language.order must be a whole number"
            ])
        let unchecked = try WordsTests.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "  draft: DRAFT", with: "  draft: \"{what}\"") + "extra: word\n"
        }
        let words = try WordsCheck.load(unchecked, checking: false).get()
        #expect(words["da"]?.order == 2, "a placeholder English lacks and a key it lacks: not checked")
        #expect(words["da"]?.text(.documentDraft, ["what": "UTKAST"]) == "UTKAST")
        #expect(
            WordsTests.problems(unchecked) == [
                "Resources/da.yaml: error: 'document.draft' has the placeholders {what}, but Resources/en.yaml has none",
                "Resources/da.yaml: error: 'extra' is not a word opi-agreement uses (the keys are those of Resources/en.yaml)",
            ], "the full check finds them")
    }

    /// Problems whose values are messages, that have no values, or that name only the file, told by key and
    /// values; a file named without `.yaml` is named after its language code all the same.
    @Test func moreYAMLProblemsToldByKeyAndValues() {
        let noReference = "error: there is no en.yaml, the words file the others are compared with"
        #expect(
            WordsTests.problems([("Resources/en.yaml", "[a]: 1\n[a]: 2\n")]) == [
                "Resources/en.yaml:1:1: error: yaml.expected (found: yaml.found-list, what: yaml.what-key)",
                noReference,
            ])
        #expect(
            WordsTests.problems([("Resources/en.yaml", "a:\n\tb: c\n")]) == [
                "Resources/en.yaml:2:1: error: yaml.tab", noReference,
            ])
        #expect(
            WordsTests.problems([("Resources/en.yaml", "[a]: 1\nb: 2\n")]) == [
                "Resources/en.yaml:1:1: error: a key must be a plain text", noReference,
            ])
        #expect(
            WordsTests.problems([("Resources/en", "- a\n")]) == [
                "Resources/en: error: a words file is a mapping of keys", noReference,
            ])
    }

    /// A problem reading the YAML of a words file is told with its message key and values, not with words (they may
    /// be what is broken).
    @Test func yamlProblemsAreToldByKeyAndValues() {
        let problems = WordsTests.problems([("Resources/en.yaml", "a: 1\na: 2\n")])
        #expect(problems.first == "Resources/en.yaml:2:1: error: yaml.duplicate-key (key: a, line: 1)", "\(problems)")
    }

    /// A value given per language is worded in the message's language, else in English, else in the first
    /// language by code.
    @Test func perLanguageValues() {
        let message = Message(
            .batchLabelNamed, ["number": "1", "name": .perLanguage(["sv": "avtal", "da": "aftale"])])
        #expect(Language.sv.words.text(message) == "avtal 1 (avtal)")
        #expect(Language.en.words.text(message) == "agreement 1 (aftale)")
        let english = Message(.batchLabelNamed, ["number": "1", "name": .perLanguage(["sv": "avtal", "en": "deal"])])
        #expect(Language.da.words.text(english).contains("(deal)"))
        let none = Message(.batchLabelNamed, ["number": "1", "name": .perLanguage([:])])
        #expect(Language.en.words.text(none) == "agreement 1 ()")
    }

    /// A diagnostic is shown with its place, else its file, else its severity alone; equal diagnostics hash alike.
    @Test func diagnosticsAsText() {
        let at = AgreementKit.SourceLocation(file: "a.yaml", line: 2, column: 3)
        #expect(Diagnostic(.error, worded: "x", at: at).description == "a.yaml:2:3: error: x")
        #expect(Diagnostic(.warning, worded: "x", file: "a.yaml").description == "a.yaml: warning: x")
        #expect(Diagnostic(.note, worded: "x").description == "note: x")
        let set: Set<Diagnostic> = [
            Diagnostic(.error, worded: "agreement 3", file: "a"),
            Diagnostic(.error, Message(.batchLabel, ["number": "3"]), file: "a"),
        ]
        #expect(set.count == 1)
    }

    /// Placeholders: a lowercase name in braces; other braces are text.
    @Test func placeholders() {
        #expect(Placeholders.names(in: "{a} {b-2} {a} {B} {} {1x} {c") == ["a", "b-2"])
        #expect(Placeholders.fill("{a}{{b}}{B}", ["a": "{b}", "b": "x"], key: "k", file: "f") == "{b}{x}{B}")
        #expect(Language.en.words.languageName("xx") == "xx")
        #expect(Language.sv.words.languageName("en") == "engelsk")
    }
}
