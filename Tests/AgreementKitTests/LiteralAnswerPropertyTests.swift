import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Property: whatever an answer holds (markup characters, XML specials, emoji, right-to-left text, very long text),
/// it appears literally in the model and in the text of the written DOCX and ODT.
@Suite("Answers are literal text")
struct LiteralAnswerPropertyTests {
    /// A deterministic generator (64-bit LCG), so a failure can be reproduced from its seed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "{{", "}}", "{{ref x}}", "{{if a}}", "*", "**", "[[", "]]", "[[=t]]", "\\", "#", "## ", "- ", "+ ", "|", "---",
        "<", ">", "&", "&amp;", "\"", "'", "<w:t>", "]]>", "<!--", "😀", "👩🏽‍⚖️", "שלום", "مرحبا", "\u{202E}", "é", "å ä ö",
        "Ünïcödé", "x", "AB", " ", "1.2", "%1", "$(x)", "\u{00A0}", "漢字",
    ]

    static func value(seed: UInt64, maxPieces: Int) -> String {
        var g = Generator(state: seed)
        let count = 1 + Int(g.next() % UInt64(maxPieces))
        var s = ""
        for _ in 0..<count { s += g.pick(pieces) }
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? "x" : trimmed
    }

    /// The visible text of a DOCX body: `w:t` contents, entities resolved.
    static func docxText(_ xml: String) -> String {
        var out = ""
        var rest = xml[...]
        while let open = rest.range(of: "<w:t") {
            guard let gt = rest.range(of: ">", range: open.upperBound..<rest.endIndex) else { break }
            let tag = rest[open.lowerBound..<gt.upperBound]
            if tag.hasSuffix("/>") || !(tag.hasPrefix("<w:t>") || tag.hasPrefix("<w:t ")) {
                rest = rest[gt.upperBound...]
                continue
            }
            guard let close = rest.range(of: "</w:t>", range: gt.upperBound..<rest.endIndex) else { break }
            out += rest[gt.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
        }
        return unescape(out)
    }

    /// The visible text of ODF content: tags removed, `text:s` expanded, entities resolved.
    static func odtText(_ xml: String) -> String {
        var out = ""
        var i = xml.startIndex
        while i < xml.endIndex {
            if xml[i] == "<" {
                let end = xml[i...].firstIndex(of: ">") ?? xml.endIndex
                let tag = xml[i..<end]
                if tag.hasPrefix("<text:s") {
                    if let c = tag.range(of: "text:c=\"") {
                        let digits = tag[c.upperBound...].prefix { $0.isNumber }
                        out += String(repeating: " ", count: Int(digits) ?? 1)
                    } else {
                        out += " "
                    }
                }
                i = end < xml.endIndex ? xml.index(after: end) : end
            } else {
                out.append(xml[i])
                i = xml.index(after: i)
            }
        }
        return unescape(out)
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func containsText(_ blocks: [Block], _ value: String) -> Bool {
        MiniLibrary.text(blocks).contains(value)
    }

    @Test(arguments: Array(UInt64(1)...UInt64(40)))
    func answerAppearsLiterally(seed: UInt64) throws {
        let library = try MiniLibrary.load()
        let name = Self.value(seed: seed, maxPieces: seed == 40 ? 4000 : 12)
        var answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        guard case .list(var suppliers)? = answers["suppliers"] else {
            Issue.record("fixture has no suppliers")
            return
        }
        suppliers[0].values["name"] = .text(name)
        answers.values["suppliers"] = .list(suppliers)
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        #expect(Self.containsText(result.agreement.blocks, name), "seed \(seed): not literal in the model")
        let renderer = DocumentRenderer(options: Samples.options)
        let docx = try PackageContents(try renderer.render(result.agreement, as: .docx))
        let document = try #require(docx.text("word/document.xml"))
        #expect(Self.docxText(document).contains(name), "seed \(seed): not literal in the DOCX")
        let odt = try PackageContents(try renderer.render(result.agreement, as: .odt))
        let content = try #require(odt.text("content.xml"))
        #expect(Self.odtText(content).contains(name), "seed \(seed): not literal in the ODT")
    }
}
