import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The messages are words-file data: a `Message` is a key and values, worded by the words file of the messages
/// language, which the environment chooses.
@Suite("Messages")
struct MessagesTests {
    /// `LC_ALL`, then `LC_MESSAGES`, then `LANG`: the first set and not empty decides; `C`, `POSIX`, a language
    /// without a words file, or nothing, is English.
    @Test(
        arguments: [
            ([:], "en"),
            (["LANG": "sv_SE.UTF-8"], "sv"),
            (["LANG": "sv"], "sv"),
            (["LANG": "en_GB.UTF-8"], "en"),
            (["LANG": "C"], "en"),
            (["LANG": "POSIX"], "en"),
            (["LANG": "C.UTF-8"], "en"),
            (["LANG": "de_DE.UTF-8"], "en"),
            (["LC_ALL": "C", "LANG": "sv_SE.UTF-8"], "en"),
            (["LC_ALL": "", "LC_MESSAGES": "sv_FI.UTF-8@euro", "LANG": "en_US.UTF-8"], "sv"),
            (["LC_MESSAGES": "", "LANG": "sv_SE"], "sv"),
            (["LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "sv_SE.UTF-8"], "en"),
        ] as [([String: String], String)])
    func theEnvironmentChoosesTheLanguage(environment: [String: String], code: String) {
        #expect(Language.messages(environment: environment).rawValue == code, "\(environment)")
    }

    /// One message in each words file, with its values inserted as they are and a message inside a message.
    @Test func aMessageIsWordedByTheWordsFileOfEachLanguage() throws {
        let english = try #require(Words.builtIn["en"])
        let swedish = try #require(Words.builtIn["sv"])
        let duplicate = Message(.yamlDuplicateKey, ["key": "title", "line": "3"])
        #expect(english.text(duplicate) == "the key 'title' is given more than once in this mapping (first at line 3)")
        #expect(swedish.text(duplicate) == "nyckeln ”title” förekommer mer än en gång här (första gången på rad 3)")
        let inner = Diagnostic(.error, Message(.fileNoSuchFile), file: "a.yaml")
            .wrapped(in: .batchAboutAgreement, ["label": .message(Message(.batchLabel, ["number": "2"]))])
        #expect(english.text(inner.content) == "agreement 2: no such file")
        #expect(swedish.text(inner.content) == "avtal 2: filen finns inte")
        // A value is never read again: braces in it stay as they are.
        #expect(english.text(Message(.cliNoSuchClause, ["id": "{id}"])) == "no clause '{id}' in the library")
    }

    /// The label stays `error:`, untranslated, in front of a message in any language; the default language of
    /// messages is English.
    @Test func theLabelIsNotTranslatedAndEnglishIsTheDefault() throws {
        let at = AgreementKit.SourceLocation(file: "a.yaml", line: 2, column: 1)
        let diagnostic = Diagnostic(.error, Message(.yamlTab), at: at)
        #expect(Language.messages == .en)
        #expect(diagnostic.description == "a.yaml:2:1: error: tab characters are not allowed for indentation")
        let swedish = try #require(Words.builtIn["sv"])
        #expect(swedish.text(diagnostic.content) == "tabbtecken får inte användas för indrag; använd mellanslag")
    }

    /// Every message has a text in every words file (the words check proves it at load, for the keys of
    /// `MessageKey`), and a file without one is refused naming the key.
    @Test func aMissingMessageIsAProblemOfTheWordsFile() throws {
        for words in Words.builtIn.values {
            for key in MessageKey.allCases {
                guard case .text(let text)? = words[Words.key(of: key)] else {
                    Issue.record("\(words.file): no text for messages.\(key.rawValue)")
                    continue
                }
                #expect(!text.isEmpty)
            }
        }
        let sources = try WordsTests.english(as: "Resources/sv.yaml") {
            $0.replacingOccurrences(of: "    tab: tab characters are not allowed for indentation\n", with: "")
        }
        #expect(WordsTests.problems(sources) == ["Resources/sv.yaml: error: 'messages.yaml.tab' is missing"])
    }

    /// A broken words file is reported without words from the words files (they may be what is broken): the
    /// message's key and values.
    @Test func aYAMLProblemInAWordsFileIsReportedWithoutWords() throws {
        let sources = try WordsTests.english(as: "Resources/sv.yaml") { $0 + "language:\n  order: \"3\"\n" }
        let problems = WordsTests.problems(sources)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("Resources/sv.yaml:") == true, "\(problems)")
        #expect(problems.first?.contains(": error: yaml.duplicate-key (key: language, line: ") == true, "\(problems)")
    }

    /// "Did you mean": the distance counts a swap of neighbours as one edit and an empty side as the other's
    /// length; a name is suggested only within a third of the shorter length (at least one edit), never itself.
    @Test func theClosestNameIsSuggestedWithinAThirdOfItsLength() {
        #expect(SpellingSuggestion.distance([], Array("abc")) == 3)
        #expect(SpellingSuggestion.distance(Array("abc"), []) == 3)
        #expect(SpellingSuggestion.distance(Array("supplier"), Array("suppleir")) == 1)
        #expect(SpellingSuggestion.closest(to: "supplier", in: ["suppliers", "supplier", "budget"]) == "suppliers")
        #expect(SpellingSuggestion.closest(to: "Budgte", in: ["budget"]) == "budget")
        #expect(SpellingSuggestion.closest(to: "abc", in: ["xyz", ""]) == nil)
        #expect(SpellingSuggestion.hintValue(for: "x", in: ["budget"]) == "")
    }
}
