import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The fast paths of parsing, assembly and writing (issue 14's speed work) give exactly what the plain
/// character-by-character definitions give, on the texts where they could differ: combining marks, CR LF, emoji
/// sequences, no-break spaces, runs of spaces, XML-forbidden characters.
@Suite("Fast paths")
struct FastPathTests {
    /// Texts that take every branch: ASCII, Latin with precomposed and combining accents, CR, CR LF, LF, tabs,
    /// spaces at the ends and in runs, no-break and narrow spaces, dashes, emoji with joiners and modifiers, flags,
    /// controls XML forbids, U+FFFE and U+FFFF.
    static let texts: [String] = [
        "", " ", "  ", "a", "Avtal", "Leverantören ska", "e\u{301}n", "A\u{30A}r", "kr\u{00A0}1\u{00A0}400",
        "1\u{202F}000",
        "a\r\nb", "a\rb", "a\nb", "\r\n", "a\tb\t", "\ta", "  a  b   c  ", "a - b", "1–3 dagar", "ord—ord",
        "”citat” och »citat«", "💁🏽‍♀️ x", "🇸🇪🇩🇰", "x\u{200D}y", "\u{0007}bell", "a\u{FFFE}b", "\u{FFFF}", "é\u{0000}",
        "Æblegrød ÅÄÖ ñ ß İ ǅ", "tab\tand\r\nline", "a\u{2028}b", "line\n\nbreaks\n",
    ]

    // MARK: Text pieces

    /// The definition: scalar by scalar, CR LF and a lone CR are one line break.
    static func referenceSplit(_ text: String) -> [TextPiece] {
        var pieces: [TextPiece] = []
        var current = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t", "\r", "\n":
                if !current.isEmpty { pieces.append(.text(current)) }
                current = ""
                if scalar == "\t" {
                    pieces.append(.tab)
                } else if scalar == "\r" || !previousWasCR {
                    pieces.append(.lineBreak)
                }
                previousWasCR = scalar == "\r"
            default:
                current.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { pieces.append(.text(current)) }
        return pieces
    }

    @Test func textPiecesSplitAsTheDefinition() {
        for text in Self.texts {
            let pieces = TextPiece.split(text)
            #expect(pieces == Self.referenceSplit(text), "\(text.debugDescription)")
            // Equal as strings is not enough: the bytes are written out.
            let bytes = pieces.map { piece -> [UInt8] in
                if case .text(let s) = piece { return Array(s.utf8) }
                return []
            }
            let expected = Self.referenceSplit(text).map { piece -> [UInt8] in
                if case .text(let s) = piece { return Array(s.utf8) }
                return []
            }
            #expect(bytes == expected, "\(text.debugDescription)")
        }
        #expect(TextPiece.split("a\r\nb") == [.text("a"), .lineBreak, .text("b")])
        #expect(TextPiece.split("\r\r\n") == [.lineBreak, .lineBreak])
    }

    // MARK: Column widths

    @Test func widthsAndWordsAreThoseOfCharacters() {
        let widths = ColumnWidths(fontSize: .pt(11), cellPadding: .pt(10.8))
        for text in Self.texts {
            for bold in [false, true] {
                let thousandths = text.reduce(0) { $0 + ColumnWidths.characterWidth($1) }
                let scaled = bold ? thousandths * 11 / 10 : thousandths
                #expect(
                    widths.width(of: text, bold: bold) == Length(emu: Length.pt(11).emu * scaled / 1000),
                    "\(text.debugDescription)")
            }
            var words: [String] = []
            var current = ""
            for character in text {
                if character.isWhitespace, !ColumnWidths.noBreakSpaces.contains(character) {
                    if !current.isEmpty { words.append(current) }
                    current = ""
                } else {
                    current.append(character)
                    if character == "-" || character == "\u{2013}" {
                        words.append(current)
                        current = ""
                    }
                }
            }
            if !current.isEmpty { words.append(current) }
            #expect(ColumnWidths.words(text).map { Array($0.utf8) } == words.map { Array($0.utf8) }, "\(text)")
        }
        #expect(ColumnWidths.isOneScalarPerCharacter("Leverantören – 1 400 kr"))
        #expect(!ColumnWidths.isOneScalarPerCharacter("e\u{301}"))
        #expect(!ColumnWidths.isOneScalarPerCharacter("a\r\nb"))
        #expect(!ColumnWidths.isOneScalarPerCharacter("x\u{200D}y"))
    }

    // MARK: Strings and escapes

    @Test func stringsFromScalarsAndASCIIReplacements() {
        for text in Self.texts {
            #expect(Array(String(scalars: text.unicodeScalars).utf8) == Array(text.utf8))
            let quoted = text.replacingASCII([
                UInt8(ascii: "\\"): "\\\\", UInt8(ascii: "\""): "\\\"", UInt8(ascii: "\n"): "\\n",
            ])
            let foundation = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\""
            ).replacingOccurrences(of: "\n", with: "\\n")
            #expect(Array(quoted.utf8) == Array(foundation.utf8), "\(text.debugDescription)")
        }
        #expect(
            "a\\b\"c\nd".replacingASCII([UInt8(ascii: "\\"): "\\\\", UInt8(ascii: "\n"): "\\n"]) == "a\\\\b\"c\\nd")
        #expect(AnswerValue.text("say \"hi\"\n").readable == "\"say \\\"hi\\\"\\n\"")
    }

    @Test func blankIsWhatTrimmingLeavesEmpty() {
        let blanks = ["", " ", "\t\n\r\u{0B}\u{0C}", "\u{00A0}\u{2028}\u{3000}\u{85}", "\u{2007}\u{202F}"]
        for text in Self.texts + blanks + ["\u{200B}", " \u{301}", "\n"] {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(text.isBlank(set) == text.trimmingCharacters(in: set).isEmpty, "\(text.debugDescription)")
            }
        }
        #expect(" \n\u{3000}".isBlank())
        #expect(!" \n".isBlank(.whitespaces))
    }

    @Test func forbiddenXMLCharactersAreFoundAsScalarByScalar() {
        for text in Self.texts {
            #expect(
                XMLCharacters.firstForbidden(in: text) == text.unicodeScalars.first { !XMLCharacters.isAllowed($0) },
                "\(text.debugDescription)")
        }
        #expect(XMLCharacters.firstForbidden(in: "ok\u{FFFF}\u{0007}") == "\u{FFFF}")
        #expect(XMLCharacters.firstForbidden(in: "\u{EFBF}") == nil)
    }

    // MARK: Sorting and lookups

    @Test func collationSortsAsPrecedes() {
        let words = [
            "Zebra", "ödla", "Äpple", "apple", "Ångest", "aal", "Øl", "æble", "émigré", "Emigre", "ZEBRA", "zebra", "ß",
            "ss", "1 år", "",
        ]
        for language in Language.allCases {
            let expected = words.sorted { Collation.precedes($0, $1, in: language) }
            #expect(Collation.sorted(words, in: language) { $0 } == expected, "\(language)")
        }
    }

    @Test func questionsAreFoundByIdAfterTheSectionsChange() throws {
        var questionnaire = try LibraryLoader.load(
            directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path
        ).questionnaire
        for question in questionnaire.questions {
            let linear = questionnaire.sections.lazy.compactMap { $0.questions.first { $0.id == question.id } }.first
            #expect(questionnaire.question(question.id) == linear)
        }
        #expect(questionnaire.question("no_such_question") == nil)
        let first = try #require(questionnaire.sections.first?.questions.first)
        questionnaire.sections[0].questions.remove(at: 0)
        #expect(questionnaire.question(first.id) == nil)
        questionnaire.sections[0].questions.append(first)
        #expect(questionnaire.question(first.id) == first)
    }
}
