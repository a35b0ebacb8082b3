import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The model JSON beyond the common case: every inline in its object form read back, a file that is not UTF-8,
/// an inline that is neither a string nor an object, and the plain text of inlines.
@Suite("Document model JSON: inline forms")
struct ModelJSONEdgeTests {
    static func agreement(_ content: String) -> String {
        "{\"metadata\": {\"title\": \"x\", \"language\": \"sv\"}, \"blocks\": [{\"type\": \"paragraph\", "
            + "\"content\": [\(content)]}]}"
    }

    static func english(_ error: DiagnosticError) -> [String] {
        error.diagnostics.map { diagnostic in
            switch diagnostic.content {
            case .message(let message): return Language.en.words.text(message)
            case .untranslated(let text): return text
            }
        }
    }

    @Test func everyInlineIsReadInItsObjectFormAndWrittenBack() throws {
        let json = Self.agreement(
            "{\"type\": \"text\", \"text\": \"a\"}, {\"type\": \"emphasis\", \"content\": [\"b\"]}, "
                + "{\"type\": \"strong\", \"content\": [{\"type\": \"lineBreak\"}]}, "
                + "{\"type\": \"note\", \"text\": \"n\", \"author\": \"AB\"}, "
                + "{\"type\": \"blank\", \"name\": \"x\", \"label\": \"belopp\"}")
        let agreement = try ModelJSON.decode(Data(json.utf8), file: "m.json")
        let content: [Inline] = [
            .text("a"), .emphasis([.text("b")]), .strong([.lineBreak]),
            .note(DraftingNote(text: "n", author: "AB")), .blank(Blank(name: "x", label: "belopp")),
        ]
        #expect(agreement.blocks == [.paragraph(content)])
        #expect(try ModelJSON.decode(try ModelJSON.encode(agreement), file: "again.json") == agreement)
    }

    @Test func aFileThatIsNotUTF8IsRefusedAtTheFile() {
        #expect {
            _ = try ModelJSON.decode(Data([0x7B, 0xFF, 0xFE, 0x7D]), file: "m.json")
        } throws: { error in
            guard let error = error as? DiagnosticError else { return false }
            return error.diagnostics.count == 1 && error.diagnostics.first?.file == "m.json"
                && (error.diagnostics.first.map {
                    if case .message(let m) = $0.content { m.key == .yamlNotUTF8 } else { false }
                } ?? false)
        }
    }

    @Test(arguments: [
        ("5", "an inline"),
        ("{\"type\": \"sparkle\"}", "sparkle"),
    ])
    func anInlineOfNoKnownFormIsRefused(inline: String, mention: String) throws {
        do {
            _ = try ModelJSON.decode(Data(Self.agreement(inline).utf8), file: "m.json")
            Issue.record("decoded")
        } catch {
            let texts = Self.english(error)
            #expect(texts.count == 1)
            #expect(texts.first?.contains(mention) == true, "\(texts)")
        }
    }

    @Test func thePlainTextOfInlinesShowsBlanksReferencesAndLineBreaksButNoNotes() {
        let inlines: [Inline] = [
            .text("Se "), .reference(CrossReference(target: "b")), .text(" och "),
            .blank(Blank(name: "x", label: "belopp")), .blank(Blank(name: "y")), .lineBreak,
            .emphasis([.strong([.text("viktigt")])]), .note(DraftingNote(text: "dold")),
            .definition(term: "Avtalet", content: [.text("Avtalet")]), .termUse(term: "Avtalet", content: [.text("x")]),
        ]
        #expect(Inline.plainText(inlines) == "Se [b] och [belopp][y]\nviktigtAvtaletx")
    }

    /// Plain text is written as a string, every other inline as an object with its `type` and its own fields only.
    @Test func everyInlineIsWrittenAsAStringOrAnObjectOfItsType() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let inlines: [Inline] = [
            .text("a"), .emphasis([.text("b")]), .strong([.lineBreak]),
            .definition(term: "t", content: [.text("T")]), .termUse(term: "t", content: [.text("T")]),
            .reference(CrossReference(target: "x")), .blank(Blank(name: "n")), .note(DraftingNote(text: "m")),
        ]
        let json = String(decoding: try encoder.encode(inlines), as: UTF8.self)
        #expect(
            json
                == #"["a",{"content":["b"],"type":"emphasis"},{"content":[{"type":"lineBreak"}],"type":"strong"},"#
                + #"{"content":["T"],"term":"t","type":"definition"},{"content":["T"],"term":"t","type":"term"},"#
                + #"{"form":"clause","target":"x","type":"reference"},{"name":"n","type":"blank"},"#
                + #"{"text":"m","type":"note"}]"#)
    }

    /// A clause without `body` has an empty body; the path of nothing is "(root)" in messages.
    @Test func aClauseWithoutBodyHasAnEmptyBody() throws {
        let clause = try JSONDecoder().decode(Clause.self, from: Data(#"{"id": "a", "heading": ["Rubrik"]}"#.utf8))
        #expect(clause == Clause(id: "a", heading: [.text("Rubrik")], body: []))
        #expect(ModelPath().description == "(root)")
        #expect(ModelPath().key("blocks").index(2).key("body").description == "blocks[2].body")
    }

    /// A file the YAML reader reads but that is not JSON (a YAML mapping, a key without quotes) is refused as not
    /// valid JSON (with Foundation's reason where it gives one), at the file.
    @Test(arguments: ["metadata:\n  title: x\n", "{metadata: {title: x}}"])
    func yamlThatIsNotJSONIsRefusedAsNotValidJSON(text: String) throws {
        do {
            _ = try ModelJSON.decode(Data(text.utf8), file: "m.json")
            Issue.record("decoded")
        } catch {
            let texts = Self.english(error)
            #expect(texts.count == 1)
            #expect(texts.first?.hasPrefix("not valid JSON") == true, "\(texts)")
            #expect(error.diagnostics.first?.file == "m.json")
        }
    }
}
